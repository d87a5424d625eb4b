using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

/// <summary>The valid site with a second report (2025), built as if on 2027-08-01, when the 2026 report is overdue.</summary>
public sealed class ProgressPagesTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = TestSite.Valid();

    public ProgressPagesTests()
    {
        _site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    value: 200\n    status: at-risk\n" +
            "  - indicator: employment-rate\n    value: 80.2\n    status: at-risk\n---\nThe second year.\n");
        var result = _site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2027, 8, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private IHtmlDocument Page(string path) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "test-county", path, "index.html")));

    [Fact]
    public void Progress_page_shows_the_status_by_the_numbers_beside_the_reported_one()
    {
        var page = Page("progress/2025");
        var table = page.QuerySelector("table.updates-table")!;
        var headers = table.QuerySelectorAll("thead th").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Indicator", "Status", "Value in 2025"], headers.Take(3));
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("People trained"));
        Assert.Equal("row", row.QuerySelector("th")!.GetAttribute("scope"));
        var cells = row.QuerySelectorAll("td").Select(c => Normalise(c.TextContent)).ToList();
        // 120 (2023) to 300 (2026): 240 expected in 2025; 200 is 80 of the 120 needed.
        Assert.Equal("Reported: ! At risk · By the numbers: ! At risk at risk: 200 in 2025, 240 expected on the straight path from 120 (2023) " +
                     "to 300 (2026), 67% of the change needed by then", cells[0]);
    }

    [Fact]
    public void Progress_page_says_what_changed_since_the_previous_report()
    {
        var section = Page("progress/2025").QuerySelector("section.changes")!;
        Assert.Equal("What changed since the previous report", section.QuerySelector("h2")!.TextContent);
        var items = section.QuerySelectorAll("li").Select(l => l.TextContent).ToList();
        Assert.Equal([
            "People trained moved from on track to at risk.",
            "People trained went up from 150 people in 2024 to 200 people in 2025.",
            "Employment rate went down from 80.9% in 2024 to 80.2% in 2025.",
        ], items);
        Assert.Null(Page("progress/2024").QuerySelector("section.changes"));
    }

    [Fact]
    public void Progress_index_has_statuses_year_by_year_in_one_table()
    {
        var table = Page("progress").QuerySelector("#sm-over-time-caption")!.ParentElement!;
        Assert.Equal("Each indicator's status and value by year", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "People trained");
        Assert.Equal(["On track", "At risk"], row.QuerySelectorAll("td .status").Select(s => Normalise(s.TextContent)[2..]));
        Assert.NotEmpty(Page("progress").QuerySelectorAll("ul.status-summary-computed"));
    }

    [Fact]
    public void Status_page_has_the_roll_up_and_the_overdue_note()
    {
        var page = Page("status");
        Assert.Equal("Report overdue. The progress report for 2026 is overdue: it was due by July 1, 2027, 6 months after the year ended.",
            Normalise(page.QuerySelector(".notice-overdue")!.TextContent));
        var table = page.QuerySelector("table.rollup-table")!;
        Assert.Equal("Indicators by status per report year: reported · by the numbers", table.QuerySelector("caption")!.TextContent);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["2025", "2024"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
        // 2025: both reported at risk; by the numbers trainees at risk, employment rate (80.2 below the 80.4 baseline) off track.
        var cells = rows[0].QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.Equal(["0 reported · 0 by the numbers", "0 reported · 0 by the numbers", "2 reported · 1 by the numbers",
            "0 reported · 1 by the numbers", "0 reported · 0 by the numbers", "0", "0"], cells);
    }

    [Fact]
    public void Feed_entry_says_what_changed()
    {
        var feed = File.ReadAllText(Path.Combine(_site.Output, "feed.xml"));
        Assert.Contains("Since the previous report: People trained moved from on track to at risk.", feed);
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => _site.Dispose();
}
