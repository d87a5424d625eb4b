using System.Text.Json;
using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// A year the data skip is a gap, never a line drawn across it (review, 2026-12-07: Urban's annual metrics have no 2020
/// estimate, and the charts joined 2019 to 2021): on the page (a null point, spanGaps false), in the SVG download, and in the
/// chart's summary, in English and Spanish.
/// </summary>
public sealed class ChartGapTests
{
    private const string Chart = "sm-chart-share_employed-trend";

    private static TestSite AnnualWithout2020()
    {
        var site = SpanishFixture.Create();
        // With the fixture's 2016, 2019 and 2021, share_employed is annual from 2016 to 2021 but for 2020, as Urban's are.
        site.Write("input/data/employment-2017-2018.csv",
            "year,state,county,state_name,county_name,share_employed,share_employed_quality\n" +
            "2017,06,001,California,Alameda County,0.8102,Strong\n2018,06,001,California,Alameda County,0.8084745508716911,Strong\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void A_year_without_data_breaks_the_line_and_the_summary_says_so_in_both_languages()
    {
        using var site = AnnualWithout2020();
        foreach (var (prefix, sentence) in new[] { ("", "No data for 2020; the line is broken there."), ("es", "Sin datos de 2020; la línea se interrumpe ahí.") })
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "findings", "index.html")));
            var figure = page.GetElementById(Chart)!;
            Assert.EndsWith(sentence, figure.ParentElement!.QuerySelector(".chart-summary")!.TextContent.Trim());
            var place = ChartPageData.Of(page, Chart).Datasets[0].Data.Select(p => (p.X, p.Y)).ToList();
            Assert.Equal([2016, 2017, 2018, 2019, 2020, 2021], place.Select(p => p.Item1));
            Assert.Null(place.Single(p => p.Item1 == 2020).Item2);
            Assert.All(place.Where(p => p.Item1 != 2020), p => Assert.NotNull(p.Item2));
        }
        // charts.js (which also draws the PNG download) does not join a line across a null.
        var js = File.ReadAllText(Path.Combine(site.Output, "static", "js", "charts.js"));
        Assert.Contains("spanGaps: false", js);
        Assert.DoesNotContain("spanGaps: true", js);
    }

    [Fact]
    public void The_SVG_download_draws_the_place_as_two_lines_either_side_of_the_gap()
    {
        using var site = AnnualWithout2020();
        var svg = File.ReadAllText(Path.Combine(site.Output, "test-county", "downloads", "share_employed-trend.svg"));
        // The place's line is the one solid series line (2.5 wide; peers are dashed, stroke-dasharray): 2016 to 2019, then 2021 alone (a marker, no line).
        var lines = System.Text.RegularExpressions.Regex.Matches(svg, "<path fill=\"none\" stroke=\"[^\"]+\" stroke-width=\"2.5\"(?![^>]*stroke-dasharray)[^>]* d=\"([^\"]+)\"")
            .Select(m => m.Groups[1].Value).ToList();
        var place = Assert.Single(lines, d => !d.StartsWith("M24 ", StringComparison.Ordinal)); // the legend's sample starts at the left margin
        Assert.Equal(4, place.Count(c => c is 'M' or 'L'));
    }

    /// <summary>Years skipped without a break are said as well (review9, 2026-12-07: a chart joined 2018 to 2022 without a word):
    /// the fixture's share_employed has 2016, 2018, 2019 and 2021, mostly every two years, so the line joins them without a
    /// break, and the summary names the years with data.</summary>
    [Fact]
    public void Years_the_line_joins_across_are_named_in_both_languages()
    {
        using var site = SpanishFixture.Create();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var (prefix, sentence) in new[]
        {
            ("", "Data for 2016, 2018, 2019, and 2021 only: the line joins these years."),
            ("es", "Datos de 2016, 2018, 2019 y 2021 solamente: la línea une estos años."),
        })
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "findings", "index.html")));
            Assert.EndsWith(sentence, page.GetElementById(Chart)!.ParentElement!.QuerySelector(".chart-summary")!.TextContent.Trim());
            var years = ChartPageData.Of(page, Chart).Datasets[0].Data.Select(p => p.X);
            Assert.Equal([2016, 2018, 2019, 2021], years);
        }
    }

    [Fact]
    public void Data_that_are_not_yearly_name_the_years_with_data_and_the_gap_in_both_languages()
    {
        // Urban publishes some metrics for some years only (preschool enrollment: 2014, 2016, 2018, 2021, 2023): the line joins
        // 2014 to 2016 to 2018 and is broken only at 2019 and 2020, so "No data for 2019 and 2020" alone said 2015 and 2017 had
        // data (review6, 2026-12-07). Here share_employed with the fixture's 2016, 2018, 2019 and 2021: mostly every two years, then three (2021 to 2024).
        using var site = SpanishFixture.Create();
        site.Write("input/data/employment-biennial.csv",
            "year,state,county,state_name,county_name,share_employed,share_employed_quality\n" +
            "2010,06,001,California,Alameda County,0.7855,Strong\n2012,06,001,California,Alameda County,0.7902,Strong\n" +
            "2014,06,001,California,Alameda County,0.7951,Strong\n2024,06,001,California,Alameda County,0.8123,Strong\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var (prefix, sentence) in new[]
        {
            ("", "Data for 2010, 2012, 2014, 2016, 2018, 2019, 2021, and 2024 only: the line joins these years and is broken at 2022 and 2023."),
            ("es", "Datos de 2010, 2012, 2014, 2016, 2018, 2019, 2021 y 2024 solamente: la línea une estos años y se interrumpe en 2022 y 2023."),
        })
        {
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "findings", "index.html")));
            var summary = page.GetElementById(Chart)!.ParentElement!.QuerySelector(".chart-summary")!.TextContent.Trim();
            Assert.EndsWith(sentence, summary);
            Assert.DoesNotContain("No data for", summary);
            var place = ChartPageData.Of(page, Chart).Datasets[0].Data.Select(p => (p.X, p.Y is null)).ToList();
            // The chart has points at the years with data and nulls (breaks) at the gap only: 2011 and 2013 are not on it.
            Assert.Equal([(2010, false), (2012, false), (2014, false), (2016, false), (2018, false), (2019, false), (2021, false), (2022, true), (2023, true), (2024, false)], place);
        }
    }
}
