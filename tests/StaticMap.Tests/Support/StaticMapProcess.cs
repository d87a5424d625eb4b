using System.Diagnostics;

namespace StaticMap.Tests.Support;

/// <summary>The staticmap command as users and CI run it: a separate process (the StaticMap.dll built next to the tests).</summary>
public static class StaticMapProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>Runs staticmap with <paramref name="args"/> (and CI=1) to the end: its exit code, standard output and error.</summary>
    public static (int ExitCode, string Out, string Error) Run(params string[] args) => Run(null, args);

    /// <param name="environment">Variables to set for the process (after CI=1, so a test may set CI itself).</param>
    public static (int ExitCode, string Out, string Error) Run(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = StartInfo(args);
        start.Environment["CI"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>()) start.Environment[name] = value;
        return ProcessRunner.Run(start, Limit, string.Join(' ', args));
    }

    /// <summary>How to start staticmap with <paramref name="args"/>, its output redirected, for a process the test drives itself (serve).</summary>
    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "StaticMap.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // The command's own override of today, read at its edge (src/StaticMap), so the fixtures never turn overdue (TestClock).
        start.Environment["STATICMAP_TODAY"] = TestClock.Today;
        start.Environment.Remove("STATICMAP_REPORT_GRACE_MONTHS");
        return start;
    }
}
