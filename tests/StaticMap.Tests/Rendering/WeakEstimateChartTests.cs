using System.Text.Json;
using System.Text;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Cards;
using StaticMap.Core.Rendering.Charts;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// An Oakland plan over Urban's place files as published (Fixtures/urban/places): Urban rates Oakland's share employed weak
/// (quality 3) for 2014–2019 and 2021 and strong for 2022–2023, and has its race/ethnicity groups for 2018 and 2021 only.
/// Review, 2026-12-07: the charts drew the weak years like the strong ones while the summary said they were left out, and the
/// groups' chart joined 2018 to 2021 while the everyone chart beside it broke at 2020.
/// </summary>
public sealed class OaklandSite : IDisposable
{
    public TestSite Site { get; }

    public OaklandSite() => Site = UrbanCitySite.Build("City of Oakland", "CA", "0653000", "4261000",
        "Plan de Acción para la Movilidad de Oakland", "Ciudad de Oakland");

    public IHtmlDocument Page(string url) => new HtmlParser().ParseDocument(Site.Read("_site" + url + "index.html"));

    public void Dispose() => Site.Dispose();
}

public sealed class WeakEstimateChartTests(OaklandSite oakland) : IClassFixture<OaklandSite>
{
    private const string Trend = "sm-chart-share_employed-trend";
    private const string Groups = "sm-chart-share_employed-race-ethnicity";

    private static ChartPageData Config(IHtmlDocument page, string chart) => ChartPageData.Of(page, chart);

    private static string Summary(IHtmlDocument page, string chart) =>
        page.GetElementById(chart)!.QuerySelector(".chart-summary")!.TextContent.Trim();

    /// <summary>The years of a dataset whose point charts.js draws hollow (weak), and of those it draws solid.</summary>
    private static (List<int> Hollow, List<int> Solid) Points(ChartPageData config, int dataset)
    {
        var points = config.Datasets[dataset].Data.Where(p => p.Y is not null).ToList();
        return (points.Where(p => p.Weak).Select(p => p.X).ToList(), points.Where(p => !p.Weak).Select(p => p.X).ToList());
    }

    [Theory]
    [InlineData("", "The 2014–2019 and 2021 estimates are too weak to use: they are drawn hollow and left out of this description.",
        "Hollow: weak estimate, do not use for decisions")]
    [InlineData("/es", "Las estimaciones de 2014–2019 y 2021 son demasiado débiles para usarlas: se dibujan huecas y no se tienen en cuenta en esta descripción.",
        "Hueco: estimación débil, no usar para tomar decisiones")]
    public void The_weak_years_are_drawn_hollow_and_the_summary_and_legend_say_so(string prefix, string sentence, string legend)
    {
        // The findings page and the embed page draw the same chart.
        foreach (var url in new[] { "/test-county/findings/", "/test-county/embed/" })
            Assert.Contains(sentence, Summary(oakland.Page(prefix + url), Trend));
        Assert.Equal(Config(oakland.Page(prefix + "/test-county/findings/"), Trend).Config.GetRawText(),
            Config(oakland.Page(prefix + "/test-county/embed/"), Trend).Config.GetRawText());
        Assert.Equal(Config(oakland.Page(prefix + "/test-county/findings/"), Trend).Datasets.SelectMany(d => d.Data),
            Config(oakland.Page(prefix + "/test-county/embed/"), Trend).Datasets.SelectMany(d => d.Data));
        var page = oakland.Page(prefix + "/test-county/findings/");
        var config = Config(page, Trend);
        var (hollow, solid) = Points(config, 0);
        Assert.Equal([2014, 2015, 2016, 2017, 2018, 2019, 2021], hollow);
        Assert.Equal([2022, 2023], solid);
        Assert.Equal(legend, config.WeakLabel);
        // The data table marks the same years weak.
        var weakRows = page.GetElementById(Trend)!.QuerySelectorAll("tbody tr")
            .Where(r => r.QuerySelector("[data-quality='weak'], .quality-weak") is not null || r.TextContent.Contains(prefix == "" ? "Weak:" : "Débil:"))
            .Select(r => r.TextContent).ToList();
        Assert.Equal(7, weakRows.Count(r => r.Contains("Oakland")));
    }

    [Fact]
    public void A_chart_without_a_weak_estimate_has_no_hollow_point_or_legend_note()
    {
        var page = oakland.Page("/test-county/findings/");
        var config = Config(page, "sm-chart-jobs-program-trend");
        Assert.Null(config.WeakLabel);
        Assert.DoesNotContain(config.Datasets.SelectMany(d => d.Data), p => p.Weak);
        Assert.Empty(page.GetElementById("sm-chart-jobs-program-trend")!.QuerySelectorAll(".quality-weak"));
    }

