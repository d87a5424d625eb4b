using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>A commitment without a timeline: its "Timeline" cell says "Not set" / "Sin definir" in the page's language, as the
/// measurement plan's cells do, not a blank cell (review3, 2026-12-07).</summary>
public class SustainabilityTimelineTests
{
    private static List<(string Text, string? Lang)> TimelineCells(TestSite site, string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, url.Trim('/'), "index.html")))
            .QuerySelectorAll(".commitments tbody tr td:last-child")
            .Select(td => (td.TextContent.Trim(), td.GetAttribute("lang"))).ToList();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_commitment_without_a_timeline_says_not_set_in_the_pages_language(bool spanishTranslated)
    {
        using var site = SpanishFixture.Create().Replace(SpanishFixture.P + "/sustainability.md", "    timeline: 2024-2027\n", "");
        if (!spanishTranslated) site.Delete(SpanishFixture.P + "/sustainability.es.md");
        var result = site.Build(new SiteOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([("Not set", null)], TimelineCells(site, "/test-county/sustainability/"));
        // Not lang="en" on the Spanish page even where the commitments are the English original's.
        Assert.Equal([("Sin definir", null)], TimelineCells(site, "/es/test-county/sustainability/"));
    }

    [Fact]
    public void A_timeline_is_written_as_given()
    {
        using var site = SpanishFixture.Create().Delete(SpanishFixture.P + "/sustainability.es.md");
        var result = site.Build(new SiteOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([("2024-2027", null)], TimelineCells(site, "/test-county/sustainability/"));
        Assert.Equal([("2024-2027", "en")], TimelineCells(site, "/es/test-county/sustainability/"));
    }
}
