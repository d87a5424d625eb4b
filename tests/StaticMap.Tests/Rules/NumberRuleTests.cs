using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Hostile;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Rules;

/// <summary>
/// Numbers and dates as authors write them (MAP042–MAP045, MAP013): each case of the probe gives exactly one
/// diagnostic, at the value or cell, with the fix; plain numbers build and are shown as the numbers they are.
/// </summary>
public class NumberRuleTests
{
    private const string PlanYml = Plan + "/plan.yml";
    private const string Findings = Plan + "/findings.md";
    private const string Measurement = Plan + "/measurement-plan.md";
    private const string Progress = Plan + "/progress/2024.md";
    private const string Csv = Plan + "/data/jobs-program.csv";

    // MAP042 in YAML

    [Theory]
    [InlineData("\"1,5\"", "write 1.5 with a decimal point")]
    [InlineData("1,5", "write 1.5 with a decimal point")]
    [InlineData("1,500", "write 1500 without the comma")]
    [InlineData(".nan", "'.nan' means \"not a number\"; write the value in digits, e.g. 12.5, or leave 'value' out when there is none")]
    [InlineData(".inf", "'.inf' means infinity; write the value in digits, e.g. 12.5, or leave 'value' out when there is none")]
    [InlineData("1e309", "it has more than 15 digits before the decimal point, more than any measured value; check it for a typo")]
    [InlineData("0x10", "it is written in hexadecimal; write it in decimal digits: 16")]
    [InlineData("about half", "write a plain number such as 12.5, -3 or 44043 (words belong in the narrative), or leave 'value' out when there is none")]
    // The update's indicator ('trainees') has 'unit: people': the fix says to change it (review9, 2026-12-07).
    [InlineData("45%", "write 45 and change 'unit: people' to 'unit: percent' (the site adds the % sign)")]
    [InlineData("\"$1,5\"", "write 1.5 and change 'unit: people' to 'unit: dollars' (the site adds the $ sign)")]
    [InlineData("true", "write a plain number such as 12.5, -3 or 44043 (words belong in the narrative), or leave 'value' out when there is none")]
    // Millions as budgets are written (review8, 2026-12-07: '$1.8 million' got only the generic fix).
    [InlineData("$1.8 million", "write 1800000 and change 'unit: people' to 'unit: dollars' (the site adds the $ sign)")]
    [InlineData("\"$2.5M\"", "write 2500000 and change 'unit: people' to 'unit: dollars' (the site adds the $ sign)")]
    [InlineData("1.2 million", "write 1200000, with all its digits")]
    [InlineData("40k", "write 40000, with all its digits")]
    [InlineData("3 billion", "write 3000000000, with all its digits")]
    [InlineData("1.8 millionaires", "write a plain number such as 12.5, -3 or 44043 (words belong in the narrative), or leave 'value' out when there is none")]
    public void MAP042_progress_value_that_is_not_a_plain_number(string written, string fix)
    {
        using var site = Valid();
        site.Replace(Progress, "value: 150", "value: " + written);
        var d = RuleAssert.Single(site, "MAP042", site.PositionOf(Progress, "value: " + written, "value: ".Length));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal($"'updates[1].value' is '{written.Trim('"')}', which is not a plain number; {fix}", d.Message);
    }

    [Fact]
    public void MAP042_a_comma_in_braces_is_one_diagnostic_about_the_number_not_an_unknown_field()
    {
        var d = RuleAssert.AfterEdit(Measurement, "baseline: {value: 120, year: 2023}", "baseline: {value: 1,500, year: 2023}", "MAP042", "1,500");
        Assert.Equal("'indicators[2].baseline.value' is '1,500', which is not a plain number; write 1500 without the comma", d.Message);
    }

    [Fact]
    public void MAP042_a_decimal_comma_in_a_flow_progress_update()
    {
        using var site = Valid();
        site.Replace(Progress, "  - indicator: trainees\n    value: 150\n    status: on-track\n    note: Two cohorts completed.\n",
            "  - {indicator: trainees, value: 1,5, status: on-track}\n");
        var d = RuleAssert.Single(site, "MAP042", site.PositionOf(Progress, "1,5"));
        Assert.EndsWith("write 1.5 with a decimal point", d.Message);
    }

    /// <summary>The fix of a value written with its sign is true for the indicator: "set 'unit: dollars'" only where no unit is
    /// set, nothing to set where the unit already adds the sign (review9, 2026-12-07: "set 'unit: dollars'" to an indicator in
    /// dollars), the unit to change where it is another.</summary>
    [Fact]
    public void MAP042_target_in_percent_of_an_indicator_in_percent_says_only_to_drop_the_sign()
    {
        var d = RuleAssert.AfterEdit(Measurement, "target: {value: 83, year: 2027}", "target: {value: 83%, year: 2027}", "MAP042", "83%");
        Assert.Equal("'indicators[3].target.value' is '83%', which is not a plain number; write 83 without the % sign ('unit: percent' already adds it)", d.Message);
    }

    [Theory]
    [InlineData("    unit: dollars\n", "write 41000 without the $ sign ('unit: dollars' already adds it)")]
    [InlineData("    unit: US dollars\n", "write 41000 without the $ sign ('unit: US dollars' already adds it)")]
    [InlineData("", "write 41000 and set 'unit: dollars' (the site adds the $ sign)")]
    [InlineData("    unit: households\n", "write 41000 and change 'unit: households' to 'unit: dollars' (the site adds the $ sign)")]
    public void MAP042_a_baseline_in_dollars_says_what_is_missing(string unit, string fix)
    {
        using var site = Valid();
        site.Replace(Measurement, "    responsible: County analyst\n    frequency: annual\n---",
            $"    responsible: County analyst\n    frequency: annual\n{unit}    baseline: {{value: \"$41,000\", year: 2021}}\n---");
        var d = RuleAssert.Single(site, "MAP042", site.PositionOf(Measurement, "\"$41,000\""));
        Assert.Equal($"'indicators[4].baseline.value' is '$41,000', which is not a plain number; {fix}", d.Message);
    }

    [Fact]
    public void MAP042_a_progress_value_in_dollars_of_an_indicator_in_dollars_says_only_to_drop_the_sign()
    {
        using var site = Valid();
        site.Replace(Measurement, "    unit: people\n", "    unit: dollars\n")
            .Replace(Progress, "value: 150", "value: $150");
        var d = RuleAssert.Single(site, "MAP042", site.PositionOf(Progress, "$150"));
        Assert.Equal("'updates[1].value' is '$150', which is not a plain number; write 150 without the $ sign ('unit: dollars' already adds it)", d.Message);
    }

    [Fact]
    public void MAP042_a_progress_value_of_an_indicator_the_plan_does_not_have_names_the_unit_that_adds_the_sign()
    {
        using var site = Valid();
        site.Replace(Progress, "  - indicator: trainees\n    value: 150\n", "  - indicator: trainee\n    value: 45%\n");
        var d = site.Check().Single(x => x.Code == "MAP042");
        Assert.Equal(site.PositionOf(Progress, "45%"), d.Span);
        Assert.Equal("'updates[1].value' is '45%', which is not a plain number; write 45 without the % sign (the site adds it to values whose unit is percent)", d.Message);
    }

    [Fact]
    public void MAP042_a_baseline_that_is_not_a_number_says_to_leave_the_baseline_out()
    {
        var d = RuleAssert.AfterEdit(Measurement, "baseline: {value: 120, year: 2023}", "baseline: {value: .nan, year: 2023}", "MAP042", ".nan");
        Assert.Equal("'indicators[2].baseline.value' is '.nan', which is not a plain number; '.nan' means \"not a number\"; " +
                     "write the value in digits, e.g. 12.5, or leave out 'baseline' when there is none", d.Message);
    }

    [Fact]
    public void MAP042_fails_the_build_and_leaves_the_output_alone()
    {
        using var site = Valid();
        site.Replace(Progress, "value: 150", "value: .nan");
        HostileAssert.FailsWith(site, "MAP042", site.PositionOf(Progress, ".nan"));
    }

    // Plain numbers build, and what is shown is the parsed number

    [Fact]
    public void Plain_numbers_build_and_are_shown_as_parsed()
    {
        using var site = Valid();
        site.Replace(Measurement, "baseline: {value: 120, year: 2023}", "baseline: {value: 0, year: 2023}")
            .Replace(Measurement, "target: {value: 300, year: 2026}", "target: {value: \"44043\", year: 2026}")
            .Replace(Measurement, "baseline: {value: 80.4, year: 2021}", "baseline: {value: 80.40, year: 2021}")
            .Replace(Measurement, "target: {value: 83, year: 2027}", "target: {value: 0.32, year: 2027}")
            .Replace(Progress, "value: 150", "value: -3")
            .Replace(Progress, "value: 80.9", "value: 12.5");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // These numbers are far from the statuses reported (MAP036), and a target of 0.32 in percent beside Urban's 80.4% looks
        // like a share (MAP096, review12); no other diagnostic.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is not ("MAP036" or "MAP094" or "MAP096"));
        var plan = HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html").Body!.TextContent;
        Assert.Contains("0 people (2023)", plan);
        Assert.Contains("44,043 people (2026)", plan);
        Assert.Contains("80.4% (2021)", plan);
        Assert.DoesNotContain("80.40", plan);
        var progress = HostileAssert.Page(site.Output, "test-county/progress/2024/index.html").Body!.TextContent;
        Assert.Contains("-3 people", progress);
        Assert.Contains("12.5%", progress);
    }

    // MAP013: dates and years

    [Fact]
    public void MAP013_a_date_that_is_not_on_the_calendar()
    {
        var d = RuleAssert.AfterEdit(PlanYml, "released: 2024-05-01", "released: 2024-02-30", "MAP013", "2024-02-30");
        Assert.Equal("'released' is '2024-02-30', which is not a date (February 2024 has 29 days); write it as YYYY-MM-DD, e.g. 2024-03-15", d.Message);
    }

    /// <summary>A date written the American way is given back as YYYY-MM-DD, its own year (review12, 2026-12-08: '03/15/2025'
    /// was told "e.g. 2024-03-15", a year off); a day and month that could be either are given both ways.</summary>
    [Theory]
    [InlineData("03/15/2025", "2025-03-15")]
    [InlineData("3/15/2025", "2025-03-15")]
    [InlineData("2025/03/15", "2025-03-15")]
    [InlineData("04/03/2025", "2025-04-03 (April 3) or 2025-03-04 (March 4)")]
    [InlineData("02/30/2025", "2024-03-15")]
    public void MAP013_a_date_written_with_slashes_is_given_back_as_YYYY_MM_DD(string written, string example)
    {
        var d = RuleAssert.AfterEdit(PlanYml, "released: 2024-05-01", $"released: {written}", "MAP013", written);
        Assert.Equal($"'released' is '{written}', which is not a date; write it as YYYY-MM-DD, e.g. {example}", d.Message);
    }

    [Fact]
    public void MAP013_a_date_before_1900()
    {
        var d = RuleAssert.AfterEdit(PlanYml, "released: 2024-05-01", "released: 0024-05-01", "MAP013", "0024-05-01");
        Assert.Equal("'released' is '0024-05-01', which is a date outside 1900–2100; check its year for a typo, e.g. 2024-03-15", d.Message);
    }

    [Fact]
    public void MAP013_a_baseline_year_out_of_range()
    {
        var d = RuleAssert.AfterEdit(Measurement, "baseline: {value: 120, year: 2023}", "baseline: {value: 120, year: 2203}", "MAP013", "2203");
        Assert.Equal("'indicators[2].baseline.year' is '2203', which is a year outside 1900–2100; check it for a typo, e.g. 2024", d.Message);
    }

    [Fact]
    public void MAP013_a_progress_year_that_is_not_a_year()
    {
        var d = RuleAssert.AfterEdit(Progress, "year: 2024", "year: 2024.0", "MAP013", "2024.0");
        Assert.Equal("'year' is '2024.0', which is not a year; write four digits, e.g. 2024", d.Message);
    }

    [Theory]
    [InlineData("FY21", "'FY21' in column 'year' is not a year; write four digits, e.g. 2021")]
    [InlineData("2203", "'2203' in column 'year' is a year outside 1900–2100; check it for a typo, e.g. 2021")]
    [InlineData("2022.0", "'2022.0' in column 'year' is not a year; write four digits, e.g. 2021")]
    public void MAP013_a_local_csv_year_that_is_not_a_year(string year, string message)
    {
        using var site = Valid();
        site.Replace(Csv, "2022,75", year + ",75");
        var d = RuleAssert.Single(site, "MAP013", new SourceSpan(Csv, 3, 1));
        Assert.Equal(message, d.Message);
    }

    // MAP042 in a local CSV

    [Theory]
    [InlineData("value", "year,value,lb,ub\n2021,40,30,50\n2022,\"1,5\",1,2\n", 6, "'1,5' in column 'value' is not a plain number; write 1.5 with a decimal point")]
    [InlineData("value", "year,value\n2021,40\n2022,.inf\n", 6, "'.inf' in column 'value' is not a plain number; '.inf' means infinity; write the value in digits, e.g. 12.5, or leave the cell empty (or write NA) when there is none")]
    [InlineData("lb", "year,value,lb,ub\n2021,40,30,50\n2022,75,0x10,80\n", 9, "'0x10' in column 'lb' is not a plain number; it is written in hexadecimal; write it in decimal digits: 16")]
    [InlineData("ub", "year,value,lb,ub\n2021,40,30,50\n2022,75,70,1e309\n", 12, "'1e309' in column 'ub' is not a plain number; it has more than 15 digits before the decimal point, more than any measured value; check it for a typo")]
    public void MAP042_a_local_csv_cell_that_is_not_a_plain_number(string column, string csv, int at, string message)
    {
        using var site = Valid();
        site.Write(Csv, csv);
        var d = RuleAssert.Single(site, "MAP042", new SourceSpan(Csv, 3, at));
        Assert.Equal(message, d.Message);
        Assert.Contains($"'{column}'", d.Message);
    }

    // MAP043

    [Fact]
    public void MAP043_a_lower_bound_above_the_upper_bound_is_not_swapped()
    {
        using var site = Valid();
        site.Write(Csv, "year,value,lb,ub\n2021,40,30,50\n2022,75,80,70\n2023,120,100,130\n");
        var d = RuleAssert.Single(site, "MAP043", new SourceSpan(Csv, 3, 9));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("lb 80 is above ub 70; the row is shown without its interval. Swap them if they are the wrong way round", d.Message);
        Assert.True(site.Build().Succeeded);
        var csv = File.ReadAllText(Path.Combine(site.Output, "test-county", "downloads", "jobs-program-trend.csv"));
        Assert.Contains("2022,75,,,", csv);
        Assert.DoesNotContain("70,80", csv);
    }

    [Theory]
    [InlineData("2022,75,80,90", "value 75 is below its lower bound lb 80 (interval 80 to 90); check the value and the bounds, which must be in the same unit")]
    [InlineData("2022,75,60,70.5", "value 75 is above its upper bound ub 70.5 (interval 60 to 70.5); check the value and the bounds, which must be in the same unit")]
    [InlineData("2022,75,,70", "value 75 is above its upper bound ub 70; check the value and the bounds, which must be in the same unit")]
    public void MAP043_a_value_outside_its_interval(string row, string message)
    {
        using var site = Valid();
        site.Write(Csv, "year,value,lb,ub\n2021,40,30,50\n" + row + "\n");
        var d = RuleAssert.Single(site, "MAP043", new SourceSpan(Csv, 3, 6));
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void MAP043_accepts_values_on_their_bounds_and_negative_bounds()
    {
        using var site = Valid();
        site.Write(Csv, "year,value,lb,ub\n2021,40,40,50\n2022,-3,-5,-3\n2023,0,-1.5,2\n");
        Assert.Empty(site.Check());
    }

    // MAP044 and MAP045

    private static string Groups(int groups, int fromYear = 1900, int toYear = 2100)
    {
        var csv = new StringBuilder("year,value,subgroup_type,subgroup\n");
        for (var g = 0; g < groups; g++)
        for (var y = fromYear; y <= toYear; y++)
            csv.Append(y).Append(",1,race-ethnicity,Group ").Append(g).Append('\n');
        return csv.ToString();
    }

    [Fact]
    public void MAP044_a_chart_with_more_rows_than_a_reader_can_use()
    {
        using var site = Valid();
        site.Write(Csv, Groups(3));
        site.Replace(Findings, "    label: Youth jobs program placements\n", "    label: Youth jobs program placements\n    subgroups: [race-ethnicity]\n");
        var d = RuleAssert.Single(site, "MAP044", site.PositionOf(Findings, "data/jobs-program.csv"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the chart by race-ethnicity of jobs-program would have 603 rows in its data table, more than the 500 a reader can use; " +
                     "remove race-ethnicity from 'subgroups', or chart fewer groups or years", d.Message);
    }

    [Fact]
    public void MAP044_is_quiet_for_rows_no_chart_shows()
    {
        using var site = Valid();
        site.Write(Csv, Groups(3));
        Assert.Empty(site.Check());
    }

    [Fact]
    public void MAP045_a_local_file_too_large_to_chart_is_refused()
    {
        using var site = Valid();
        site.Write(Csv, Groups(100));
        var d = RuleAssert.Single(site, "MAP045", new SourceSpan(Csv, 20_002, 1));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.StartsWith("plans/test-county/data/jobs-program.csv has more than 20,000 rows, too many to chart", d.Message);
    }
}