    [Fact]
    public void The_SVG_download_draws_the_weak_points_hollow_and_says_so_in_its_legend()
    {
        var svg = oakland.Site.Read("_site/test-county/downloads/share_employed-trend.svg");
        // Oakland's series is the first colour (circles): seven hollow circles (white, outlined in it), and two solid and the
        // legend's sample of the series filled with it.
        var outlined = Regex.Matches(svg, "<ellipse fill=\"none\" stroke=\"#1A5AA6\"[^>]*/>").Count;
        var solid = Regex.Matches(svg, "<ellipse fill=\"#1A5AA6\"[^>]*/>").Count;
        Assert.Equal(7, outlined);
        Assert.Equal(2 + 1, solid);
        // The legend's note: a hollow circle in the text's colour, and its words.
        Assert.Matches("<ellipse fill=\"none\" stroke=\"#[0-9A-F]{6}\" stroke-width=\"2\"[^>]* rx=\"4\"", svg);
        Assert.Contains("Hollow: weak estimate, do not use for decisions", svg);
    }

    /// <summary>The groups' two years, 2018 and 2021, have the gap between them: each group is two points and no line, and the
    /// summary and the canvas's label say so (review11, 2026-12-07: "the line is broken there" under a chart of dots).</summary>
    [Fact]
    public void The_groups_chart_of_two_years_breaks_where_the_metric_has_no_data_as_the_everyone_chart_does()
    {
        foreach (var (prefix, gap, kind) in new[]
        {
            ("", "No data for 2019 and 2020; the values are drawn as points, with no line between them.", "Chart of points. "),
            ("/es", "Sin datos de 2019 y 2020; los valores se dibujan como puntos, sin línea entre ellos.", "Gráfico de puntos. "),
        })
        {
            var page = oakland.Page(prefix + "/test-county/findings/");
            Assert.EndsWith(gap, Summary(page, Groups));
            Assert.DoesNotContain(prefix == "" ? "the line" : "la línea", Summary(page, Groups));
            var label = page.GetElementById(Groups + "-canvas")!.GetAttribute("aria-label")!;
            Assert.StartsWith(kind, label);
            Assert.Contains(gap, label);
            // The trend beside it draws lines: its label says so.
            Assert.StartsWith(prefix == "" ? "Line chart. " : "Gráfico de líneas. ", page.GetElementById(Trend + "-canvas")!.GetAttribute("aria-label"));
            var config = Config(page, Groups);
            Assert.NotEmpty(config.Datasets);
            foreach (var dataset in config.Datasets)
            {
                var points = dataset.Data.Select(p => (p.X, Null: p.Y is null)).ToList();
                Assert.Equal([2018, 2019, 2020, 2021], points.Select(p => p.X));
                Assert.True(points[1].Null && points[2].Null);
            }
            Assert.Contains("2020", Summary(page, Trend));
        }
        // The SVG draws each group as two markers, no line across the gap.
        var svg = oakland.Site.Read("_site/test-county/downloads/share_employed-race-ethnicity.svg");
        // Its year axis has a tick a year, the gap's too, as the page's: one row of four labels (the y axis's are one a row).
        var rows = Regex.Matches(svg, "<text [^>]*font-size=\"13\"[^>]* y=\"([0-9.]+)\"").GroupBy(m => m.Groups[1].Value);
        Assert.Equal(4, rows.Max(r => r.Count()));
        // No 2.5-wide stroke (solid or dashed): no series line across the years, and no line sample in the legend, whose
        // samples are markers only, as the plot draws the groups (reader3, 2026-12-07: PointsOnlyLegendTests).
        Assert.Empty(Regex.Matches(svg, "<path fill=\"none\" stroke=\"[^\"]+\" stroke-width=\"2.5\""));
    }
}

/// <summary>
/// A bar chart (one year of several groups) with a bar Urban rates weak. Review, 2026-12-07: the line charts' legend said what
/// a hollow point is, but a bar chart drew its weak bar hollow with no note (only its summary and table said so).
/// </summary>
public sealed class WeakBarChartTests
{
    private static ChartSpec Chart(DataQuality black) => MetricCharts.Spec("sm-chart-preschool", "Preschool by race, 2021.", "In 2021 …", "Group",
        [new ChartSeries("Black", [new ChartPoint(2021, 0.45, null, null, black)], ChartPalette.For(0)),
         new ChartSeries("White", [new ChartPoint(2021, 0.62, null, null, DataQuality.Strong)], ChartPalette.For(1))],
        new ChartFormat("proportion"), "/c.csv");

