using System.Diagnostics;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Packaging;

/// <summary>
/// bench/run end to end on a tiny corpus, as CI runs it: the script still generates a corpus that passes 'check',
/// builds it with StaticMap and with hugo + pagefind, measures both and prints its table. Not a timing assertion:
/// the figures of a 2-plan corpus on a shared runner mean nothing; that the benchmark still runs does.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BenchmarkSmokeTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "staticmap-bench-smoke-" + Guid.NewGuid().ToString("N"));

    [SkippableFact]
    public void Bench_run_measures_staticmap_and_hugo_with_pagefind_on_a_small_corpus()
    {
        MissingTool.Require(MissingTool.OnPath("hugo") is not null, "bench/run compares StaticMap with Hugo: install it (Debian: apt-get install hugo).");
        MissingTool.Require(MissingTool.OnPath("python3") is not null, "bench/run samples process trees with python3: install it (Debian: apt-get install python3).");
        // The test's own build of the CLI (beside this assembly), not a ReadyToRun publish: the smoke test stays short.
        var dll = Path.Combine(AppContext.BaseDirectory, "StaticMap.dll");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Repository.Root };
        foreach (var arg in new[] { Path.Combine(Repository.Root, "bench", "run"), "--plans", "2", "--runs", "1", "--no-serve", "--staticmap", dll })
            start.ArgumentList.Add(arg);
        start.Environment["STATICMAP_BENCH_OUT"] = _out;
        var (code, output, error) = ProcessRunner.Run(start, TimeSpan.FromMinutes(10), "bench/run took more than 10 minutes on 2 plans");

        Assert.True(code == 0, $"bench/run exited with {code}:\n{output}\n{error}");
        Assert.Contains("5 plans, 0 errors", output);
        Assert.Matches(@"\| staticmap +\| +[0-9.]+ \|", output);
        Assert.Matches(@"\| hugo\+pagefind +\| +[0-9.]+ \|", output);
        Assert.Contains("search: indexed with Pagefind", output);
        Assert.Contains("ratio StaticMap / (hugo && pagefind), wall:", output);
        Assert.Single(File.ReadAllLines(Path.Combine(_out, "results.log")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}
