using StaticMap.Tests.Hostile;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

/// <summary>An indicator that follows a metric and has no 'unit' is written as the findings page writes the metric: a share
/// in percent, an income in dollars; never "0.73" beside a chart that says 72.5%.</summary>
public sealed class MetricUnitTests
{
    private const string Measurement = TestSite.Plan + "/measurement-plan.md";
    private const string Progress = TestSite.Plan + "/progress/2024.md";

    [Fact]
    public void A_share_metric_without_a_unit_is_written_in_percent_on_the_measurement_plan_and_the_progress_report()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    unit: percent\n    direction: increase\n    baseline: {value: 80.4, year: 2021}\n    target: {value: 83, year: 2027}",
                "    direction: increase\n    baseline: {value: 0.804, year: 2021}\n    target: {value: 0.83, year: 2027}")
            .Replace(Progress, "    value: 80.9\n", "");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var plan = HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html");
        var row = plan.QuerySelector("#sm-indicator-employment-rate")!.TextContent;
        Assert.Contains("80.4% (2021)", row);
        Assert.Contains("83.0% (2027)", row);
        Assert.DoesNotContain("0.8", row);

        var report = HostileAssert.Page(site.Output, "test-county/progress/2024/index.html").Body!.TextContent;
        Assert.Contains("Employment rate: 80.4% in 2021, against a baseline of 80.4% in 2021; the target is 83.0% by 2027.", report);
    }

    [Fact]
    public void An_income_metric_without_a_unit_is_written_in_dollars()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    frequency: annual\n---", "    frequency: annual\n    metric: pctl_income_20\n    target: {value: 30000, year: 2027}\n---");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var row = HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html").QuerySelector("#sm-indicator-median-income")!.TextContent;
        Assert.True(row.Contains("$30,000 (2027)"), row);
    }

    [Fact]
    public void A_unit_written_as_the_catalog_writes_it_US_dollars_is_dollars()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    frequency: annual\n---", "    frequency: annual\n    unit: US dollars\n    target: {value: 3000000, year: 2027}\n---");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var row = HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html").QuerySelector("#sm-indicator-median-income")!.TextContent;
        Assert.True(row.Contains("$3 million (2027)"), row);
        Assert.DoesNotContain("US dollars", row);
    }

    /// <summary>Urban's affordable-housing ratios are units per household, which the findings chart writes per 100 households:
    /// the measurement plan and the progress report write them the same way, never "0.81" (review9, 2026-12-07).</summary>
    [Fact]
    public void A_units_per_household_metric_without_a_unit_is_written_per_100_households()
    {
        using var site = TestSite.Valid();
        site.Replace(Measurement, "    frequency: annual\n---",
            "    frequency: annual\n    metric: share_affordable_available_50_ami\n    baseline: {value: 0.81, year: 2023}\n    target: {value: 0.95, year: 2027}\n---");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var row = HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html").QuerySelector("#sm-indicator-median-income")!.TextContent;
        Assert.Contains("81 per 100 households (2023)", row);
        Assert.Contains("95 per 100 households (2027)", row);
        Assert.DoesNotContain("0.81", row);
    }
}
