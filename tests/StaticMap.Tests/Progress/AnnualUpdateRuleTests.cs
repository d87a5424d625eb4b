using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

public sealed class AnnualUpdateRuleTests
{
    private const string PlanFile = TestSite.Plan + "/plan.yml";
    private const string Progress = TestSite.Plan + "/progress/2024.md";
    private const string MeasurementPlan = TestSite.Plan + "/measurement-plan.md";

    private static IReadOnlyList<Diagnostic> Check(TestSite site, string today, int grace = ReportingCalendar.DefaultGraceMonths) =>
        SiteBuilder.Check(site.ReadRoot, new SiteOptions(IncludeDrafts: true,
            Calendar: new ReportingCalendar(ReportingCalendar.ParseDate(today)!.Value, grace))).Result.Diagnostics;

    [Fact]
    public void MAP036_reported_on_track_but_off_track_by_the_numbers()
    {
        using var site = TestSite.Valid();
        // 120 (2023) to 300 (2026): 180 expected in 2024; 125 is 5 of the 60 needed.
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 125\n    status: on-track");
        var d = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "on-track\n    note: Two"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("'trainees' is reported on track, but by the numbers it is off track (125 people in 2024, behind the 180 people expected " +
                     "on the way to 300 people by 2026); they are two or more steps apart on off track, at risk, on track, achieved; check the " +
                     "value and the status, or leave 'status' out to publish the computed one; the update's note, shown beside the status, " +
                     "should say why they differ", d.Message);
    }

