using AngleSharp.Html.Parser;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.EndToEnd;

public class WeakDataTests
{
    [Fact]
    public void A_metric_rated_weak_builds_with_a_warning_and_the_page_says_not_to_use_it_for_decisions()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/findings.md", "  - file: data/jobs-program.csv", "  - metric: rate_juv_arrest\n  - file: data/jobs-program.csv");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("MAP072", Severity.Warning), (warning.Code, warning.Severity));
        Assert.Equal(site.PositionOf(TestSite.Plan + "/findings.md", "  - metric: rate_juv_arrest", 4).Line, warning.Span.Line);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "findings", "index.html")));
        var metric = page.QuerySelector("#sm-metric-rate_juv_arrest")!;
        Assert.Equal("Weak data. Urban Institute rates the 2021 estimate for Alameda County, California weak: do not use it for decisions.",
            metric.QuerySelector(".data-warning")!.TextContent);
        Assert.Contains("Weak: do not use for decisions", metric.QuerySelector("td.quality-weak")!.TextContent);
    }

    [Fact]
    public void An_indicator_following_a_metric_whose_latest_estimate_is_weak_gets_a_warning_that_does_not_block_the_release()
    {
        // The page marked the indicator's Weak estimate and the build said nothing (review6, 2026-12-07).
        using var site = TestSite.Valid();
        site.Replace("input/data/mobility.csv", "0.815249835223137,Strong,12.9362759048925,Weak", "0.815249835223137,Weak,12.9362759048925,Weak");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded);
        var at = site.PositionOf(TestSite.Plan + "/measurement-plan.md", "    metric: share_employed");
        var warning = Assert.Single(result.Diagnostics, d => d.Span.Path.EndsWith("measurement-plan.md", StringComparison.Ordinal));
        Assert.Equal(("MAP072", Severity.Warning, at.Line, 13), (warning.Code, warning.Severity, warning.Span.Line, warning.Span.Column));
        Assert.Equal("'employment-rate' follows share_employed, whose 2021 estimate for 06001 (Alameda County, California), the latest, Urban rates Weak. " +
                     "A community should not act on it: the page marks it and computes no status from it; make sure the indicator's baseline, " +
                     "target and progress notes do not rest on it, or follow another group or metric", warning.Message);
        Assert.False(StaticMap.Core.Validation.Rules.WeakData.Instance.BlocksRelease);
    }
}

/// <summary>MAP072 and the findings page's weak-data notice read the same rows (Metrics/MetricRows): the peers a chart compares
/// are shown, so a Weak peer estimate is warned about and noted on the page alike.</summary>
public class WeakPeerDataTests
{
    private const string Data = "input/data/mobility.csv";

    private static TestSite JuvenileArrestsWithPeers() => TestSite.Valid()
        .Replace(TestSite.Plan + "/findings.md", "  - file: data/jobs-program.csv", "  - metric: rate_juv_arrest\n    compare: peers\n  - file: data/jobs-program.csv");

    private static AngleSharp.Dom.IElement Metric(TestSite site) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "findings", "index.html")))
            .QuerySelector("#sm-metric-rate_juv_arrest")!;

    [Fact]
    public void A_weak_estimate_of_a_peer_only_is_warned_about_and_noted_on_the_page()
    {
        // Alameda's 2021 estimate Strong, the peer's (Allegheny County) Weak: before, MAP072 warned and the page said nothing.
        using var site = JuvenileArrestsWithPeers().Replace(Data, "12.9362759048925,Weak", "12.9362759048925,Strong");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("MAP072", warning.Code);
        Assert.Contains("shown here Weak. The peer Allegheny County, Pennsylvania (42003): 2021 for everyone. ", warning.Message);
        Assert.Equal("Weak data. Urban Institute rates the 2021 estimate for Allegheny County, Pennsylvania weak: do not use it for decisions.",
            Metric(site).QuerySelector(".data-warning")!.TextContent);
    }

    [Fact]
    public void Weak_estimates_of_the_place_and_a_peer_are_counted_alike_by_the_warning_and_the_page()
    {
        using var site = JuvenileArrestsWithPeers();
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Contains("shown here Weak. Alameda County, California (06001): 2021 for everyone. The peer Allegheny County, Pennsylvania (42003): 2021 for everyone. ",
            warning.Message);
        var metric = Metric(site);
        Assert.Equal("Weak data. Urban Institute rates 2 estimates weak (marked in the table): do not use them for decisions.",
            metric.QuerySelector(".data-warning")!.TextContent);
        // The two the notice counts are the two rows the table marks.
        Assert.Equal(2, metric.QuerySelectorAll("td.quality-weak").Length);
    }

    [Fact]
    public void Without_compare_peers_the_peer_is_neither_shown_nor_warned_about()
    {
        using var site = TestSite.Valid()
            .Replace(TestSite.Plan + "/findings.md", "  - file: data/jobs-program.csv", "  - metric: rate_juv_arrest\n  - file: data/jobs-program.csv")
            .Replace(Data, "12.9362759048925,Weak", "12.9362759048925,Strong");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.Empty(result.Diagnostics);
        Assert.Null(Metric(site).QuerySelector(".data-warning"));
    }
}
