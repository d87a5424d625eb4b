using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// A chart's data table calls its numbers "Estimate" only where they are survey estimates (Urban's, with a confidence interval
/// or a quality rating); a coalition's own counts and a progress chart's baseline, reported values and target are values
/// (review3, 2026-12-07: "Target | 2027 | $6 million" under "Estimate").
/// </summary>
public class ChartTableHeaderTests
{
    private static string Header(TestSite site, string page, string chart) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page.Trim('/'), "index.html")))
            .QuerySelector($"#{chart} thead th:nth-child(3)")!.TextContent.Trim();

    [Fact]
    public void Estimates_are_urbans_values_are_the_coalitions()
    {
        using var site = Translations.SpanishFixture.Create();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Estimate", Header(site, "/test-county/findings/", "sm-chart-share_employed-trend"));
        Assert.Equal("Value", Header(site, "/test-county/findings/", "sm-chart-jobs-program-trend"));
        Assert.Equal("Value", Header(site, "/test-county/progress/2024/", "sm-chart-2024-trainees"));
        Assert.Equal("Estimación", Header(site, "/es/test-county/findings/", "sm-chart-share_employed-trend"));
        Assert.Equal("Valor", Header(site, "/es/test-county/progress/2024/", "sm-chart-2024-trainees"));
    }
}
