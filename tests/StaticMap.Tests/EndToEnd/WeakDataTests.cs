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
}
