using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// A logic-model item's text and the vision are the coalition's: a translated theory of change that leaves them out shows the
/// original's, in English on the Spanish page, and the page says so with lang="en" (WCAG 3.1.2), as it does for a takeaway or
/// an indicator's name (review9, 2026-12-07: untranslated logic-model items unmarked on /es/…/theory-of-change/).
/// </summary>
public class UntranslatedLogicModelTests
{
    private static List<(string Text, string? Lang)> Elements(TestSite site, string url, string selector) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, url.Trim('/'), "index.html")))
            .QuerySelectorAll(selector).Select(e => (e.TextContent.Trim(), e.GetAttribute("lang"))).ToList();

    [Fact]
    public void An_item_and_a_vision_left_out_of_a_translation_are_marked_english()
    {
        using var site = SpanishFixture.Create()
            .Replace(SpanishFixture.P + "/theory-of-change.es.md", "vision: Que todas las personas puedan ganarse bien la vida.\n", "")
            .Replace(SpanishFixture.P + "/theory-of-change.es.md", "      - id: higher-incomes\n        text: Ingresos más altos\n", "      - id: higher-incomes\n");
        var result = site.Build(new SiteOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        const string Page = "/es/test-county/theory-of-change/";
        Assert.Equal([("Everyone can earn a good living.", "en")], Elements(site, Page, ".vision-statement"));
        var items = Elements(site, Page, ".lm-text");
        Assert.Contains(("Higher incomes", "en"), items);
        // The translated items are Spanish: not marked.
        Assert.Contains(("Más personas con empleo", null), items);
        Assert.Equal(1, items.Count(i => i.Lang is not null));
        // The measurement plan names the item an indicator measures the same way.
        Assert.Contains(("Higher incomes", "en"), Elements(site, "/es/test-county/measurement-plan/", "a[href*='#sm-lm-higher-incomes'] span[lang]"));
        // The English page is in the items' own language: nothing to mark.
        Assert.All(Elements(site, "/test-county/theory-of-change/", ".lm-text, .vision-statement"), e => Assert.Null(e.Lang));
    }

    /// <summary>The theory of change's lists (preconditions, outcomes, assumptions) likewise: a list left out, or an item copied
    /// as it is, is the original's English, marked; a translated item is not (fixes12, 2026-12-08).</summary>
    [Fact]
    public void Statements_left_out_of_a_translation_are_marked_english()
    {
        using var site = SpanishFixture.Create()
            .Replace(SpanishFixture.P + "/theory-of-change.es.md", "  assumptions: [La capacitación funciona]\n", "")
            .Replace(SpanishFixture.P + "/theory-of-change.es.md", "  outcomes: [Más empleos]\n", "  outcomes: [More jobs]\n");
        var result = site.Build(new SiteOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        const string Page = "/es/test-county/theory-of-change/";
        Assert.Equal([("Datos compartidos", null), ("More jobs", "en"), ("Training works", "en")], Elements(site, Page, ".theory-grid li"));
        // The English page is in the statements' own language: nothing to mark.
        Assert.Equal([("Shared data", null), ("More jobs", null), ("Training works", null)], Elements(site, "/test-county/theory-of-change/", ".theory-grid li"));
    }
}
