using System.Text.RegularExpressions;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.StaticMapProcess;

namespace StaticMap.Tests.Cli;

/// <summary>
/// The start-up warm-up (src/StaticMap/StartupWarmUp.cs) parses a built-in front matter and narrative on a second thread
/// while the real plans are read and parsed: what a check says must not depend on it.
/// </summary>
[Trait("Category", "Slow")]
public class StartupWarmUpTests
{
    [Fact]
    public void Check_says_the_same_with_and_without_the_warm_up()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "status: released", "status: publishd");
        var without = Run(new Dictionary<string, string?> { ["STATICMAP_WARMUP"] = "0" }, "check", "--root", site.Root);
        var with = Run(new Dictionary<string, string?> { ["STATICMAP_WARMUP"] = "1" }, "check", "--root", site.Root);

        Assert.Equal(1, without.ExitCode);
        Assert.Equal(1, with.ExitCode);
        Assert.Equal("plans/test-county/plan.yml(7,9): error MAP014: 'status' is 'publishd', which is not allowed; use one of: draft, released",
            with.Out.Split('\n')[0]);
        Assert.Equal(Timeless(without.Out), Timeless(with.Out));
        Assert.Equal(Timeless(without.Error), Timeless(with.Error));
    }

    /// <summary>The summary's "in 0.9 s" differs from run to run.</summary>
    private static string Timeless(string text) => Regex.Replace(text, @" in \d+(\.\d+)? s\b", " in N s");
}