    [Fact]
    public void A_weak_bar_is_drawn_hollow_and_the_SVG_legend_says_what_a_hollow_bar_is()
    {
        var chart = Chart(DataQuality.Weak);
        Assert.Equal("bar", ChartPageData.Of(chart).Kind);
        var svg = Encoding.UTF8.GetString(ChartPainter.Svg(chart, new ChartImageText("Source: Urban Institute.", null), CardStyle.Default));
        // The weak bar: its outline in the series' colour; the note's sample: a hollow bar in the text's colour, then its words.
        Assert.Matches($"<rect fill=\"none\" stroke=\"{ChartPalette.For(0).Color.ToUpperInvariant()}\"", svg);
        Assert.Matches("<rect fill=\"none\" stroke=\"#1B1B1B\" stroke-width=\"2\"[^>]* width=\"28\" height=\"14\"", svg);
        Assert.Contains("Hollow: weak estimate, do not use for decisions", svg);
        // The bars are named on the axis, once: the legend has the note only, as on the page.
        Assert.Single(Regex.Matches(svg, ">\\s*White\\s*</text>"));
    }

    [Fact]
    public void A_bar_chart_without_a_weak_bar_has_no_note()
    {
        var svg = Encoding.UTF8.GetString(ChartPainter.Svg(Chart(DataQuality.Strong), new ChartImageText("Source: Urban Institute.", null), CardStyle.Default));
        Assert.DoesNotContain("Hollow", svg);
        Assert.DoesNotMatch("<rect fill=\"none\"", svg);
    }
}

/// <summary>
/// A group chart whose groups have values only in two years that are not neighbours (2018 and 2021 of an annual metric) draws
/// markers without lines; its legend shows markers without lines too, on the page (charts.js's pointsOnly, from the
/// table's years and the gaps) and in the SVG and PNG (reader3, 2026-12-07: the legend showed line samples the plot never drew).
/// </summary>
public sealed class PointsOnlyLegendTests(OaklandSite oakland) : IClassFixture<OaklandSite>
{
    private static readonly int[] Annual = [2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023];

    private static ChartSpec Chart(int second) => MetricCharts.Spec("sm-chart-groups", "Employment by race.", "In 2021 …", "Group",
        [new ChartSeries("Black", [new ChartPoint(2018, 0.45, null, null, DataQuality.Strong), new ChartPoint(second, 0.5, null, null, DataQuality.Strong)], ChartPalette.For(0)),
         new ChartSeries("White", [new ChartPoint(2018, 0.62, null, null, DataQuality.Strong), new ChartPoint(second, 0.64, null, null, DataQuality.Strong)], ChartPalette.For(1))],
        new ChartFormat("proportion"), "/c.csv", cadence: Annual);

    private static List<bool> PointsOnly(ChartPageData config) => config.Datasets.Select(d => d.PointsOnly).ToList();

    /// <summary>The stroked lines of a colour in an SVG: the plot's lines and the legend's line samples.</summary>
    private static int Lines(string svg, string color) =>
        Regex.Matches(svg, $"<path[^>]*stroke=\"{color.ToUpperInvariant()}\"[^>]*d=\"M[^\"]*L").Count;

    private static int Markers(string svg, string color) =>
        Regex.Matches(svg, $"<(ellipse|circle|path|rect)[^>]*fill=\"{color.ToUpperInvariant()}\"").Count;

    [Fact]
    public void Values_in_two_years_apart_are_markers_in_the_plot_and_the_legend_alike()
    {
        var apart = Chart(2021);
        Assert.Equal([true, true], PointsOnly(ChartPageData.Of(apart)));
        var svg = Encoding.UTF8.GetString(ChartPainter.Svg(apart, new ChartImageText("Source: Urban Institute.", null), CardStyle.Default));
        foreach (var color in new[] { ChartPalette.For(0).Color, ChartPalette.For(1).Color })
        {
            Assert.Equal(0, Lines(svg, color));
            // Two points in the plot, one in the legend.
            Assert.Equal(3, Markers(svg, color));
        }

        // Neighbouring years: a line in the plot and a line sample in the legend, as before.
        var joined = Chart(2019);
        Assert.Equal([false, false], PointsOnly(ChartPageData.Of(joined)));
        var lines = Encoding.UTF8.GetString(ChartPainter.Svg(joined, new ChartImageText("Source: Urban Institute.", null), CardStyle.Default));
        Assert.Equal(2, Lines(lines, ChartPalette.For(0).Color));
    }

    [Fact]
    public void Oaklands_groups_chart_of_2018_and_2021_says_so_to_charts_js()
    {
        var page = new HtmlParser().ParseDocument(oakland.Site.Read("_site/test-county/findings/index.html"));
        var config = ChartPageData.Of(page, "sm-chart-share_employed-race-ethnicity");
        Assert.All(PointsOnly(config), Assert.True);
        Assert.NotEmpty(PointsOnly(config));
        // The trend chart beside it draws lines.
        Assert.All(PointsOnly(ChartPageData.Of(page, "sm-chart-share_employed-trend")), Assert.False);
    }
}
