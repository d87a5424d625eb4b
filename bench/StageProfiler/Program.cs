using System.Diagnostics;
using System.Globalization;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;
using StaticMap.Core.Writing;

namespace StaticMap.Bench.StageProfiler;

/// <summary>
/// Runs StaticMap.Core's build through its BuildPipeline, timing each stage as the pipeline runs it (IStageObserver), and prints wall time,
/// CPU time, allocations and the managed heap after each stage. With --detail the observer also asks for the steps inside
/// the stages (every validation rule, every page template); with --serve it times the preview's rebuilds stage by stage.
/// It is only ever an observer of the one run: it never calls a stage itself.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        string? root = null, output = null;
        var detail = false;
        var serve = false;
        var repeat = 1;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--root": root = args[++i]; break;
                case "--output": output = args[++i]; break;
                case "--detail": detail = true; break;
                case "--serve": serve = true; break;
                case "--repeat": repeat = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine("usage: StageProfiler --root CORPUS --output DIR [--detail | --serve] [--repeat N]");
                    return 2;
            }
        }
        if (root is null || output is null)
        {
            Console.Error.WriteLine("usage: StageProfiler --root CORPUS --output DIR [--detail | --serve] [--repeat N]");
            return 2;
        }
        root = Path.GetFullPath(root);
        output = Path.GetFullPath(output);
        Console.WriteLine($"StageProfiler: {root} -> {output}, {Environment.ProcessorCount} cores, GC server={System.Runtime.GCSettings.IsServerGC}");
        for (var run = 1; run <= repeat; run++)
        {
            Console.WriteLine();
            Console.WriteLine(repeat > 1 ? $"run {run} of {repeat}{(run == 1 ? " (cold: includes JIT)" : "")}" : "run 1 (cold: includes JIT)");
            // Moved aside, not deleted: creating files soon after deleting many is slow on ext4 (it skips recently
            // freed inodes), which would charge the previous run's clean-up to this run's write stage.
            if (Directory.Exists(output)) Directory.Move(output, $"{output}.old-{Environment.ProcessId}-{run}");
            var ok = serve ? Serve(root) : detail ? Detailed(root, output) : Stages(root, output);
            if (!ok) return 1;
        }
        var parent = Path.GetDirectoryName(output)!;
        foreach (var old in Directory.EnumerateDirectories(parent, Path.GetFileName(output) + ".old-*")) Directory.Delete(old, recursive: true);
        return 0;
    }

    /// <summary>One build through <see cref="BuildPipeline"/>, each stage timed as the pipeline runs it.</summary>
    private static PipelineRun? Build(string root, string outputPath, StageTimer t)
    {
        var target = OutputGuard.Check(outputPath, root, out var refusal);
        if (target is null)
        {
            Console.Error.WriteLine($"output: {refusal}");
            return null;
        }
        var run = new BuildPipeline(root, new SiteOptions(false, null, false), observer: t).Run(Changes.Everything, new OutputFolderTarget(target, outputPath, search: false));
        t.Print($"{run.Plans} plans, {run.Pages} pages");
        return run;
    }

    /// <summary>The stages as the pipeline runs them.</summary>
    private static bool Stages(string root, string outputPath) =>
        Build(root, outputPath, new StageTimer()) is { } run && Report(run.Diagnostics);

    /// <summary>
    /// The stages as the pipeline runs them, and inside them what the pipeline tells an observer that asks for steps: each
    /// plan rule (validate) and each page template (render), summed over the run. Nothing is run outside the build.
    /// </summary>
    private static bool Detailed(string root, string outputPath)
    {
        var t = new StageTimer { ObservesSteps = true };
        if (Build(root, outputPath, t) is not { } run || !Report(run.Diagnostics)) return false;
        var live = LiveMb();
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"live managed heap after the build (the site model held: YAML trees, Markdown ASTs, typed plans; after a full GC, outside the timings): {live:F0} MB"));
        var rules = t.Steps(StageNames.Validate);
        Console.WriteLine();
        Console.WriteLine("validation rules, slowest first (thread time summed over all plans, so the total exceeds the stage's wall time):");
        foreach (var (rule, elapsed) in rules.OrderByDescending(r => r.Value).Take(12))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {elapsed.TotalMilliseconds,9:F0} ms  {rule}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rules.Values.Sum(r => r.TotalMilliseconds),9:F0} ms  all {rules.Count} plan rules"));
        var templates = t.Steps(StageNames.Render);
        Console.WriteLine();
        Console.WriteLine("page templates (thread time summed over both cores, so the total exceeds the stage's wall time; page models are built outside these times):");
        foreach (var (template, elapsed) in templates.OrderByDescending(x => x.Value))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {elapsed.TotalMilliseconds,9:F0} ms  {template}"));
        return true;
    }

    private static double LiveMb()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
    }

    private static string Kind(string path)
    {
        var parts = path.Split('/');
        if (parts.Length >= 3 && parts[1] == "downloads")
            return parts[2].StartsWith("progress-", StringComparison.Ordinal) ? "<plan>/downloads/progress-*.csv" : "<plan>/downloads/<metric>-*.csv";
        return parts.Length >= 2 ? "<plan>/" + parts[^1] : parts[0];
    }

    /// <summary>
    /// The preview server's rebuild after one edit, in process: no file watcher, no HTTP, so this is the floor under
    /// bench/run's edit-to-reload figure. Edits one plan's findings.md (a narrative component), progress/2025.md (a
    /// progress report) and plan.yml (a comment appended), six times each (the first warms up), and restores them.
    /// </summary>
    private static bool Serve(string root)
    {
        var observer = new RebuildTimes();
        var preview = new StaticMap.Core.Preview.PreviewSite(root, observer: observer);
        var clock = Stopwatch.StartNew();
        var first = preview.Rebuild();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {clock.Elapsed.TotalMilliseconds,8:F0} ms  first full build in memory ({first.Result.Pages} pages, {preview.Site.Count} files); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
        if (!first.Result.Succeeded) return Report(first.Result.Diagnostics);
        var plans = Directory.EnumerateDirectories(Path.Combine(root, "plans")).Order(StringComparer.Ordinal).ToList();
        var plan = plans.FirstOrDefault(p => Path.GetFileName(p).StartsWith("synthetic-", StringComparison.Ordinal)) ?? plans[0];
        foreach (var (name, edit) in new (string, Func<int, string>)[]
                 {
                     ("findings.md", n => $"\nProfiler edit {n}.\n"),
                     ("progress/2025.md", n => $"\nProfiler edit {n}.\n"),
                     ("plan.yml", n => $"\n# Profiler edit {n}\n"),
                 })
        {
            var relative = $"plans/{Path.GetFileName(plan)}/{name}";
            var file = Path.Combine(root, relative);
            if (!File.Exists(file)) continue;
            Console.WriteLine();
            Console.WriteLine($"edits of {relative}:");
            observer.Clear();
            var original = File.ReadAllText(file);
            var times = new List<double>();
            var cpus = new List<double>();
            try
            {
                for (var n = 0; n <= 5; n++)
                {
                    File.AppendAllText(file, edit(n));
                    var pause = GC.GetTotalPauseDuration();
                    var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                    var allocated = GC.GetTotalAllocatedBytes();
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                    clock.Restart();
                    var update = preview.Rebuild([relative]);
                    var ms = clock.Elapsed.TotalMilliseconds;
                    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                    if (n > 0) { times.Add(ms); cpus.Add(cpuMs); }
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {ms,8:F0} ms  edit {n}{(n == 0 ? " (warm-up)" : "")}: CPU {cpuMs:F0} ms, rebuilt {update.Scope}, {update.Result.Pages} pages; " +
                        $"GC paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms (gen0/1/2: {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}), " +
                        $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MB"));
                }
            }
            finally
            {
                File.WriteAllText(file, original);
                preview.Rebuild([relative]);
            }
            times.Sort();
            cpus.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {times[times.Count / 2],8:F0} ms  median rebuild after one edit (edits 1-5), CPU {cpus[cpus.Count / 2]:F0} ms"));
            // What one plan's rebuild consists of: the stages of the same rebuilds as the pipeline ran them (its observer).
            Console.WriteLine("  stage by stage (median of edits 1-5, wall ms):");
            foreach (var (stage, list) in observer.Times)
            {
                var warm = list.Skip(1).Take(5).Order().ToList();
                if (warm.Count > 0) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {warm[warm.Count / 2],8:F1} ms  {stage}"));
            }
        }
        return true;
    }

    private static bool Report(IEnumerable<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.IsError).ToList();
        foreach (var d in errors.Take(5)) Console.Error.WriteLine(d);
        return errors.Count == 0;
    }

    private static bool Report(DiagnosticBag diagnostics)
    {
        var errors = diagnostics.ToSortedList().Where(d => d.IsError).ToList();
        foreach (var d in errors.Take(5)) Console.Error.WriteLine(d);
        if (errors.Count > 0) Console.Error.WriteLine($"{errors.Count} errors: the corpus is not valid, stopping");
        return errors.Count == 0;
    }
}

