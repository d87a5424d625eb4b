using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.StaticMapProcess;

namespace StaticMap.Tests.Cli;

/// <summary>The annual-update options and commands as a process: --today, --report-grace-months, progress.</summary>
[Trait("Category", "Slow")]
public class AnnualCliTests
{
    [Fact]
    public void Check_with_today_past_the_grace_date_warns_and_exits_0()
    {
        using var site = TestSite.Valid();
        var (code, output, _) = Run("check", "--root", site.Root, "--today", "2026-07-01");
        Assert.Equal(0, code);
        var lines = output.Trim().Split('\n');
        Assert.StartsWith("plans/test-county/plan.yml(7,9): warning MAP037: the plan is released but has no progress report for 2025, due by 2026-07-01", lines[0]);
        Assert.Matches(@"^1 plan, 0 errors, 1 warning in ", lines[^1]);
    }

    [Fact]
    public void Grace_months_and_the_environment_variable()
    {
        using var site = TestSite.Valid();
        var (code, output, _) = Run("check", "--root", site.Root, "--today", "2026-07-01", "--report-grace-months", "9");
        Assert.Equal(0, code);
        Assert.DoesNotContain("MAP037", output);
        (code, output, _) = Run(new Dictionary<string, string?> { ["STATICMAP_TODAY"] = "2026-12-01" }, "check", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("warning MAP037", output);
    }

    [Fact]
    public void An_invalid_today_is_a_usage_error()
    {
        using var site = TestSite.Valid();
        var (code, _, error) = Run("build", "--root", site.Root, "--today", "1 July 2026");
        Assert.Equal(2, code);
        Assert.Equal("staticmap: --today '1 July 2026' is not a date; write it year-month-day, e.g. --today 2027-07-01", error.Trim());
    }
}
