using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The reporting status page's shares round a half up, as a reader does (review, 2026-12-07: a Saint Paul plan's status page
/// read "Indicators with a value for 2025: 5 of 8 (62%)" beside "7 of 8 (88%)": .NET rounds a half to the even number).
/// </summary>
public class StatusPageShareTests
{
    [Fact]
    public void Five_of_eight_indicators_with_a_baseline_is_63_percent()
    {
        using var site = TestSite.Valid();
        var extra = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"  - id: extra-{i}\n    name: Extra indicator {i}\n    measures: staff-time\n    source: Records\n    responsible: County\n    frequency: annual\n" +
            (i <= 3 ? $"    unit: people\n    baseline: {{value: {i * 10}, year: 2023}}\n" : "")));
        site.Replace(TestSite.Plan + "/measurement-plan.md", "---\nHow the coalition tracks its work.", extra + "---\nHow the coalition tracks its work.");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.Read("_site/test-county/status/index.html"));
        var measures = page.QuerySelectorAll(".measure").ToDictionary(m => m.QuerySelector("dt")!.TextContent.Trim(), m => m.QuerySelector(".measure-text")!.TextContent.Trim());
        Assert.Equal("5 of 8 (63%)", measures["Indicators with a baseline"]);
    }

    [Theory]
    [InlineData(5, 8, 63)]
    [InlineData(7, 8, 88)]
    [InlineData(3, 8, 38)]
    [InlineData(199, 200, 99)]
    [InlineData(1, 300, 1)]
    [InlineData(0, 8, 0)]
    [InlineData(8, 8, 100)]
    [InlineData(0, 0, 0)]
    public void A_share_is_never_100_before_all_nor_0_after_one(int count, int total, int percent) =>
        Assert.Equal(percent, StatusPageKind.Share(count, total));
}
