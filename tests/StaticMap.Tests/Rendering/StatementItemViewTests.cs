using Scriban;
using StaticMap.Core.Rendering.Components;

namespace StaticMap.Tests.Rendering;

/// <summary>A theory-of-change statement item written by a theme copied before items carried their language
/// (<c>{{ item }}</c>) reads as its sentence, not as the view's record (review13, 2026-12-08: "StatementItemView { Text = …,
/// Lang = }" on every precondition of a site built with its own older theme).</summary>
public class StatementItemViewTests
{
    [Fact]
    public void An_item_written_whole_by_a_template_is_its_sentence()
    {
        var items = new[] { new StatementItemView("City departments share data every quarter"), new StatementItemView("Training works", "en") };
        var html = Template.Parse("{{ for item in items }}<li>{{ item }}</li>{{ end }}").Render(new { items }, member => member.Name);
        Assert.Equal("<li>City departments share data every quarter</li><li>Training works</li>", html);
    }
}