/// <summary>Wall time, CPU time, allocations and heap size per stage.</summary>
public sealed class StageTimer : IStageObserver
{
    private readonly Dictionary<string, Dictionary<string, TimeSpan>> _steps = [];

    /// <summary>Whether the pipeline is asked for each rule's and template's time (--detail).</summary>
    public bool ObservesSteps { get; init; }

    public void Step(string stage, string step, TimeSpan elapsed)
    {
        if (!_steps.TryGetValue(stage, out var steps)) _steps[stage] = steps = [];
        steps[step] = steps.GetValueOrDefault(step) + elapsed;
    }

    /// <summary>The steps the pipeline reported inside <paramref name="stage"/>: rule or template, and its time.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Steps(string stage) => _steps.GetValueOrDefault(stage) ?? [];

    private readonly List<(string Name, double WallMs, double CpuMs, double AllocMb, double HeapMb, int Gen2, double GcMs, long Jitted, double JitMs)> _rows = [];
    private readonly List<(string Name, double WallMs, double CpuMs, double AllocMb, double HeapMb, int Gen2, double GcMs, long Jitted, double JitMs)> _parts = [];
    private readonly Stack<(TimeSpan Cpu, long Alloc, int Gen2, TimeSpan Paused, long Jitted, TimeSpan JitTime, Stopwatch Clock)> _started = new();

