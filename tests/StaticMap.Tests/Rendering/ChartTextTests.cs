using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The words of an indicator chart on a progress page, in both languages, as a comms reviewer reads them: a single year
/// named once ("2024", never "2024 to 2024"), the download link's name without a stray full stop, and the summary
/// writing a value as the updates table beside it does ("$2.1 million").
/// </summary>
public class ChartTextTests
{
    private static (IHtmlDocument En, IHtmlDocument Es) Build()
    {
        using var site = TestSite.Valid();
        // Staff hours get one reported value in dollars, with no baseline or target: a chart of a single year.
        site.Replace(TestSite.Plan + "/measurement-plan.md", "    frequency: quarterly\n", "    frequency: quarterly\n    unit: dollars\n")
            .Replace(TestSite.Plan + "/progress/2024.md", "updates:\n", "updates:\n  - indicator: staff-hours\n    value: 2100000\n");
        using (SpanishEdition.Install())
        {
            var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }
        var parser = new HtmlParser();
        IHtmlDocument Page(string url) => parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, url, "index.html")));
        return (Page("test-county/progress/2024"), Page("es/test-county/progress/2024"));
    }

    private static IElement Chart(IHtmlDocument page) =>
        page.QuerySelectorAll("figure.chart").Single(f => f.QuerySelector(".chart-summary")!.TextContent.Contains("2024") && f.Id!.Contains("staff-hours"));

    private static string Text(IElement e) => string.Join(' ', e.TextContent.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void A_single_year_chart_names_its_year_once_and_its_download_and_summary_read_as_the_page_does()
    {
        var (en, es) = Build();
        var chart = Chart(en);
        Assert.Equal("Staff hours, 2024: reported values.", Text(chart.QuerySelector("figcaption")!));
        Assert.Equal("Staff hours: $2.1 million in 2024.", Text(chart.QuerySelector(".chart-summary")!));
        Assert.Equal("Download this data: Staff hours, 2024: reported values, 2024 progress report (CSV)", Text(chart.QuerySelector(".downloads a")!));
        Assert.Equal("$2.1 million", Text(chart.QuerySelector("tbody td.number, tbody td[data-value]")!));
        // The updates table on the same page writes the value the same way.
        Assert.Contains("$2.1 million", en.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("2,100,000", Text(en.QuerySelector("main")!));

        var chartEs = Chart(es);
        Assert.EndsWith(", 2024: valores informados.", Text(chartEs.QuerySelector("figcaption")!));
        Assert.DoesNotContain("de 2024 a 2024", Text(chartEs));
        Assert.EndsWith(": $2.1 millones en 2024.", Text(chartEs.QuerySelector(".chart-summary")!));
        var link = Text(chartEs.QuerySelector(".downloads a")!);
        Assert.StartsWith("Descargar estos datos: ", link);
        Assert.EndsWith(", 2024: valores informados, informe de avance de 2024 (CSV)", link);
    }

    [Fact]
    public void Chart_json_writes_a_share_with_the_pages_percent_sign()
    {
        // charts.js writes value × 100 with Intl's decimal style and this suffix: "90 %" on Spanish pages, as their text does.
        var es = Theme.DefaultStrings.For("es");
        var format = new ChartFormat("proportion", "", null, es);
        Assert.Equal(new ChartNumberFormat("es-US", "decimal", null, 100, 1, 1, "\u00A0%", false), format.Json());
        Assert.Equal("76.1\u00A0%", format.Format(0.761));
        Assert.Equal("2024", MetricCharts.Span([2024], es));
        Assert.Equal("de 2021 a 2024", MetricCharts.Span([2021, 2024], es));
    }
}
