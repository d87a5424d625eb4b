using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering;
using StaticMap.Core.Scaffolding;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

/// <summary>
/// 'draft: true' on a progress report, as `staticmap progress` writes it: build leaves the report out of every page and file;
/// serve and build --drafts build it, marked draft and noindex; check checks it fully.
/// </summary>
public sealed class DraftReportTests : IDisposable
{
    private const string Report = TestSite.Plan + "/progress/2025.md";
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = TestSite.Valid();

    public DraftReportTests()
    {
        var created = StaticMap.Core.SiteBuilder.Progress(_site.Root, "test-county", 2025);
        Assert.Equal(ScaffoldOutcome.Created, created.Outcome);
    }

    private IHtmlDocument Page(string path) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, path, "index.html")));

    private string Output(string path) => File.ReadAllText(Path.Combine(_site.Output, path));

    private void Build(bool drafts)
    {
        var result = _site.Build(new SiteOptions(IncludeDrafts: drafts, BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_scaffold_writes_draft_true_and_check_still_reports_its_placeholders()
    {
        Assert.Contains("\nyear: 2025\ndraft: true # remove this line when the report is ready to publish\n", _site.Read(Report));
        var diagnostics = _site.Check();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal(("MAP090", Report), (d.Code, d.Span.Path)));
    }

    [Fact]
    public void A_build_without_drafts_has_no_page_row_feed_entry_sitemap_url_or_plan_json_entry_for_the_draft_report()
    {
        Build(drafts: false);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "test-county", "progress", "2025")));
        Assert.True(Directory.Exists(Path.Combine(_site.Output, "test-county", "progress", "2024")));
        var index = Page("test-county/progress");
        Assert.DoesNotContain(index.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/progress/2025/"));
        Assert.Contains(index.QuerySelectorAll("a"), a => a.GetAttribute("href")!.Contains("/progress/2024/"));
        Assert.DoesNotContain("progress/2025", Output("feed.xml"));
        Assert.DoesNotContain("progress/2025", Output("sitemap.xml"));
        Assert.DoesNotContain("\"year\": 2025", Output("test-county/plan.json").Replace("\"year\":2025", "\"year\": 2025"));
        Assert.DoesNotContain("TODO:", Page("test-county/print").Body!.TextContent);
        Assert.DoesNotContain("TODO:", Page("test-county/status").Body!.TextContent);
        Assert.DoesNotContain(Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("TODO:"));
    }

    [Fact]
    public void A_build_with_drafts_has_the_page_marked_draft_and_noindex()
    {
        Build(drafts: true);
        var page = Page("test-county/progress/2025");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Draft report, not published. This progress report is unfinished and may change; it is left out of the published site until its draft line is removed.",
            page.QuerySelector(".notice-draft")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("main[data-pagefind-body]"));
        // The released reports stay indexable.
        Assert.Null(Page("test-county/progress/2024").QuerySelector("meta[name=robots]"));
        var row = Page("test-county/progress").QuerySelectorAll(".report-list > li").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.Contains("/progress/2025/"));
        Assert.Equal("Draft", row.QuerySelector(".badge-draft")?.TextContent);
        Assert.DoesNotContain(Page("test-county/progress").QuerySelectorAll(".report-list > li"),
            li => li.QuerySelector("a")!.GetAttribute("href")!.Contains("/progress/2024/") && li.QuerySelector(".badge-draft") is not null);
    }

    public void Dispose() => _site.Dispose();
}
