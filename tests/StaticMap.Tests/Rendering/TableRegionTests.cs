using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>Markdown tables scroll in a focusable region whose name says which table it is (landmarks must differ).</summary>
public class TableRegionTests
{
    [Fact]
    public void Regions_are_named_after_the_heading_above_the_table_and_numbered_when_repeated()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/findings.md", "[^1]: Urban Institute", "| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: Urban Institute");
        site.Replace(TestSite.Plan + "/sustainability.md", "How the work lasts", "| Partner | Role |\n|---|---|\n| X | Y |\n\nHow the work lasts");
        Assert.True(site.Build().Succeeded);

        var findings = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "findings", "index.html")));
        var names = findings.QuerySelectorAll("main .prose .table-scroll").Select(r => r.GetAttribute("aria-label")).ToList();
        Assert.Equal(["Table: What the data say", "Table: What the data say (2)"], names);

        var sustainability = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "sustainability", "index.html")));
        Assert.Equal("Table: Partner, Role", sustainability.QuerySelector("main .prose .table-scroll")!.GetAttribute("aria-label"));

        var print = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "print", "index.html")));
        var regions = print.QuerySelectorAll(".table-scroll[role=region]").Select(r => r.GetAttribute("aria-label") ?? r.GetAttribute("aria-labelledby")).ToList();
        Assert.Equal(regions.Count, regions.Distinct().Count());
        Assert.Contains("Summary of upward mobility findings, Table: What the data say", regions);
    }
}
