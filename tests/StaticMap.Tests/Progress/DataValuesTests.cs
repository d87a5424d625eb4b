using AngleSharp.Html.Parser;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

/// <summary>Indicators with a 'metric' take values from the Mobility Metrics (MAP038, MAP039 when they cannot or disagree).</summary>
public sealed class DataValuesTests
{
    private const string Measurement = TestSite.Plan + "/measurement-plan.md";
    private const string Progress = TestSite.Plan + "/progress/2024.md";
    private const string Baseline = "baseline: {value: 80.4, year: 2021}";

    [Fact]
    public void MAP038_author_baseline_differs_from_Urbans_value()
    {
        var d = RuleAssert.AfterEdit(Measurement, Baseline, "baseline: {value: 78, year: 2021}", "MAP038", "78, year");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("'employment-rate': baseline is 78%, but the Urban Institute's Mobility Metrics give share_employed for 06001 " +
                     "(Alameda County, California) in 2021 as 80.4% (from input/data/mobility.csv, its 2021 row, the value the site shows); " +
                     "write 80.4, or leave 'value' out to fill it in from the data", d.Message);
    }

    /// <summary>An indicator with a 'subgroup' is compared with that group's value, and the message says so: everyone's value of
    /// the same year is another number (review2, 2026-12-07: "give share_employed for 0653000 (Oakland city, California) in 2018 as
    /// 69.8%" where everyone's 2018 value was 82.8%).</summary>
    [Fact]
    public void MAP038_names_the_group_of_an_indicator_with_a_subgroup()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: black,non-hispanic\n");
        site.Replace(Measurement, Baseline, "baseline: {value: 72, year: 2021}");
        var d = RuleAssert.Single(site, "MAP038", site.PositionOf(Measurement, "72, year"));
        Assert.Equal("'employment-rate': baseline is 72%, but the Urban Institute's Mobility Metrics give share_employed of the group " +
                     "'Black, Non-Hispanic' for 06001 (Alameda County, California) in 2021 as 74.9% (from input/data/employment-race-ethnicity.csv, " +
                     "its 2021 row, the value the site shows); write 74.9, or leave 'value' out to fill it in from the data", d.Message);
    }

    /// <summary>A share written as a share is shown as written and as the page writes it, as Urban's is (review3, 2026-12-07:
    /// "baseline is 0.69, but … as 0.671 (67.1%)", where the measurement plan shows "69.0%").</summary>
    [Fact]
    public void MAP038_writes_the_authors_share_as_the_page_does_too()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    unit: percent\n    direction: increase\n    baseline: {value: 80.4", "    direction: increase\n    baseline: {value: 0.79");
        // The other values as shares too (a percent written for a share is MAP096).
        site.Replace(Measurement, "{value: 83, year", "{value: 0.83, year");
        site.Replace(TestSite.Plan + "/progress/2024.md", "value: 80.9", "value: 0.809");
        var d = RuleAssert.Single(site, "MAP038", site.PositionOf(Measurement, "0.79, year"));
        Assert.StartsWith("'employment-rate': baseline is 0.79 (79.0%), but the Urban Institute's Mobility Metrics give share_employed for 06001 " +
                          "(Alameda County, California) in 2021 as 0.804 (80.4%) (from input/data/mobility.csv, its 2021 row, the value the site shows); ", d.Message);
    }

    [Fact]
    public void MAP038_says_when_a_share_was_written_for_a_percent()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, Baseline, "baseline: {value: 0.8044, year: 2021}");
        var d = Assert.Single(site.Check());
        Assert.Equal("MAP038", d.Code);
        Assert.EndsWith("; the indicator's unit is percent, so write Urban's share 0.8044 as 80.4, or leave 'value' out " +
                        "to fill it in from the data", d.Message);
    }

    [Fact]
    public void MAP038_says_when_a_percent_was_written_for_a_share()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    unit: percent\n    direction: increase\n    baseline: {value: 80.4", "    direction: increase\n    baseline: {value: 80.4");
        // The baseline is MAP038's, which compares it with Urban's 2021 value; the target and the 2024 value, of no data year, MAP096's.
        Assert.Equal(["MAP038", "MAP096", "MAP096"], site.Check().Select(x => x.Code));
        var d = Assert.Single(site.Check(), x => x.Code == "MAP038");
        Assert.Contains(" as 0.804 (80.4%) (from input/data/mobility.csv, its 2021 row, the value the site shows); Urban gives share_employed as a share " +
                        "from 0 to 1 and 80.4 looks like a percent: add 'unit: percent' to the indicator, write 0.804, or leave 'value' out", d.Message);
    }

    /// <summary>
    /// Urban's place files 61 (everyone) and 06 (race/ethnicity, an older release) give different everyone values for
    /// Pittsburgh; an author who copied from the other file is told which file and year the site's value comes from, with the
    /// numbers written as the site writes dollars.
    /// </summary>
    [Fact]
    public void MAP038_writes_dollars_as_the_site_does_and_names_the_file_and_year_of_the_value()
    {
        using var site = TestSite.Valid();
        site.Write("input/data/61_income.csv",
            "year,state,county,state_name,county_name,pctl_income_20,pctl_income_20_quality\n2021,06,001,California,Alameda County,15196.455,Strong\n");
        site.Write("input/data/06_income_race-ethnicity.csv",
            "year,state,county,subgroup_type,subgroup,pctl_income_20,pctl_20_quality\n2021,06,001,all,All,14020.5,1\n2021,06,001,race-ethnicity,\"Black, Non-Hispanic\",9021.2,1\n");
        site.Replace(Measurement, "    responsible: County analyst\n    frequency: annual\n---",
            "    responsible: County analyst\n    frequency: annual\n    metric: pctl_income_20\n    baseline: {value: 14020.5, year: 2021}\n---");
        var d = RuleAssert.Single(site, "MAP038", site.PositionOf(Measurement, "14020.5, year"));
        Assert.Equal("'median-income': baseline is $14,020.5, but the Urban Institute's Mobility Metrics give pctl_income_20 for 06001 " +
                     "(Alameda County, California) in 2021 as $15,196 (from input/data/61_income.csv, its 2021 row, the value the site shows); " +
                     "write 15196, or leave 'value' out to fill it in from the data", d.Message);
        site.Replace(Measurement, "14020.5, year", "15196, year");
        Assert.DoesNotContain(site.Check(), x => x.Code == "MAP038");
    }

    [Fact]
    public void Rounding_to_the_decimals_written_is_not_a_difference()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, Baseline, "baseline: {value: 80, year: 2021}");
        Assert.Empty(site.Check());
    }

    [Fact]
    public void Baseline_and_update_without_value_are_filled_in_from_the_data_with_their_source()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, Baseline, "baseline: {year: 2021}");
        site.Replace(Progress, "  - indicator: employment-rate\n    value: 80.9\n", "  - indicator: employment-rate\n");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var parser = new HtmlParser();
        var plan = parser.ParseDocument(site.Read("_site/test-county/measurement-plan/index.html"));
        var row = plan.QuerySelector("#sm-indicator-employment-rate")!;
        Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Trim() == "80.4% (2021); Urban Institute, Mobility Metrics, 2021");
        var progress = parser.ParseDocument(site.Read("_site/test-county/progress/2024/index.html"));
        var update = progress.QuerySelectorAll(".updates-table tbody tr").Single(r => r.TextContent.Contains("Employment rate"));
        Assert.Equal("Urban Institute, Mobility Metrics, 2021", update.QuerySelector(".value-source")!.TextContent);
        Assert.StartsWith("80.4%", update.Children[2].TextContent.Trim());
    }

    /// <summary>A unit written with a capital ("Percent") is a percent unit: Urban's share is shown as 80.4%, never as "0.8%"
    /// (review10, 2026-12-07: the formatter read "Percent" as percent but the share was not scaled, so 20.7% read "0.21%").</summary>
    [Theory]
    [InlineData("Percent")]
    [InlineData("percentage")]
    [InlineData(" % ")]
    public void A_percent_unit_in_any_case_shows_Urbans_share_in_percent(string unit)
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    unit: percent\n    direction: increase\n    " + Baseline,
            $"    unit: \"{unit}\"\n    direction: increase\n    baseline: {{year: 2021}}");
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var plan = new HtmlParser().ParseDocument(site.Read("_site/test-county/measurement-plan/index.html"));
        var row = plan.QuerySelector("#sm-indicator-employment-rate")!;
        Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Trim() == "80.4% (2021); Urban Institute, Mobility Metrics, 2021");
        Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Trim() == "83% (2027)");
    }

    /// <summary>MAP096: a share's indicator without 'unit: percent' whose target (or a value of a year Urban has not) is more than 1
    /// (review10, 2026-12-07: a city's target of 88 for the employment rate was shown as "8,800.0% (2028)", its status "Off track").</summary>
    [Fact]
    public void MAP096_a_percent_written_for_a_share_is_a_warning_at_the_value()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    unit: percent\n    direction: increase\n    " + Baseline, "    direction: increase\n    baseline: {year: 2021}");
        var found = site.Check().Where(d => d.Code == "MAP096").ToList();
        Assert.Equal(2, found.Count);
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(site.PositionOf(Measurement, "83, year"), found[0].Span);
        Assert.Equal("'employment-rate': the target is 83, but share_employed is a share from 0 to 1 and the indicator has no 'unit: percent', " +
                     "so 83 would be shown as 8,300.0%; add 'unit: percent' to the indicator and write its values in percent (83), or write " +
                     "the share (0.83)", found[0].Message);
        // A report's value of a year Urban has not (2024) is this rule's; one of a year Urban has is MAP038's.
        Assert.Equal(site.PositionOf(Progress, "80.9"), found[1].Span);
        Assert.StartsWith("'employment-rate': the 2024 value is 80.9, but share_employed is a share from 0 to 1", found[1].Message);
        site.Replace(Measurement, "{value: 83, year", "{value: 0.83, year");
        site.Replace(Progress, "value: 80.9", "value: 0.809");
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP096");
    }

    /// <summary>MAP096 the other way round: an indicator in percent with a value under 1 where its other values are percents
    /// (review12, 2026-12-08: a 2025 value of 0.79 beside Urban's 75.9% was shown as "0.79%", its computed status "Off track").</summary>
    [Fact]
    public void MAP096_a_share_written_for_a_percent_is_a_warning_at_the_value()
    {
        using var site = TestSite.Valid();
        site.Replace(Progress, "value: 80.9", "value: 0.809");
        var d = Assert.Single(site.Check(), x => x.Code == "MAP096");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(site.PositionOf(Progress, "0.809"), d.Span);
        Assert.Equal("'employment-rate': the 2024 value is 0.809, but the indicator has 'unit: percent', so it would be shown as 0.809% beside " +
                     "the indicator's other values, which are percents (Urban's 80.4% in 2021); 0.809 looks like a share: write it in percent (80.9)", d.Message);
        // So is a target written as a share; a percent really under 1, among small numbers, is not.
        site.Replace(Progress, "value: 0.809", "value: 80.9");
        site.Replace(Measurement, "{value: 83, year", "{value: 0.83, year");
        Assert.StartsWith("'employment-rate': the target is 0.83, but the indicator has 'unit: percent'",
            Assert.Single(site.Check(), x => x.Code == "MAP096").Message);
        site.Replace(Measurement, "{value: 0.83, year", "{value: 83, year");
        Assert.DoesNotContain(site.Check(), x => x.Code == "MAP096");
    }

    [Fact]
    public void MAP039_baseline_left_to_the_data_for_a_year_it_does_not_have()
    {
        var d = RuleAssert.AfterEdit(Measurement, Baseline, "baseline: {year: 2012}", "MAP039", "{year: 2012}");
        Assert.StartsWith("'employment-rate': the baseline has no 'value', and input/data has no value of share_employed for 06001 " +
                          "(Alameda County, California) in 2012 (it has ", d.Message);
    }

    /// <summary>With a 'subgroup', MAP039 names the group: everyone's values are other numbers, of other years (review12,
    /// 2026-12-08: "no value of share_employed for 2758000 … in 2021" for a group the data do not have, where everyone's 2021
    /// value is there).</summary>
    [Fact]
    public void MAP039_names_the_group_of_an_indicator_with_a_subgroup()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: black,non-hispanic\n");
        site.Replace(Measurement, Baseline, "baseline: {year: 2012}");
        var d = RuleAssert.Single(site, "MAP039", site.PositionOf(Measurement, "{year: 2012}"));
        Assert.StartsWith("'employment-rate': the baseline has no 'value', and input/data has no value of share_employed of the group " +
                          "'black,non-hispanic' for 06001 (Alameda County, California) in 2012", d.Message);
    }
}
