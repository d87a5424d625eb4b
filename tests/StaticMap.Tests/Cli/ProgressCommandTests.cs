using StaticMap.Tests.Support;

namespace StaticMap.Tests.Cli;

/// <summary>staticmap progress &lt;plan-id&gt; &lt;year&gt; as a process: the draft report, its check, and refusals.</summary>
[Trait("Category", "Slow")]
public class ProgressCommandTests
{
    private const string Report = TestSite.Plan + "/progress/2025.md";

    [Fact]
    public void Writes_next_years_report_that_checks_with_placeholder_warnings_only()
    {
        using var site = TestSite.Valid();
        var (code, output, error) = StaticMapProcess.Run("progress", "test-county", "2025", "--root", site.Root);
        Assert.True(code == 0, error);
        Assert.StartsWith("Created plans/test-county/progress/2025.md", output);
        var text = site.Read(Report);
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../../schemas/progress.schema.json\nyear: 2025\n" +
                          "draft: true # remove this line when the report is ready to publish\nupdates:\n", text);
        // Every indicator, with last year's value and status as a comment.
        Assert.Contains("  # People trained (people; baseline 120 in 2023; target 300 by 2026)\n  # 2024: 150, on-track\n  - indicator: trainees\n", text);
        Assert.Contains("  - indicator: staff-hours\n", text);
        Assert.Contains("  - indicator: median-income\n", text);
        // A Mobility Metric indicator's value is a reference to the data, filled in at build with its data year, never a typed number;
        // no status is carried over from last year.
        Assert.Contains("  - indicator: employment-rate\n" +
                        "    # value: left out, filled in at build from Urban Institute, Mobility Metrics, 2021 (the latest data: 80.4% in 2021)\n" +
                        "    # status: left out, computed from the numbers at build; coalition: set status (not-started, on-track, at-risk, off-track or achieved) where you judge otherwise\n", text);
        Assert.DoesNotMatch(@"\n +value:", text);
        Assert.DoesNotMatch(@"\n +status:", text);
        Assert.Contains("## Early wins\n", text);
        Assert.Contains("## Lessons learned\n", text);
        Assert.Contains("## Changes to strategy\n", text);

        var diagnostics = site.Check();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("MAP090", d.Code));
        Assert.All(diagnostics, d => Assert.Equal(Report, d.Span.Path));
    }

    /// <summary>A value from the data in the draft's comments is written as the site writes it in the indicator's unit: a share
    /// ('unit: proportion') of 0.804 is "80.4%", as the progress page beside it says, not "0.804" (fixes9, 2026-12-07: "0.71 in
    /// 2021"). The coalition's own values are quoted as it typed them.</summary>
    [Fact]
    public void Values_from_the_data_in_the_draft_s_comments_are_written_as_the_site_writes_them()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/measurement-plan.md",
            "    unit: percent\n    direction: increase\n    baseline: {value: 80.4, year: 2021}\n    target: {value: 83, year: 2027}\n",
            "    unit: proportion\n    direction: increase\n    baseline: {value: 0.804, year: 2021}\n    target: {value: 0.83, year: 2027}\n");
        site.Replace(TestSite.Plan + "/progress/2024.md", "  - indicator: employment-rate\n    value: 80.9\n", "  - indicator: employment-rate\n");
        var (code, _, error) = StaticMapProcess.Run("progress", "test-county", "2025", "--root", site.Root);
        Assert.True(code == 0, error);
        var text = site.Read(Report);
        Assert.Contains("  # 2024: 80.4%, at-risk (Urban Institute, Mobility Metrics, 2021)\n  - indicator: employment-rate\n" +
                        "    # value: left out, filled in at build from Urban Institute, Mobility Metrics, 2021 (the latest data: 80.4% in 2021); " +
                        "no newer data than the 2024 report's, and the page says so\n", text);
        Assert.Contains("  # 2024: 150, on-track\n  - indicator: trainees\n", text);
    }

    [Fact]
    public void A_translated_plan_gets_the_draft_of_the_reports_translation_too()
    {
        using var site = TestSite.Valid();
        var (newCode, _, newError) = StaticMapProcess.Run("new", "boone-county", "--name", "Boone County", "--state", "MO", "--fips", "29019",
            "--translations", "es", "--root", site.Root);
        Assert.True(newCode == 0, newError);
        var (code, output, error) = StaticMapProcess.Run("progress", "boone-county", "2025", "--root", site.Root);
        Assert.True(code == 0, error);
        Assert.Contains("plans/boone-county/progress/2025.es.md", output);
        var spanish = site.Read("plans/boone-county/progress/2025.es.md");
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../../schemas/progress-translation.schema.json\nyear: 2025\n" +
                          "draft: true # borre esta línea cuando el informe esté listo para publicarse\n", spanish);
        Assert.Contains("## Logros tempranos\n", spanish);
        Assert.DoesNotContain(site.Check(), d => d.IsError);
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_report()
    {
        using var site = TestSite.Valid();
        var before = site.Read(TestSite.Plan + "/progress/2024.md");
        var (code, _, error) = StaticMapProcess.Run("progress", "test-county", "2024", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Equal("staticmap: plans/test-county/progress/2024.md already exists; edit it, or delete it first to start again (nothing was written)", error.Trim());
        Assert.Equal(before, site.Read(TestSite.Plan + "/progress/2024.md"));
    }

    [Fact]
    public void Unknown_plan_is_a_usage_error()
    {
        using var site = TestSite.Valid();
        var (code, _, error) = StaticMapProcess.Run("progress", "test-countyy", "2025", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Equal("staticmap: there is no plan 'test-countyy' in plans/; the plans are test-county", error.Trim());
    }
}
