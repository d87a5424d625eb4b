using StaticMap.Tests.Support;

namespace StaticMap.Tests.Cli;

/// <summary>staticmap progress &lt;plan-id&gt; &lt;year&gt; as a process: the draft report, its check, and refusals.</summary>
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
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../../schemas/progress.schema.json\nyear: 2025\nupdates:\n", text);
        // Every indicator, with last year's value and status as a comment.
        Assert.Contains("  # People trained (people; baseline 120 in 2023; target 300 by 2026)\n  # 2024: 150, on-track\n  - indicator: trainees\n", text);
        Assert.Contains("  - indicator: staff-hours\n", text);
        Assert.Contains("  - indicator: median-income\n", text);
        // A Mobility Metric indicator gets its value from the data.
        Assert.Matches(@"  - indicator: employment-rate\n    value: [0-9.]+  # Urban Institute, Mobility Metrics, 20\d\d\n", text);
        Assert.Contains("## Early wins\n", text);
        Assert.Contains("## Lessons learned\n", text);
        Assert.Contains("## Changes to strategy\n", text);

        var diagnostics = site.Check();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("MAP090", d.Code));
        Assert.All(diagnostics, d => Assert.Equal(Report, d.Span.Path));
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
