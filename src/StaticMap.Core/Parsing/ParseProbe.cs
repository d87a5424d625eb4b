using System.Runtime.InteropServices;

namespace StaticMap.Core.Parsing;

/// <summary>
/// With STATICMAP_TIMINGS=1, the parse stage's CPU time split by part (each thread's own CPU time, clock_gettime's
/// CLOCK_THREAD_CPUTIME_ID on Linux, so a loaded machine does not inflate it; summed over the threads that parse plans): reading files, splitting front matter, YAML, Markdig, the narratives' inventories, the Markdown record (the texts hashed and looked up), translations, the
/// typed model (the rest). Off, each part costs one static read.
/// </summary>
internal static class ParseProbe
{
    public static readonly bool On = Environment.GetEnvironmentVariable("STATICMAP_TIMINGS") == "1";

    public enum Part { Read, Split, Yaml, Markdig, Inventory, Record, Translations, Plan, Count }

    private static readonly long[] Ticks = new long[(int)Part.Count];

    public static long Start() => On ? ThreadCpuNanoseconds() : 0;

    public static void Stop(Part part, long started)
    {
        if (On) Interlocked.Add(ref Ticks[(int)part], ThreadCpuNanoseconds() - started);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>This thread's CPU time (Linux); elsewhere the wall clock.</summary>
    private static long ThreadCpuNanoseconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(3, out var t) == 0) return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        return System.Diagnostics.Stopwatch.GetTimestamp() * (1_000_000_000 / System.Diagnostics.Stopwatch.Frequency);
    }

    /// <summary>The parts so far, one line, and zeroed.</summary>
    public static void Print()
    {
        if (!On) return;
        var parts = Enum.GetValues<Part>().Where(p => p != Part.Count)
            .Select(p => $"{p.ToString().ToLowerInvariant()} {Interlocked.Exchange(ref Ticks[(int)p], 0) / 1e6:0}");
        Console.Error.WriteLine("parse parts (thread CPU ms, summed over threads): " + string.Join("  ", parts));
    }
}