    public void Starting(string stage)
    {
        var process = Process.GetCurrentProcess();
        _started.Push((process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: false), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
            System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime(), Stopwatch.StartNew()));
    }

    public void Finished(string stage, TimeSpan elapsed)
    {
        var (cpu, alloc, gen2, paused, jitted, jitTime, clock) = _started.Pop();
        var wall = clock.Elapsed.TotalMilliseconds;
        var process = Process.GetCurrentProcess();
        // A part of a stage (the static files inside render) is listed under it, indented, and not counted twice in the total.
        var nested = _started.Count > 0;
        var row = (nested ? "  of which " + stage : stage, wall, (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: false) - alloc) / 1048576.0, GC.GetTotalMemory(false) / 1048576.0,
            GC.CollectionCount(2) - gen2, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount() - jitted,
            (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds);
        if (nested)
        {
            _parts.Add(row);
            return;
        }
        _rows.Add(row);
        _rows.AddRange(_parts);
        _parts.Clear();
    }

    public T Time<T>(string name, Func<T> stage)
    {
        Starting(name);
        var clock = Stopwatch.StartNew();
        var result = stage();
        Finished(name, clock.Elapsed);
        return result;
    }

    public void Time(string name, Action stage) => Time(name, () => { stage(); return 0; });

    public void Print(string summary)
    {
        var process = Process.GetCurrentProcess();
        var stages = _rows.Where(r => !r.Name.StartsWith(' ')).ToList();
        var total = stages.Sum(r => r.WallMs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"wall ms",8} {"share",6} {"cpu ms",8} {"alloc MB",9} {"heap MB",8} {"gen2",4} {"GC ms",6} {"jitted",7} {"jit ms",7}  stage"));
        foreach (var r in _rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {r.WallMs,8:F0} {r.WallMs / total,6:P0} {r.CpuMs,8:F0} {r.AllocMb,9:F0} {r.HeapMb,8:F0} {r.Gen2,4} {r.GcMs,6:F0} {r.Jitted,7} {r.JitMs,7:F0}  {r.Name}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {total,8:F0} {"",6} {stages.Sum(r => r.CpuMs),8:F0} {stages.Sum(r => r.AllocMb),9:F0}  {"",8} {"",4} {stages.Sum(r => r.GcMs),6:F0} {stages.Sum(r => r.Jitted),7} {stages.Sum(r => r.JitMs),7:F0}  total: {summary}; peak working set {process.PeakWorkingSet64 / 1048576} MiB"));
    }
}

/// <summary>Each stage's wall time in every rebuild of the preview, in the order the pipeline ran them.</summary>
public sealed class RebuildTimes : IStageObserver
{
    public Dictionary<string, List<double>> Times { get; } = [];

    public void Clear()
    {
        lock (Times) Times.Clear();
    }

    public void Starting(string stage)
    {
    }

    public void Finished(string stage, TimeSpan elapsed)
    {
        if (!Times.TryGetValue(stage, out var list)) Times[stage] = list = [];
        list.Add(elapsed.TotalMilliseconds);
    }
}
