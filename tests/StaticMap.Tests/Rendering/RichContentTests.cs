using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>What the findings, logic model, measurement plan, progress and status pages show, built from the fixture site.</summary>
public class RichContentTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    private IElement Main(string url) => built.Page(url).QuerySelector("main")!;

    [Fact]
    public void Every_findings_metric_has_a_named_chart_with_summary_and_table()
    {
        var charts = Main("/test-county/findings/").QuerySelectorAll("figure.chart");
        Assert.Equal(3, charts.Length);
        foreach (var figure in charts)
        {
            Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector("figcaption")!.TextContent));
            var canvas = figure.QuerySelector("canvas")!;
            Assert.Equal("img", canvas.GetAttribute("role"));
            // The groups' chart (2018 and 2021, the gap between them) draws points only, and says so.
            Assert.StartsWith(figure.Id!.EndsWith("-race-ethnicity", StringComparison.Ordinal) ? "Chart of points." : "Line chart.",
                canvas.GetAttribute("aria-label"));
            Assert.False(string.IsNullOrWhiteSpace(figure.QuerySelector(".chart-summary")!.TextContent));
            var table = figure.QuerySelector("details[open] table")!;
            Assert.NotNull(table.QuerySelector("caption"));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Equal("row", th.GetAttribute("scope")));
        }
    }

    [Fact]
    public void The_trend_table_has_the_values_confidence_intervals_and_quality_of_the_csv()
    {
        var figure = Main("/test-county/findings/").QuerySelector("#sm-chart-share_employed-trend")!;
        var row = figure.QuerySelectorAll("tbody tr").First(r => r.Children[0].TextContent == "Alameda County, California" && r.Children[1].TextContent == "2016");
        Assert.Equal("0.8064415577375265", row.Children[2].GetAttribute("data-value"));
        Assert.Equal("80.6%", row.Children[2].TextContent);
        Assert.Equal("79.6% to 81.7%", row.Children[3].TextContent);
        Assert.Equal("Strong", row.Children[4].TextContent.Trim());
        Assert.Contains(figure.QuerySelectorAll("tbody th"), th => th.TextContent == "Allegheny County, Pennsylvania");
        Assert.Contains("In Alameda County, California, it", figure.QuerySelector(".chart-summary")!.TextContent);
    }

    [Fact]
    public void Race_and_ethnicity_rows_appear_where_the_data_has_them()
    {
        var figure = Main("/test-county/findings/").QuerySelector("#sm-chart-share_employed-race-ethnicity")!;
        var groups = figure.QuerySelectorAll("tbody th").Select(th => th.TextContent).Distinct().ToList();
        Assert.Equal(["Black, non-Hispanic", "Hispanic", "Other races and ethnicities", "White, non-Hispanic"], groups);
        Assert.Contains("highest for White, non-Hispanic", figure.QuerySelector(".chart-summary")!.TextContent);
    }

    /// <summary>The page writes a chart's points once, in its table: the JSON holds the options, and each series' count of the
    /// table's rows, in the table's order, which is what charts.js reads the points by (js/charts.js, configOf).</summary>
    [Fact]
    public void The_chart_json_holds_no_points_and_its_series_take_the_tables_rows_in_order()
    {
        var figure = Main("/test-county/findings/").QuerySelector("#sm-chart-share_employed-trend")!;
        var text = figure.QuerySelector("script[type='application/json']")!.TextContent;
        using var json = JsonDocument.Parse(text);
        Assert.False(json.RootElement.TryGetProperty("datasets", out _));
        Assert.False(json.RootElement.TryGetProperty("years", out _));
        Assert.DoesNotContain("0.8", text, StringComparison.Ordinal);
        var rows = figure.QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent).ToList();
        var counts = json.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("rows").GetInt32()).ToList();
        Assert.Equal(rows.Count, counts.Sum());
        var at = 0;
        var names = new List<string>();
        foreach (var count in counts)
        {
            Assert.True(count > 0);
            Assert.Single(rows.Skip(at).Take(count).Distinct());
            names.Add(rows[at]);
            at += count;
        }
        Assert.Equal(["Alameda County, California", "Allegheny County, Pennsylvania"], names.Take(2));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void The_chart_x_axis_is_linear_in_years()
    {
        var figure = Main("/test-county/findings/").QuerySelector("#sm-chart-share_employed-trend")!;
        using var json = JsonDocument.Parse(figure.QuerySelector("script[type='application/json']")!.TextContent);
        var axis = json.RootElement.GetProperty("xAxis");
        Assert.Equal("linear", axis.GetProperty("type").GetString());
        Assert.Equal(1, axis.GetProperty("stepSize").GetInt32());
        var years = ChartPageData.Of(Main("/test-county/findings/"), "sm-chart-share_employed-trend").Years;
        Assert.Equal(years[0], axis.GetProperty("min").GetInt32());
        Assert.Equal(years[^1], axis.GetProperty("max").GetInt32());
    }

    [Fact]
    public void Each_series_has_its_own_colour_marker_and_dash()
    {
        var figure = Main("/test-county/findings/").QuerySelector("#sm-chart-share_employed-race-ethnicity")!;
        using var json = JsonDocument.Parse(figure.QuerySelector("script[type='application/json']")!.TextContent);
        var styles = json.RootElement.GetProperty("series").EnumerateArray()
            .Select(d => (d.GetProperty("color").GetString(), d.GetProperty("point").GetString(), d.GetProperty("dash").ToString())).ToList();
        Assert.Equal(styles.Count, styles.Select(s => s.Item1).Distinct().Count());
        Assert.Equal(styles.Count, styles.Select(s => s.Item2).Distinct().Count());
        Assert.Equal(styles.Count, styles.Select(s => s.Item3).Distinct().Count());
    }

    [Fact]
    public void Local_csv_metrics_get_the_same_treatment_and_credit_their_source()
    {
        var metric = Main("/test-county/findings/").QuerySelector("#sm-metric-jobs-program")!;
        Assert.Equal("Youth jobs program placements", metric.QuerySelector("h3")!.TextContent);
        Assert.Contains("it rose from 40 people in 2021 to 120 in 2023", metric.QuerySelector(".chart-summary")!.TextContent);
        Assert.Contains("data/jobs-program.csv", metric.QuerySelector(".metric-source")!.TextContent);
    }

    [Fact]
    public void Urban_data_is_credited_on_the_findings_page()
    {
        Assert.Contains("Urban Institute, Mobility Metrics", Main("/test-county/findings/").QuerySelector("#sm-metric-share_employed .metric-source")!.TextContent);
        Assert.Contains("Urban Institute, Mobility Metrics", built.Page("/test-county/findings/").QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void Logic_model_is_ordered_labelled_lists_linked_to_the_indicators()
    {
        var model = Main("/test-county/theory-of-change/").QuerySelector(".logic-model")!;
        var columns = model.QuerySelectorAll("ol.lm-columns > li > h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Inputs", "Activities", "Outputs", "Outcomes"], columns);
        foreach (var list in model.QuerySelectorAll("ol.lm-items"))
            Assert.All(list.GetAttribute("aria-labelledby")!.Split(' '), id => Assert.NotNull(built.Page("/test-county/theory-of-change/").GetElementById(id)));
        var item = model.QuerySelector("#sm-lm-people-trained")!;
        var link = item.QuerySelector(".lm-indicators a")!;
        Assert.Equal("/test-county/measurement-plan/#sm-indicator-trainees", link.GetAttribute("href"));
        Assert.NotNull(built.Page("/test-county/measurement-plan/").GetElementById("sm-indicator-trainees"));
        Assert.Contains("Pillar: Rewarding work", model.QuerySelector("#sm-lm-run-program")!.TextContent);
        Assert.Equal("Everyone can earn a good living.", Main("/test-county/theory-of-change/").QuerySelector(".vision-statement")!.TextContent);
    }

    [Fact]
    public void Measurement_table_links_back_to_the_logic_model_and_reads_without_javascript()
    {
        var table = Main("/test-county/measurement-plan/").QuerySelector("table.measurement-table")!;
        Assert.Equal("region", table.ParentElement!.GetAttribute("role"));
        Assert.Equal("0", table.ParentElement.GetAttribute("tabindex"));
        var row = table.QuerySelector("#sm-indicator-trainees")!;
        Assert.Equal("People trained", row.QuerySelector("th[scope=row]")!.TextContent.Trim());
        Assert.Equal("/test-county/theory-of-change/#sm-lm-people-trained", row.QuerySelector("td a")!.GetAttribute("href"));
        Assert.Equal("120 people (2023)", row.Children[2].TextContent.Trim());
        Assert.Equal("300 people (2026)", row.Children[3].TextContent.Trim());
        Assert.Equal("Direction", row.Children[5].QuerySelectorAll("dt")[2].TextContent.Trim());
        Assert.Equal("Increase", row.Children[5].QuerySelectorAll("dd")[2].TextContent.Trim());
        Assert.Equal(["Indicator", "Measures", "Baseline", "Target", "Frequency", "Details"],
            table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Contains("Mobility Metric: Employment", table.QuerySelector("#sm-indicator-employment-rate th")!.TextContent);
    }

    [Fact]
    public void Progress_page_shows_status_as_text_and_icon_with_values_against_baseline_and_target()
    {
        var main = Main("/test-county/progress/2024/");
        var row = main.QuerySelectorAll(".updates-table tbody tr").First(r => r.TextContent.Contains("People trained"));
        var status = row.QuerySelector(".status")!;
        Assert.Equal("On track", status.TextContent.Replace("✓", "").Trim());
        Assert.Equal("true", status.QuerySelector(".status-icon")!.GetAttribute("aria-hidden"));
        Assert.Equal("150 people in 2024", row.Children[2].TextContent.Trim());
        Assert.Equal("120 people (2023)", row.Children[3].TextContent.Trim());
        Assert.Equal("300 people (2026)", row.Children[4].TextContent.Trim());
        var chart = main.QuerySelector("#sm-chart-2024-trainees")!;
        Assert.Contains("People trained: 150 people in 2024, against a baseline of 120 people in 2023; the target is 300 people by 2026.",
            chart.QuerySelector(".chart-summary")!.TextContent);
        Assert.Contains(chart.QuerySelectorAll("tbody th"), th => th.TextContent == "Target");
    }

    [Fact]
    public void Progress_index_shows_progress_over_time()
    {
        var main = Main("/test-county/progress/");
        Assert.Equal("/test-county/progress/2024/", main.QuerySelector(".report-list a")!.GetAttribute("href"));
        var row = main.QuerySelectorAll("table tbody tr").First(r => r.TextContent.Contains("Employment rate"));
        Assert.Contains("At risk", row.TextContent);
        Assert.Contains("80.9%", row.TextContent);
    }

    [Fact]
    public void Status_page_counts_what_the_validator_computed()
    {
        var main = Main("/test-county/status/");
        Assert.Contains("5 of 5 parts are complete.", main.TextContent);
        var measures = main.QuerySelectorAll(".measure").ToDictionary(m => m.QuerySelector("dt")!.TextContent, m => m.QuerySelector(".measure-text")!.TextContent);
        Assert.Equal("4 of 4 (100%)", measures["Logic-model inputs, outputs and outcomes with an indicator"]);
        Assert.Equal("2 of 4 (50%)", measures["Indicators with a baseline"]);
        Assert.Equal("2 of 4 (50%)", measures["Indicators with a value for 2024"]);
    }

    [Fact]
    public void Downloads_hold_the_chart_data_the_measurement_plan_and_the_whole_plan()
    {
        var csv = built.File("test-county/downloads/share_employed-trend.csv").Split('\n');
        Assert.Equal("place,year,value,lower_95,upper_95,quality", csv[0]);
        Assert.Contains("\"Alameda County, California\",2016,0.8064415577375265,0.7960716634300465,0.8168114520450064,Strong", csv);

        var plan = built.File("test-county/measurement-plan.csv").Split('\n');
        Assert.StartsWith("id,name,measures,", plan[0]);
        Assert.Contains("trainees,People trained,people-trained,People trained,Output,Program records,Workforce board,annual,people,increase,120,2023,300,2026,,,", plan);

        using var json = JsonDocument.Parse(built.File("test-county/plan.json"));
        var root = json.RootElement;
        Assert.Equal("staticmap-plan/1", root.GetProperty("format").GetString());
        Assert.Equal("https://maps.example.org/test-county/", root.GetProperty("url").GetString());
        Assert.Equal("06001", root.GetProperty("jurisdiction").GetProperty("fips").GetString());
        var indicators = root.GetProperty("components").GetProperty("measurement-plan").GetProperty("indicators");
        Assert.Equal(120, indicators[1].GetProperty("baseline").GetProperty("value").GetDouble());
        Assert.Equal("on-track", root.GetProperty("progress")[0].GetProperty("updates")[0].GetProperty("status").GetString());
        Assert.Contains("The county joined the work in 2021.", root.GetProperty("components").GetProperty("how-we-got-here").GetProperty("narrative").GetString());
    }

    [Fact]
    public void Pages_link_their_downloads()
    {
        Assert.NotNull(Main("/test-county/").QuerySelector("a[href='/test-county/plan.json']"));
        Assert.NotNull(Main("/test-county/measurement-plan/").QuerySelector("a[href='/test-county/measurement-plan.csv']"));
        Assert.NotNull(Main("/test-county/findings/").QuerySelector("a[href='/test-county/downloads/share_employed-trend.csv']"));
    }

    [Fact]
    public void Print_view_holds_the_whole_plan_on_one_page_with_tables_open()
    {
        var page = built.Page("/test-county/print/");
        var sections = page.QuerySelectorAll("section.print-section > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["How we got here", "Summary of upward mobility findings", "Theory of change and logic model", "Measurement plan",
            "Sustainability considerations", "2024 progress report", "Coalition"], sections);
        // The charts are drawn (and printed as images) there too, each beside its open data table.
        Assert.Equal(page.QuerySelectorAll("figure.chart").Length, page.QuerySelectorAll("figure.chart canvas[role=img]").Length);
        Assert.Equal(2, page.QuerySelectorAll("script[src*='chart']").Length);
        Assert.NotEmpty(page.QuerySelectorAll("details[open] table"));
    }
}
