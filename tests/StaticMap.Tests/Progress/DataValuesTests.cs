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
        using var site = TestSite.Valid();
        site.Replace(Measurement, Baseline, "baseline: {value: 78, year: 2021}");
        var d = RuleAssert.Single(site, "MAP038", site.PositionOf(Measurement, "78, year"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("'employment-rate': baseline is 78, but the Urban Institute's Mobility Metrics give share_employed for 06001 " +
                     "(Alameda County, California) in 2021 as 0.8044 (as a percent, 80.4); use Urban's value, or leave 'value' out " +
                     "to fill it in from the data", d.Message);
    }

    [Fact]
    public void MAP038_says_when_a_share_was_written_for_a_percent()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, Baseline, "baseline: {value: 0.8044, year: 2021}");
        var d = Assert.Single(site.Check());
        Assert.Equal("MAP038", d.Code);
        Assert.EndsWith("; the indicator's unit is percent, so write Urban's share 0.8044 as 80.4; use Urban's value, or leave 'value' out " +
                        "to fill it in from the data", d.Message);
    }

    [Fact]
    public void MAP038_says_when_a_percent_was_written_for_a_share()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    unit: percent\n    direction: increase\n    baseline: {value: 80.4", "    direction: increase\n    baseline: {value: 80.4");
        var d = Assert.Single(site.Check());
        Assert.Equal("MAP038", d.Code);
        Assert.Contains("; Urban gives share_employed as a share from 0 to 1 and 80.4 looks like a percent: add 'unit: percent' to the indicator or write 0.8044;", d.Message);
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

    [Fact]
    public void MAP039_baseline_left_to_the_data_for_a_year_it_does_not_have()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, Baseline, "baseline: {year: 2012}");
        var d = RuleAssert.Single(site, "MAP039", site.PositionOf(Measurement, "{year: 2012}"));
        Assert.StartsWith("'employment-rate': the baseline has no 'value', and input/data has no value of share_employed for 06001 " +
                          "(Alameda County, California) in 2012 (it has ", d.Message);
    }
}