    /// <summary>In the target's own year, the numbers say the target is not reached, once (review12, 2026-12-08).</summary>
    [Fact]
    public void MAP036_in_the_targets_year_says_the_target_is_not_reached_once()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/measurement-plan.md", "target: {value: 300, year: 2026}", "target: {value: 300, year: 2024}");
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 200\n    status: achieved");
        var d = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "achieved\n    note: Two"));
        Assert.Equal("'trainees' is reported achieved, but by the numbers it is off track (200 people in 2024: the target of 300 people by 2024 " +
                     "is not reached); check the value and the status, or leave 'status' out to publish the computed one; the update's note, " +
                     "shown beside the status, should say why they differ", d.Message);
    }

    /// <summary>No status is computed from an estimate Urban rates Weak, so MAP036 has no numbers to set against the coalition's
    /// status: "by the numbers it is on track" beside MAP072's "computes no status from it" contradicted itself (review9,
    /// 2026-12-07, a city's employment rate of Black adults).</summary>
    [Fact]
    public void MAP036_does_not_compare_a_status_with_a_weak_estimate()
    {
        using var site = TestSite.Valid();
        // The value is left to the data: Urban's 2021 estimate, 80.4%, below the 2016 baseline (Urban's 80.6%); the coalition
        // says on track. (A baseline of the data's latest year would give no status at all: nothing since the baseline.)
        site.Replace(MeasurementPlan, "baseline: {value: 80.4, year: 2021}", "baseline: {value: 80.6, year: 2016}");
        site.Replace(Progress, "    value: 80.9\n    status: at-risk", "    status: on-track");
        var strong = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "indicator: employment-rate\n    status: on-track", "indicator: employment-rate\n    status: ".Length));
        Assert.StartsWith("'employment-rate' is reported on track, but by the numbers it is off track (80.4% in 2021: it moved away from ", strong.Message);

        var lines = site.Read("input/data/mobility.csv").Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith("2021,06,001,", StringComparison.Ordinal));
        lines[i] = lines[i].Replace(",Strong,", ",Weak,", StringComparison.Ordinal);
        site.Write("input/data/mobility.csv", string.Join('\n', lines));
        var diagnostics = site.Check();
        Assert.DoesNotContain(diagnostics, d => d.Code == "MAP036");
        Assert.Contains(diagnostics, d => d.Code == "MAP072" && d.Message.StartsWith("'employment-rate' follows share_employed", StringComparison.Ordinal));
    }

    /// <summary>MAP038 asking for Urban's value says when Urban rates it weak (review, 2026-12-07: "write 34.5" for a baseline of
    /// a Weak estimate, with no word of its quality).</summary>
    [Fact]
    public void MAP038_says_when_the_value_to_write_is_weak()
    {
        using var site = TestSite.Valid();
        var lines = site.Read("input/data/mobility.csv").Split('\n');
        var i = Array.FindIndex(lines, l => l.StartsWith("2021,06,001,", StringComparison.Ordinal));
        Assert.Contains(",Strong,", lines[i]);
        lines[i] = lines[i].Replace(",Strong,", ",Weak,", StringComparison.Ordinal);
        site.Write("input/data/mobility.csv", string.Join('\n', lines));
        site.Replace(MeasurementPlan, "baseline: {value: 80.4, year: 2021}", "baseline: {value: 79, year: 2021}");
        // The other diagnostic is the findings' MAP072 about the same Weak estimate.
        var d = Assert.Single(site.Check(), d => d.Code == "MAP038");
        Assert.Equal(site.PositionOf(MeasurementPlan, "79, year: 2021}"), d.Span);
        Assert.EndsWith("write 80.4, or leave 'value' out to fill it in from the data; Urban rates that estimate weak, so the site marks it and " +
                        "computes no status from it", d.Message);
    }

    /// <summary>Money in millions is written as the page writes it, "$3 million", never "$3,000,000" beside the page's "$3 million
    /// (2026)" (reader3, 2026-12-07); the coalition's own figure that millions would round stays whole ("$1,234,567"), only the
    /// computed expected value is rounded to a tenth of a million, on the page and in the diagnostic alike.</summary>
    [Fact]
    public void MAP036_writes_millions_as_the_page_does()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    unit: people\n    direction: increase\n    baseline: {value: 120, year: 2023}\n    target: {value: 300, year: 2026}",
            "    unit: dollars\n    direction: increase\n    baseline: {value: 1200000, year: 2023}\n    target: {value: 3000000, year: 2026}");
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 1250000\n    status: on-track");
        var d = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "on-track\n    note: Two"));
        Assert.StartsWith("'trainees' is reported on track, but by the numbers it is off track ($1.25 million in 2024, behind the $1.8 million " +
                          "expected on the way to $3 million by 2026); ", d.Message);
        var row = BuiltUpdateRow(site, "trainees");
        var text = System.Text.RegularExpressions.Regex.Replace(row.TextContent, @"\s+", " ");
        Assert.Contains("$1.25 million in 2024 $1.2 million (2023) $3 million (2026)", text);

        site.Replace(Progress, "value: 1250000\n", "value: 1234567\n");
        var indicator = StatusByNumbersTests.Indicator(StaticMap.Core.Model.Direction.Increase, 1_200_000, 2023, 3_000_000, 2026) with { Unit = "dollars" };
        Assert.Equal("$1,234,567 in 2024, behind the $1.8 million expected on the way to $3 million by 2026",
            StaticMap.Core.Rendering.Views.Formatting.Explain(StatusByNumbers.Compute(indicator, 2024, 1_234_567)!, indicator));
        Assert.StartsWith("'trainees' is reported on track, but by the numbers it is off track ($1,234,567 in 2024, behind the $1.8 million " +
                          "expected on the way to $3 million by 2026); ", RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "on-track\n    note: Two")).Message);
    }

    /// <summary>An indicator of a share without a 'unit' (a metric's share from 0 to 1) is written in percent in the diagnostic, as
    /// its pages write it (review, 2026-12-07: "0.75 proportion in 2024").</summary>
    [Fact]
    public void MAP036_writes_a_share_as_a_percent()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    unit: percent\n    direction: increase\n    baseline: {value: 80.4, year: 2021}\n    target: {value: 83, year: 2027}",
            "    direction: increase\n    baseline: {value: 0.804, year: 2021}\n    target: {value: 0.83, year: 2027}");
        site.Replace(Progress, "    value: 80.9\n    status: at-risk", "    value: 0.75\n    status: on-track");
        var d = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "on-track\n---"));
        // One decimal, kept when it is zero, as the pages write a share (review3, 2026-12-07: MAP036 said "4% in 2022" beside the
        // page's "4.0% in 2022").
        Assert.StartsWith("'employment-rate' is reported on track, but by the numbers it is off track (75.0% in 2024: it moved away from the target " +
                          "of 83.0% by 2027 since the baseline of 80.4% in 2021); ", d.Message);
        var row = BuiltUpdateRow(site, "employment-rate");
        Assert.Contains("75.0% in 2024", row.TextContent);
        Assert.Contains("83.0% (2027)", row.TextContent);
    }

    /// <summary>An indicator that follows one group's values is judged by that group's numbers, and the message says whose
    /// (review, 2026-12-07: MAP038, MAP055 and the progress rows named the group, MAP036 did not).</summary>
    [Fact]
    public void MAP036_names_the_group_of_an_indicator_that_follows_one()
    {
        using var site = BlackNonHispanicSite();
        site.Replace(Progress, "    value: 74.9\n    status: at-risk", "    value: 70\n    status: on-track");
        var d = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "on-track\n---"));
        Assert.StartsWith("'employment-rate' is reported on track, but by the numbers of the group 'Black, Non-Hispanic' it is off track (70% in 2024: " +
                          "it moved away from the target of 83% by 2027 since the baseline of 74.9% in 2021); ", d.Message);
    }

    /// <summary>The valid site with 'employment-rate' following the group 'Black, Non-Hispanic': its baseline and 2024 value are
    /// the group's 2021 value, 74.9%.</summary>
    private static TestSite BlackNonHispanicSite()
    {
        var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: Black, Non-Hispanic\n");
        site.Replace(MeasurementPlan, "baseline: {value: 80.4, year: 2021}", "baseline: {value: 74.9, year: 2021}");
        site.Replace(Progress, "value: 80.9", "value: 74.9");
        return site;
    }

    /// <summary>Only an update without a note is told to explain its status in one (review, 2026-12-07: a coalition that had
    /// written a note was still told to write one).</summary>
    [Fact]
    public void MAP036_without_a_note_asks_for_one()
    {
        var d = RuleAssert.AfterEdit(Progress, "value: 150\n    status: on-track\n    note: Two cohorts completed.", "value: 125\n    status: on-track", "MAP036", "on-track");
        Assert.EndsWith("; check the value and the status, leave 'status' out to publish the computed one, or explain the status in 'note'", d.Message);
    }

    [Fact]
    public void MAP036_reported_achieved_but_the_target_is_not_met()
    {
        var d = RuleAssert.AfterEdit(Progress, "value: 150\n    status: on-track", "value: 200\n    status: achieved", "MAP036", "achieved");
        Assert.Equal("'trainees' is reported achieved, but by the numbers it is on track (200 people in 2024, ahead of the 180 people expected " +
                     "on the way to 300 people by 2026); the target is not reached; check the value and the status, or leave 'status' out to publish " +
                     "the computed one; the update's note, shown beside the status, should say why they differ", d.Message);
    }

    [Fact]
    public void MAP036_maintain_with_the_value_at_the_target_is_met()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    direction: increase\n    baseline: {value: 120, year: 2023}\n    target: {value: 300, year: 2026}",
            "    direction: maintain\n    baseline: {value: 1, year: 2023}\n    target: {value: 2, year: 2024}");
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 2\n    status: achieved");
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP036");
    }

    [Fact]
    public void MAP036_is_not_reported_for_a_status_left_to_the_numbers()
    {
        using var site = TestSite.Valid();
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 125");
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP036");
    }

    [Fact]
    public void MAP055_a_typed_value_equal_to_an_older_years_data()
    {
        var d = RuleAssert.AfterEdit(Progress, "value: 80.9", "value: 80.4", "MAP055", "80.4");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("'employment-rate': the 2024 value 80.4% is the Urban Institute's value of share_employed for 2021 (from input/data/mobility.csv, " +
                     "its 2021 row), the latest year of data; a value from the data is the value of its year, not of 2024: leave 'value' out " +
                     "to show the latest data with their year, or write the coalition's own 2024 value", d.Message);
    }

    /// <summary>A group's value is written as the site writes it, with the group and the file (review2, 2026-12-07: "the 2024 value
    /// 70.6 is the Urban Institute's value of share_employed for 2021" named neither the group nor the file, and no percent sign).</summary>
    [Fact]
    public void MAP055_names_the_group_and_the_file_and_writes_the_percent()
    {
        using var site = BlackNonHispanicSite();
        var d = RuleAssert.Single(site, "MAP055", site.PositionOf(Progress, "74.9"));
        Assert.Equal("'employment-rate': the 2024 value 74.9% is the Urban Institute's value of share_employed of the group 'Black, Non-Hispanic' " +
                     "for 2021 (from input/data/employment-race-ethnicity.csv, its 2021 row), the latest year of data; a value from the data is " +
                     "the value of its year, not of 2024: leave 'value' out to show the latest data with their year, or write the coalition's " +
                     "own 2024 value", d.Message);
    }

    [Fact]
    public void MAP055_not_for_a_value_of_its_own()
    {
        using var site = TestSite.Valid();
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP055");
    }

    [Fact]
    public void MAP059_a_subgroup_the_data_do_not_have_lists_the_groups()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: Blak, Non-Hispanic\n");
        var d = RuleAssert.Single(site, "MAP059", site.PositionOf(MeasurementPlan, "Blak, Non-Hispanic"));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.EndsWith("; did you mean 'Black, Non-Hispanic'? The groups are: 'Black, Non-Hispanic'; 'Hispanic'; 'Other Races and Ethnicities'; " +
                     "'White, Non-Hispanic'", d.Message);
        Assert.StartsWith("'employment-rate': the data have no group 'Blak, Non-Hispanic' for share_employed in 06001 (Alameda County", d.Message);
    }

    /// <summary>A group spelled nothing like Urban's still gets a fix, after a semicolon (review, 2026-12-07: "… (St. Paul city,
    /// Minnesota) The groups are: …" ran two sentences together and gave no instruction).</summary>
    [Fact]
    public void MAP059_a_subgroup_with_no_close_spelling_says_which_groups_to_write()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: African American\n");
        var d = RuleAssert.Single(site, "MAP059", site.PositionOf(MeasurementPlan, "African American"));
        Assert.Equal("'employment-rate': the data have no group 'African American' for share_employed in 06001 (Alameda County, California); " +
                     "write one of the groups the data have: 'Black, Non-Hispanic'; 'Hispanic'; 'Other Races and Ethnicities'; 'White, Non-Hispanic'",
            d.Message);
    }

    /// <summary>A group Urban does not publish is not "corrected" into another group (review8, 2026-12-07: 'Asian, Non-Hispanic'
    /// got "did you mean 'White, Non-Hispanic'?", one word away in letters and a different population): only a slip within
    /// the words of a group is suggested.</summary>
    [Theory]
    [InlineData("Asian, Non-Hispanic", null)]
    [InlineData("White, Hispanic", null)]
    [InlineData("Blck, Non Hispanic", "Black, Non-Hispanic")]
    [InlineData("Hispanc", "Hispanic")]
    public void MAP059_suggests_a_slip_of_a_group_never_another_group(string written, string? suggested)
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    metric: share_employed\n", $"    metric: share_employed\n    subgroup: {written}\n");
        var d = RuleAssert.Single(site, "MAP059", site.PositionOf(MeasurementPlan, written));
        const string groups = "'Black, Non-Hispanic'; 'Hispanic'; 'Other Races and Ethnicities'; 'White, Non-Hispanic'";
        Assert.EndsWith(suggested is null ? $"; write one of the groups the data have: {groups}" : $"; did you mean '{suggested}'? The groups are: {groups}",
            d.Message);
    }

    [Fact]
    public void A_subgroup_in_any_case_and_spacing_takes_that_groups_values()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: black,non-hispanic\n");
        site.Replace(Progress, "    value: 80.9\n", "");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(site.Output, "test-county", "progress", "2024", "index.html"));
        Assert.Contains("74.9% in 2021", page); // Urban's 2021 estimate for Black, Non-Hispanic adults in Alameda County (0.7485…)
    }

    /// <summary>The measurement plan says whose values an indicator with a 'subgroup' follows: its baseline is that group's, not
    /// everyone's (review, 2026-12-07: "Employment rate of Black adults  Mobility Metric: Employment rate, ages 25–54" did not say).</summary>
    [Fact]
    public void The_measurement_plan_names_the_group_an_indicator_follows()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: Black, Non-Hispanic\n");
        site.Replace(Progress, "    value: 80.9\n", "");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "measurement-plan", "index.html")));
        var notes = page.QuerySelectorAll("th[scope=row] .cell-note").Select(n => n.TextContent).ToList();
        Assert.Contains("Mobility Metric: Employment rate, ages 25–54, for Black, non-Hispanic residents", notes);
        // A narrow screen shows the cards, not the table: the card names the group too (review3, 2026-12-07: it said
        // "Mobility Metric  Employment rate, ages 25–54" beside the group's baseline).
        var card = page.QuerySelectorAll(".indicator-card dl > div").Where(d => d.QuerySelector("dt")!.TextContent == "Mobility Metric")
            .Select(d => d.QuerySelector("dd")!.TextContent).ToList();
        Assert.Equal(["Employment rate, ages 25–54, for Black, non-Hispanic residents"], card);
        // The downloads say it too: the measurement plan's CSV and plan.json give the group beside the metric (review3,
        // 2026-12-07: the CSV gave the group's baseline under 'share_employed' alone), and nothing for everyone's indicators.
        var csv = File.ReadAllLines(Path.Combine(site.Output, "test-county", "measurement-plan.csv"));
        Assert.EndsWith(",disaggregate_by,metric,subgroup", csv[0]);
        Assert.Single(csv, l => l.StartsWith("employment-rate,", StringComparison.Ordinal) && l.EndsWith(",share_employed,\"Black, Non-Hispanic\"", StringComparison.Ordinal));
        Assert.Single(csv, l => l.StartsWith("trainees,", StringComparison.Ordinal) && l.EndsWith(",,", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "test-county", "plan.json")));
        var indicators = json.RootElement.GetProperty("components").GetProperty("measurement-plan").GetProperty("indicators").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("subgroup").ValueKind == System.Text.Json.JsonValueKind.Null ? null : i.GetProperty("subgroup").GetString());
        Assert.Equal("Black, Non-Hispanic", indicators["employment-rate"]);
        Assert.Null(indicators["trainees"]);
    }

    /// <summary>The Spanish fixture whose employment-rate indicator follows Urban's 'Black, Non-Hispanic' group (baseline from
    /// Urban's 2018 value, no value reported in 2024), built.</summary>
    internal static TestSite BuiltWithEmploymentFollowingOneGroup(Action<TestSite>? change = null)
    {
        var site = StaticMap.Tests.Translations.SpanishFixture.Create();
        change?.Invoke(site);
        site.Replace(MeasurementPlan, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: Black, Non-Hispanic\n");
        site.Replace(MeasurementPlan, "baseline: {value: 80.4, year: 2021}", "baseline: {year: 2018}");
        site.Replace(Progress, "    value: 80.9\n    status: at-risk\n", "");
        site.Replace(TestSite.Plan + "/progress/2024.es.md", "  - indicator: employment-rate\n    status: at-risk\n", "  - indicator: employment-rate\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    /// <summary>The progress report says whose values an indicator with a 'subgroup' shows: its row, its computed status and its
    /// chart name the group, in English and in Spanish (review, 2026-12-07: the measurement plan said it, the report did not).</summary>
    [Fact]
    public void The_progress_report_names_the_group_an_indicator_follows_in_its_row_status_and_chart()
    {
        using var site = BuiltWithEmploymentFollowingOneGroup();
        foreach (var (prefix, note, status, chart) in new[]
        {
            ("", "Values for Black, non-Hispanic residents", "Computed from the numbers for Black, non-Hispanic residents: ",
                // Values the build filled in from the Mobility Metrics are not called reported (review7, 2026-12-07).
                "Employment rate, for Black, non-Hispanic residents, 2018 to 2027: Mobility Metrics values and target."),
            ("es", "Valores de la población negra o afroamericana no hispana", "Calculado con las cifras de la población negra o afroamericana no hispana: ",
                // The indicator's name is the coalition's (this translation keeps the English one); the words around it are the page's.
                "Employment rate, de la población negra o afroamericana no hispana, de 2018 a 2027: valores de las Mobility Metrics y meta."),
        })
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", "2024", "index.html")));
            var row = page.QuerySelectorAll(".updates-table tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href")!.Contains("employment-rate"));
            Assert.Equal(note, row.QuerySelector("th .cell-note")!.TextContent);
            Assert.StartsWith(status, row.QuerySelector(".computed-detail")!.TextContent);
            Assert.Equal(chart, page.QuerySelector("#sm-chart-2024-employment-rate figcaption")!.TextContent.Trim());
            // Everyone's indicators say nothing of a group.
            Assert.Single(page.QuerySelectorAll(".updates-table th .cell-note"));
        }
        // The measurement plan's label is singular in both languages: one indicator follows one metric.
        var spanish = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "es", "test-county", "measurement-plan", "index.html")));
        Assert.Contains(spanish.QuerySelectorAll("th[scope=row] .cell-note"), n => n.TextContent.StartsWith("Métrica de las Mobility Metrics: ", StringComparison.Ordinal)
            && n.TextContent.EndsWith(", de la población negra o afroamericana no hispana", StringComparison.Ordinal));
    }

    /// <summary>The progress index's "Progress over time" names the group too: its cells are that group's values, as the report's
    /// row says (review2, 2026-12-07: "Employment rate … 70.6% in 2021" with no group on /progress/, beside everyone's 80.8%).</summary>
    [Fact]
    public void The_progress_index_names_the_group_an_indicator_follows()
    {
        using var site = BuiltWithEmploymentFollowingOneGroup();
        foreach (var (prefix, note) in new[] { ("", "Values for Black, non-Hispanic residents"), ("es", "Valores de la población negra o afroamericana no hispana") })
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", "index.html")));
            var notes = page.QuerySelectorAll("tbody th[scope=row]").Select(th => th.QuerySelector(".cell-note")?.TextContent).ToList();
            // One row per indicator; only the one with a 'subgroup' has a note.
            Assert.Equal(note, Assert.Single(notes, n => n is not null));
            Assert.Equal(note, page.QuerySelectorAll("tbody th[scope=row]").Single(th => th.QuerySelector("a")!.GetAttribute("href")!.Contains("employment-rate"))
                .QuerySelector(".cell-note")!.TextContent);
        }
    }

    [Fact]
    public void MAP036_one_step_apart_is_not_reported()
    {
        using var site = TestSite.Valid();
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 160\n    status: on-track"); // at risk by the numbers (67%)
        Assert.Empty(site.Check());
    }

    [Fact]
    public void MAP037_released_plan_without_last_years_report_past_the_grace_date()
    {
        using var site = TestSite.Valid();
        var d = RuleAssert.Single(Check(site, "2026-12-01"), "MAP037", site.PositionOf(PlanFile, "status: released", "status: ".Length));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the plan is released but has no progress report for 2025, due by 2026-07-01 (6 months after the year ended; " +
                     "today is 2026-12-01); add plans/test-county/progress/2025.md ('staticmap progress test-county 2025' drafts it)", d.Message);
    }

    [Theory]
    [InlineData("2026-06-30", 6)]  // the day before the grace date
    [InlineData("2026-12-01", 12)] // a longer grace: due January 1, 2027
    public void MAP037_not_before_the_grace_date(string today, int grace)
    {
        using var site = TestSite.Valid();
        Assert.Empty(Check(site, today, grace));
    }

    [Fact]
    public void MAP037_not_for_drafts_or_plans_released_after_the_year()
    {
        using var site = TestSite.Valid();
        site.Replace(PlanFile, "status: released", "status: draft");
        Assert.Empty(Check(site, "2026-12-01"));
        site.Replace(PlanFile, "status: draft", "status: released").Replace(PlanFile, "released: 2024-05-01", "released: 2026-01-15");
        Assert.Empty(Check(site, "2026-12-01"));
    }

    // MAP086: dates still to come (review8, 2026-12-07: "Latest progress report: 2027" published on December 7, 2026).

    /// <summary>The diagnostics of one rule that a check on <paramref name="today"/> reports.</summary>
    private static List<Diagnostic> Of(string code, TestSite site, string today) => Check(site, today).Where(d => d.Code == code).ToList();

    /// <summary>A check on <paramref name="today"/> reports one diagnostic of <paramref name="code"/>, of this severity, at the
    /// first <paramref name="at"/> of <paramref name="file"/> (<paramref name="offset"/> characters in); returns it for its message.</summary>
    private static Diagnostic Single(string code, Severity severity, TestSite site, string today, string file, string at, int offset = 0)
    {
        var d = RuleAssert.Single(Of(code, site, today), code, site.PositionOf(file, at, offset));
        Assert.Equal(severity, d.Severity);
        return d;
    }

    private const string Report2027 = TestSite.Plan + "/progress/2027.md";

    [Fact]
    public void MAP086_a_report_of_a_year_not_begun_is_an_error_and_the_build_fails()
    {
        using var site = TestSite.Valid();
        site.Write(Report2027, "---\nyear: 2027\nupdates:\n  - indicator: trainees\n    value: 240\n---\nNext year.\n");
        var d = Single("MAP086", Severity.Error, site, "2026-12-07", Report2027, "2027\nupdates");
        Assert.Equal("progress/2027.md reports on 2027, which has not begun (today is 2026-12-07): the site would publish results of a year " +
                     "still to come; rename the file to the year it reports on (and set its 'year'), or keep it as a draft ('draft: true') until 2027 has begun", d.Message);
        var build = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 12, 7))));
        Assert.False(build.Succeeded);
        // Once the year has begun, the same report is published.
        Assert.Empty(Of("MAP086", site, "2027-01-01"));
    }

    /// <summary>A 'year' to come in a file of another year is one mistake, MAP040's (found by the conformance faults).</summary>
    [Fact]
    public void MAP086_leaves_a_year_that_is_not_its_file_s_to_MAP040()
    {
        using var site = TestSite.Valid();
        const string report = TestSite.Plan + "/progress/2026.md";
        site.Write(report, "---\nyear: 2034\nupdates:\n  - indicator: trainees\n    value: 240\n---\nA slip of the keyboard.\n");
        var errors = Check(site, "2026-12-07").Where(d => d.Severity == Severity.Error).ToList();
        var d = Assert.Single(errors);
        Assert.Equal("MAP040", d.Code);
        Assert.Empty(Of("MAP086", site, "2026-12-07"));
    }

    /// <summary>'staticmap progress' writes a draft; a draft of a year to come is a warning, so serve and build --drafts still build.</summary>
    [Fact]
    public void MAP086_a_draft_report_of_a_year_not_begun_is_a_warning()
    {
        using var site = TestSite.Valid();
        site.Write(Report2027, "---\nyear: 2027\ndraft: true\nupdates:\n  - indicator: trainees\n---\nNext year.\n");
        var d = Single("MAP086", Severity.Warning, site, "2026-12-07", Report2027, "2027\ndraft");
        Assert.Equal("progress/2027.md reports on 2027, which has not begun (today is 2026-12-07); it is a draft, so the published site leaves it out, " +
                     "but it cannot be published before 2027 has begun: if it reports on an earlier year, rename the file to that year", d.Message);
        Assert.True(site.Build(new SiteOptions(IncludeDrafts: true, Calendar: new ReportingCalendar(new DateOnly(2026, 12, 7)))).Succeeded);
    }

    [Fact]
    public void MAP086_a_release_date_after_today_is_a_warning_at_the_date()
    {
        using var site = TestSite.Valid();
        site.Replace(PlanFile, "released: 2024-05-01", "released: 2027-06-01");
        var d = Single("MAP086", Severity.Warning, site, "2026-12-07", PlanFile, "2027-06-01");
        Assert.Equal("'released' is 2027-06-01, after today (2026-12-07): the plan's pages and feed would say it was released on a day " +
                     "still to come; write the day of the public release, or set 'status: draft' until then", d.Message);
        Assert.Empty(Of("MAP086", site, "2027-06-01"));
        // A draft may name the day it is to be released.
        site.Replace(PlanFile, "status: released", "status: draft");
        Assert.Empty(Of("MAP086", site, "2026-12-07"));
    }

    /// <summary>A report's 'published' date is its date in the feed: after today, the feed would announce it as published on a day
    /// to come (fixes9, 2026-12-07). A warning at the date, as for 'released'; a draft may name the day it is to be published.</summary>
    [Fact]
    public void MAP086_a_report_published_after_today_is_a_warning_at_the_date()
    {
        using var site = TestSite.Valid();
        site.Replace(Progress, "year: 2024\n", "year: 2024\npublished: 2025-06-02\n");
        var d = Single("MAP086", Severity.Warning, site, TestClock.Today, Progress, "2025-06-02");
        Assert.Equal("'published' is 2025-06-02, after today (2025-06-01): the site's feed would say the 2024 progress report was published " +
                     "on a day still to come; write the day it was published, or keep the report as a draft ('draft: true') until then", d.Message);
        // On the day itself, it is published.
        Assert.Empty(Of("MAP086", site, "2025-06-02"));
        // A draft report may name the day it is to be published; so may the reports of a draft plan.
        site.Replace(Progress, "published: 2025-06-02\n", "published: 2025-06-02\ndraft: true\n");
        Assert.Empty(Of("MAP086", site, "2025-06-01"));
        site.Replace(Progress, "draft: true\n", "").Replace(PlanFile, "status: released", "status: draft");
        Assert.Empty(Of("MAP086", site, "2025-06-01"));
    }

    [Fact]
    public void MAP086_a_baseline_later_than_a_report_with_a_value_is_a_warning_at_its_year()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "baseline: {value: 120, year: 2023}", "baseline: {value: 120, year: 2025}");
        // A status two steps from the one computed from that baseline: MAP086 alone says what is wrong, not also MAP036.
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 150\n    status: off-track");
        Assert.Empty(Of("MAP036", site, "2026-12-07"));
        var d = Single("MAP086", Severity.Warning, site, "2026-12-07", MeasurementPlan, "2025}");
        Assert.Equal("the baseline of 'trainees' is for 2025, later than the 2024 progress report, which gives a value of it: a baseline is where the " +
                     "indicator stood before the years reported on, and the status computed from it would compare 2024 with 2025; correct the " +
                     "baseline's year, or the year of the report", d.Message);
        // A baseline of the report's own year is not later.
        site.Replace(MeasurementPlan, "year: 2025}", "year: 2024}");
        Assert.Empty(Of("MAP086", site, "2026-12-07"));
    }

    // MAP087: a target of its baseline's year, or earlier (the sample Ramsey County plan had one, 2026-12-07).

    [Fact]
    public void MAP087_a_target_not_after_its_baseline_is_a_warning_at_the_target_s_year()
    {
        using var site = TestSite.Valid();
        site.Replace(MeasurementPlan, "target: {value: 300, year: 2026}", "target: {value: 300, year: 2023}");
        var d = Single("MAP087", Severity.Warning, site, "2025-06-01", MeasurementPlan, "target: {value: 300, year: 2023}", "target: {value: 300, year: ".Length);
        Assert.Equal("the target of 'trainees' is for 2023, the same year as its baseline: a target is where the indicator should stand by a " +
                     "later year, and the status by the numbers expects it in full from the baseline's year; write the year by which the target " +
                     "is to be met (after 2023), or correct the baseline's year", d.Message);
        site.Replace(MeasurementPlan, "year: 2023}\n    target: {value: 300, year: 2023}", "year: 2023}\n    target: {value: 300, year: 2021}");
        Assert.Contains("is for 2021, earlier than its baseline (2023):", Assert.Single(Of("MAP087", site, "2025-06-01")).Message);
        // A target of a later year, as the fixture's, is what the rule asks for.
        site.Replace(MeasurementPlan, "target: {value: 300, year: 2021}", "target: {value: 300, year: 2024}");
        Assert.Empty(Of("MAP087", site, "2025-06-01"));
    }

    /// <summary>One mistake, one diagnostic: progress/2025.md that says 'year: 2024' is MAP040 at its year, not also MAP037 "add
    /// progress/2025.md" nor MAP054 "2025.es.md translates the 2025 report, which this plan does not have" (review3, 2026-12-07).</summary>
    [Fact]
    public void A_report_whose_year_is_not_its_file_name_is_one_error()
    {
        using var site = StaticMap.Tests.Translations.SpanishFixture.Create();
        site.Write(TestSite.Plan + "/progress/2025.md", "---\nyear: 2024\nupdates:\n  - indicator: trainees\n    value: 240\n---\nThe second year.\n");
        site.Write(TestSite.Plan + "/progress/2025.es.md", "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    note: Dos grupos.\n---\nEl segundo año.\n");
        var diagnostics = Check(site, "2026-12-01").Where(d => d.Severity == Severity.Error || d.Code is "MAP037").ToList();
        var d = RuleAssert.Single(diagnostics, "MAP040", site.PositionOf(TestSite.Plan + "/progress/2025.md", "year: 2024", "year: ".Length));
        Assert.StartsWith("'year' is 2024 but the file is plans/test-county/progress/2025.md, and progress/2024.md is already the 2024 report; set 'year: 2025'", d.Message);
    }

    /// <summary>MAP040 does not say to rename progress/2025.md to progress/2024.md when that file is there: it says to correct
    /// the year, or that both files claim 2024 (review3, 2026-12-07).</summary>
    [Fact]
    public void MAP040_does_not_say_to_rename_onto_a_report_that_is_there()
    {
        using var site = StaticMap.Tests.Translations.SpanishFixture.Create();
        Assert.True(site.Exists(TestSite.Plan + "/progress/2024.md"));
        site.Write(TestSite.Plan + "/progress/2025.md", "---\nyear: 2024\nupdates:\n  - indicator: trainees\n    value: 240\n---\nThe second year.\n");
        var d = RuleAssert.Single(Of("MAP040", site, "2026-12-01"), "MAP040", site.PositionOf(TestSite.Plan + "/progress/2025.md", "year: 2024", "year: ".Length));
        Assert.Equal("'year' is 2024 but the file is plans/test-county/progress/2025.md, and progress/2024.md is already the 2024 report; " +
            "set 'year: 2025' (or, if this is another copy of the 2024 report, merge the two into progress/2024.md)", d.Message);
    }

    [Fact]
    public void MAP037_passes_once_the_report_is_there()
    {
        using var site = TestSite.Valid();
        site.Write(TestSite.Plan + "/progress/2025.md", "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    value: 240\n    status: on-track\n---\nThe second year.\n");
        Assert.Empty(Check(site, "2026-12-01"));
    }

    [Fact]
    public void Calendar_due_dates()
    {
        var calendar = new ReportingCalendar(new DateOnly(2026, 12, 1));
        Assert.Equal(new DateOnly(2026, 7, 1), calendar.DueDate(2025));
        Assert.Equal(2025, calendar.LastDueYear);
        Assert.Equal(2024, (calendar with { Today = new DateOnly(2026, 6, 30) }).LastDueYear);
        Assert.Equal(2024, (calendar with { GraceMonths = 12 }).LastDueYear);
    }

    /// <summary>Builds the site and returns the 2024 progress report's row of the indicator.</summary>
    private static AngleSharp.Dom.IElement BuiltUpdateRow(TestSite site, string indicator)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "progress", "2024", "index.html")))
            .QuerySelectorAll(".updates-table tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href")!.Contains(indicator));
    }
}
