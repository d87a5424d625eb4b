using System.Diagnostics;

namespace StaticMap.Core.Pipeline;

/// <summary>
/// With STATICMAP_TIMINGS=1, a build or check prints to standard error when each stage started and how long it took, in
/// milliseconds since the process started (so the runtime's own start-up shows as the first mark), with the process's CPU
/// time so far, and on a line of its own its memory. For measuring start-up (bench/startup, docs/performance.md); off, it costs one environment look-up.
/// </summary>
public sealed class StartupTimings : IStageObserver
{
    private static readonly bool On = Environment.GetEnvironmentVariable("STATICMAP_TIMINGS") == "1";
    private static readonly DateTime ProcessStart = On ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    private StartupTimings() { }

    /// <summary>An observer when STATICMAP_TIMINGS=1, else null. With STATICMAP_MEMORY_SAMPLES=1 too, a timer prints a
    /// <c>sample:</c> line whenever the resident memory reaches a new peak (by 8 MiB), saying what it is made of.</summary>
    public static IStageObserver? FromEnvironment()
    {
        if (!On) return null;
        if (Environment.GetEnvironmentVariable("STATICMAP_MEMORY_SAMPLES") == "1") s_sampler ??= new Timer(_ => Sample(), null, 0, 200);
        return new StartupTimings();
    }

    private static Timer? s_sampler;
    private static long s_sampledPeak;

    /// <summary>The resident memory split into anonymous (the heap, the collector's and native memory) and file-backed (code)
    /// pages, beside what the collector has committed and what its heap holds, at each new peak.</summary>
    private static void Sample()
    {
        try
        {
            long anon = 0, file = 0, rss = 0;
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kib(line);
                else if (line.StartsWith("RssFile:", StringComparison.Ordinal)) file = Kib(line);
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line);
            }
            if (rss < s_sampledPeak + (8 << 10)) return;
            s_sampledPeak = rss;
            var info = GC.GetGCMemoryInfo(GCKind.Any);
            const double MiB = 1 << 20;
            Console.Error.WriteLine($"sample:  rss {rss / 1024,5} MiB  anon {anon / 1024,5}  file {file / 1024,4}  gc committed {info.TotalCommittedBytes / MiB,5:0}  " +
                $"heap after last gc {info.HeapSizeBytes / MiB,5:0}  fragmented {info.FragmentedBytes / MiB,4:0}  allocated now {GC.GetTotalMemory(false) / MiB,5:0}  " +
                $"gen2 {GC.CollectionCount(2)}  threads {Process.GetCurrentProcess().Threads.Count}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }

        static long Kib(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }

    /// <summary>Prints one mark ("main", "command parsed", …) when STATICMAP_TIMINGS=1.</summary>
    public static void Mark(string what)
    {
        if (!On) return;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime.TotalMilliseconds;
        var jit = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        Console.Error.WriteLine($"timings: {(DateTime.UtcNow - ProcessStart).TotalMilliseconds,6:0} ms  cpu {cpu,5:0} ms  jit {jit,5:0} ms {methods,5} methods  gc {GC.CollectionCount(0)}  {what}");
        // A line of its own, so that readers of the line above (bench/run) are not disturbed: the managed heap (live and
        // garbage not yet collected), the resident memory now and at its peak, and the full collections so far.
        const double MiB = 1 << 20;
        Console.Error.WriteLine($"memory:  heap {GC.GetTotalMemory(false) / MiB,5:0} MiB  resident {process.WorkingSet64 / MiB,5:0} MiB  peak {process.PeakWorkingSet64 / MiB,5:0} MiB  gen2 {GC.CollectionCount(2)}  {what}");
        // On a loaded machine the wall time above is mostly waiting for a CPU: Linux counts, per thread, the time it was
        // ready to run and queued. The milliseconds since the start less the calling thread's queued time is about what an
        // idle machine would take (at most: a wait for another thread that was itself queued still counts).
        // And the time it ran: with work on other threads (the warm-up, the theme), an idle machine's wall time is at least
        // the larger of this and half the process's CPU time on two cores.
        if (SchedulerMilliseconds() is { } sched)
            Console.Error.WriteLine($"sched:   queued {sched.Queued,6:0} ms  on this thread, waiting for a CPU; ran {sched.Ran,6:0} ms  {what}");
    }

    /// <summary>The calling thread's time waiting in the run queue and running (Linux, /proc/thread-self/schedstat), or null.</summary>
    private static (double Queued, double Ran)? SchedulerMilliseconds()
    {
        try
        {
            var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
            return fields.Length >= 2 && long.TryParse(fields[0], out var ran) && long.TryParse(fields[1], out var queued)
                ? (queued / 1e6, ran / 1e6)
                : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Starting(string stage) => Mark(stage);

    public void Finished(string stage, TimeSpan elapsed) => Mark($"{stage} done in {elapsed.TotalMilliseconds:0} ms");
}
