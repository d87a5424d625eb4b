using AngleSharp.Html.Parser;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Tests.Rendering;

/// <summary>The body rows of a chart's data table, which the default theme writes with {{ chart.table_rows }}.</summary>
public class ChartTableHtmlTests
{
    private static ChartSpec Chart(params ChartPoint[] points) =>
        MetricCharts.Spec("sm-chart-x", "Caption", "Summary.", "Place",
            [new ChartSeries("Ramsey <County> & \"peers\"", points, ChartPalette.For(0))], new ChartFormat("proportion"), "/x.csv");

    private static AngleSharp.Dom.IElement[] Rows(ChartSpec chart) =>
        new HtmlParser().ParseDocument($"<table><tbody>{chart.TableRows.Value}</tbody></table>").QuerySelectorAll("tbody tr").ToArray();

    [Fact]
    public void Each_row_has_the_series_as_row_header_then_year_estimate_interval_and_quality()
    {
        var rows = Rows(Chart(new ChartPoint(2021, 0.45, 0.4, 0.5, DataQuality.Strong), new ChartPoint(2023, 0.5, null, null, DataQuality.Weak)));

        Assert.Equal(2, rows.Length);
        Assert.Equal(["TH", "TD", "TD", "TD", "TD"], rows[0].Children.Select(c => c.TagName));
        Assert.Equal("row", rows[0].Children[0].GetAttribute("scope"));
        Assert.Equal("Ramsey <County> & \"peers\"", rows[0].Children[0].TextContent);
        Assert.Equal(["2021", "45.0%", "40.0% to 50.0%", "Strong"], rows[0].Children.Skip(1).Select(c => c.TextContent));
        Assert.Equal("0.45", rows[0].Children[2].GetAttribute("data-value"));
        Assert.Equal("quality quality-strong", rows[0].Children[4].ClassName);
        // A weak estimate is flagged with a symbol that screen readers skip: they hear the word.
        Assert.Equal("⚠ Weak: do not use for decisions", rows[1].Children[4].TextContent);
        Assert.Equal("true", rows[1].Children[4].QuerySelector("span")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void Columns_the_chart_does_not_have_are_left_out()
    {
        var rows = Rows(Chart(new ChartPoint(2021, 0.45, null, null, DataQuality.NotRated)));

        Assert.Equal(3, rows[0].Children.Length);
    }

    [Fact]
    public void Text_is_escaped_so_a_label_cannot_add_markup()
    {
        var html = Chart(new ChartPoint(2021, 0.45, null, null, DataQuality.NotRated)).TableRows.Value;

        Assert.Contains("Ramsey &lt;County&gt; &amp; &quot;peers&quot;", html);
        Assert.DoesNotContain("<County>", html);
    }
}
