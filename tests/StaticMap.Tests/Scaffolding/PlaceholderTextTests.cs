using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Scaffolding;

/// <summary>MAP090: "TODO:" left in a narrative or a front matter text is a warning at the marker itself.</summary>
public class PlaceholderTextTests
{
    private const string History = Plan + "/how-we-got-here.md";
    private const string Theory = Plan + "/theory-of-change.md";
    private const string PlanYml = Plan + "/plan.yml";
    private const string Progress = Plan + "/progress/2024.md";

    [Fact]
    public void MAP090_placeholder_in_a_narrative_is_a_warning_at_the_marker()
    {
        using var site = Valid();
        site.Replace(History, "The county joined the work in 2021.", "Our story. TODO: say who asked the county to join.\n\nThe county joined the work in 2021.");
        var d = RuleAssert.Single(site, "MAP090", site.PositionOf(History, "TODO: say who"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the narrative still holds placeholder text (\"TODO: say who asked the county to join.\"); write this part of the plan and delete 'TODO:'", d.Message);
    }

    /// <summary>A placeholder sentence that goes on to the next line is quoted to the end of its line and marked as cut
    /// (review11, 2026-12-07: "(TODO: el nombre de la organización que publica este sitio (el condado, la ciudad o)" read as
    /// the whole text, its bracket left open).</summary>
    [Fact]
    public void MAP090_quote_of_a_sentence_that_goes_on_is_marked_as_cut()
    {
        using var site = Valid();
        site.Replace(History, "The county joined the work in 2021.", "Our story. TODO: say who asked the county\nto join, and when.\n\nThe county joined the work in 2021.");
        var d = RuleAssert.Single(site, "MAP090", site.PositionOf(History, "TODO: say who"));
        Assert.Equal("the narrative still holds placeholder text (\"TODO: say who asked the county...\"); write this part of the plan and delete 'TODO:'", d.Message);
    }

    [Fact]
    public void MAP090_placeholder_in_a_site_page_is_a_warning_at_the_marker()
    {
        using var site = Valid();
        site.Write("input/about.md", "---\ntitle: About this site\n---\n\n## Contact\n\nWrite to TODO: give the email address for questions.\n");
        var d = RuleAssert.Single(site, "MAP090", site.PositionOf("input/about.md", "TODO: give"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the page still holds placeholder text (\"TODO: give the email address for questions.\"); write it for your site and delete 'TODO:'", d.Message);
    }

    [Fact]
    public void MAP090_the_repository_site_pages_mark_what_only_the_publisher_can_write()
    {
        // The repository's input/ is what a new site starts from: its contact addresses and testing claims are placeholders.
        foreach (var page in new[] { "about.md", "about.es.md", "accessibility.md", "accessibility.es.md" })
        {
            var text = File.ReadAllText(Path.Combine(Repository.Root, "input", page));
            Assert.Contains("TODO:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("example.org", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MAP090_a_site_without_its_own_accessibility_statement_publishes_the_default_with_a_warning()
    {
        using var site = Valid();
        site.Delete("input/accessibility.md");
        var d = RuleAssert.Single(site, "MAP090", new StaticMap.Core.Diagnostics.SourceSpan("input/accessibility.md", 1, 1));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.StartsWith("the site has no input/accessibility.md, so it publishes StaticMap's default accessibility statement", d.Message);

        Assert.True(site.Build().Succeeded);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read("_site/accessibility/index.html"));
        Assert.Equal("Accessibility statement", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("How StaticMap is tested", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read("_site/index.html"));
        Assert.Equal("/accessibility/", home.QuerySelector("footer a[href='/accessibility/']")!.GetAttribute("href"));
    }

    [Fact]
    public void MAP090_placeholder_in_a_quoted_front_matter_text_points_inside_the_quotes()
    {
        using var site = Valid();
        site.Replace(Theory, "vision: Everyone can earn a good living.", "vision: \"TODO: write the community vision\"");
        var d = RuleAssert.Single(site, "MAP090", site.PositionOf(Theory, "TODO: write"));
        Assert.Equal("'vision' still holds placeholder text (\"TODO: write the community vision\"); write it and delete 'TODO:'", d.Message);
    }

    [Fact]
    public void MAP090_placeholder_on_a_later_line_of_a_folded_text_has_its_own_line_and_column()
    {
        using var site = Valid();
        site.Replace(Theory, "vision: Everyone can earn a good living.", "vision: >-\n  Everyone can earn\n    a good living. TODO: say where.");
        RuleAssert.Single(site, "MAP090", site.PositionOf(Theory, "TODO: say where"));
    }

    [Fact]
    public void MAP090_names_the_field_of_a_nested_text_in_plan_yml()
    {
        using var site = Valid();
        site.Replace(PlanYml, "    sector: community\n", "    sector: community\n    role: \"TODO: their role\"\n");
        var d = RuleAssert.Single(site, "MAP090", site.PositionOf(PlanYml, "TODO: their role"));
        Assert.StartsWith("'coalition[2].role' still holds placeholder text", d.Message);
    }

    [Fact]
    public void MAP090_reports_each_placeholder_of_one_text()
    {
        using var site = Valid();
        site.Replace(Progress, "year: 2024\n", "year: 2024\ntitle: \"TODO: a title, TODO: a subtitle\"\n");
        var found = site.Check().Where(d => d.Code == "MAP090").Select(d => d.Span).ToList();
        Assert.Equal([site.PositionOf(Progress, "TODO: a title"), site.PositionOf(Progress, "TODO: a subtitle")], found);
    }

    [Theory]
    [InlineData("The county joined the work in 2021.", "The county joined the work in 2021. Our todo: list is long.")]
    [InlineData("The county joined the work in 2021.", "The county joined the work in 2021. TODO list kept elsewhere.")]
    public void MAP090_ordinary_prose_is_not_a_placeholder(string from, string to)
    {
        using var site = Valid();
        site.Replace(History, from, to);
        Assert.Empty(site.Check());
    }

    [Fact]
    public void MAP090_a_yaml_comment_is_not_published_so_it_is_not_a_placeholder()
    {
        using var site = Valid();
        site.Replace(Theory, "vision: Everyone can earn a good living.", "# TODO: revisit after the retreat\nvision: Everyone can earn a good living. # TODO: shorten");
        Assert.Empty(site.Check());
    }

    [Fact]
    public void MAP090_the_valid_fixture_has_no_placeholders()
    {
        using var site = Valid();
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP090");
    }
}
