using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Parsing;
using StaticMap.Core.Reading;
using StaticMap.Core.Reading.Yaml;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Core.Validation;
using StaticMap.Core.Writing;

namespace StaticMap.Bench.StageProfiler;

/// <summary>
/// Runs StaticMap.Core's build through its BuildPipeline, timing each stage as the pipeline runs it (IStageObserver), and prints wall time,
/// CPU time, allocations and the managed heap after each stage. With --detail it also splits parsing into reading,
/// YAML and Markdown, times every validation rule and every page template, and separates rendering from writing.
/// The stages are public API of StaticMap.Core; nothing here changes how they work.
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
        t.Print($"{run.Site.Site.Plans.Length} plans, {run.Pages} pages");
        return run;
    }

    /// <summary>The stages as the pipeline runs them.</summary>
    private static bool Stages(string root, string outputPath) =>
        Build(root, outputPath, new StageTimer()) is { } run && Report(run.Diagnostics);

    /// <summary>The stages as the pipeline runs them, then parsing, validation and rendering each split further (outside the build).</summary>
    private static bool Detailed(string root, string outputPath)
    {
        if (Build(root, outputPath, new StageTimer()) is not { } run || !Report(run.Diagnostics)) return false;
        var live = new List<(string When, double Mb)> { ("after the build (the site model held: YAML trees, Markdown ASTs, typed plans)", LiveMb()) };
        Console.WriteLine();
        Console.WriteLine("the parse, validate and render stages split further:");
        var t = new StageTimer();
        var diagnostics = new DiagnosticBag();
        var (layout, site, metrics, links, _) = run.Site;
        var markdownFiles = layout.Plans.SelectMany(p => p.ComponentFiles.Concat(p.ProgressFiles)).Concat(layout.InputPages).ToList();
        var yamlFiles = layout.Plans.Where(p => p.PlanYml is not null).Select(p => p.PlanYml!).ToList();

        // The parse stage's parts, each over every file, in parallel as SiteParser runs them.
        var texts = t.Time($"parse/a: read + UTF-8 decode {markdownFiles.Count + yamlFiles.Count} files", () =>
            markdownFiles.Concat(yamlFiles).AsParallel()
                .Select(f => (Path: f, Text: TextFileReader.Read(layout, f, TextFileReader.MaxPlanTextBytes, diagnostics)?.Text ?? ""))
                .ToList());
        var split = t.Time("parse/b: split front matter", () =>
            texts.AsParallel().Select(x => (x.Path, Split: x.Path.EndsWith(".md", StringComparison.Ordinal) && FrontMatterSplitter.TrySplit(x.Text, out var fm) == FrontMatterSplitter.Outcome.Split ? fm : new FrontMatter(x.Text, 1, "", 1))).ToList());
        t.Time("parse/c: YAML (YamlLoader.Load)", () =>
            split.AsParallel().ForAll(x => YamlLoader.Load(x.Split!.Yaml, x.Path, x.Split.YamlFirstLine, diagnostics)));
        t.Time("parse/d: Markdown (MarkdownParser.Parse)", () =>
            split.AsParallel().ForAll(x => MarkdownParser.Parse(x.Path, x.Split!.Body, x.Split.BodyFirstLine)));
        texts = null;
        split = null;

        var validation = new ValidationContext(site, links, metrics, new HashSet<string>(StringComparer.Ordinal));
        var ruleTimes = new List<(string Rule, double Ms)>();
        var planRules = run.Site.Options.Kinds.Rules.PlanRules;
        t.Time($"validate: {planRules.Count} plan rules, one at a time over all plans", () =>
        {
            foreach (var rule in planRules)
            {
                var clock = Stopwatch.StartNew();
                Parallel.ForEach(site.Plans, plan => rule.Check(plan, validation, diagnostics));
                ruleTimes.Add((rule.GetType().Name, clock.Elapsed.TotalMilliseconds));
            }
        });
        var theme = t.Time("render: load theme", () => BuildPipeline.LoadTheme(root, null, diagnostics))!;
        var context = run.Site.RenderContext();
        var parts = context.PlansInScope.Select(context.PlanPart).Prepend(context.SiteWidePart()).ToList();
        var view = SiteRenderer.View(context);
        // Page models, HTML and generated files, part by part as SiteRenderer.Write runs them, but timed per template
        // and rendered into a sink that keeps only the byte count (so this is render cost without the disk).
        var templateTimes = new ConcurrentDictionary<string, (long Ticks, int Pages, long Bytes)>();
        var fileTimes = new ConcurrentDictionary<string, (long Ticks, int Files, long Bytes)>();
        var pageCount = 0;
        t.Time($"render: {parts.Count} parts (site-wide + one per plan), pages and files, into a counting sink (no disk)", () =>
            Parallel.ForEach(parts, part =>
            {
                var sink = new CountingOutput();
                foreach (var page in SiteRenderer.Pages(part))
                {
                    var before = sink.Bytes;
                    var clock = Stopwatch.StartNew();
                    SiteRenderer.RenderPage(page, view, theme, sink, diagnostics);
                    var ticks = clock.ElapsedTicks;
                    Interlocked.Increment(ref pageCount);
                    templateTimes.AddOrUpdate($"{page.Template} ({page.Layout.PageKind})", (ticks, 1, sink.Bytes - before),
                        (_, v) => (v.Ticks + ticks, v.Pages + 1, v.Bytes + sink.Bytes - before));
                }
                var fileClock = Stopwatch.StartNew();
                foreach (var file in SiteRenderer.Files(part))
                {
                    var ticks = fileClock.ElapsedTicks;
                    var before = sink.Bytes;
                    file.WriteTo(sink);
                    var bytes = sink.Bytes - before;
                    fileTimes.AddOrUpdate(Kind(file.Path), (ticks, 1, bytes),
                        (_, v) => (v.Ticks + ticks, v.Files + 1, v.Bytes + bytes));
                    fileClock.Restart();
                }
            }));
        parts = null;
        live.Add(("after rendering every part (parts let go)", LiveMb()));

        t.Print($"{site.Plans.Length} plans, {pageCount} pages");
        Console.WriteLine();
        Console.WriteLine("live managed heap (after a full GC, outside the timings):");
        foreach (var (when, mb) in live) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {mb,7:F0} MB  {when}"));
        Console.WriteLine();
        Console.WriteLine("validation rules, slowest first (each run over all plans, in parallel):");
        foreach (var (rule, ms) in ruleTimes.OrderByDescending(r => r.Ms).Take(12))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {ms,9:F0} ms  {rule}"));
        Console.WriteLine($"  {ruleTimes.Sum(r => r.Ms),9:F0} ms  all {ruleTimes.Count} rules");

        Console.WriteLine();
        Console.WriteLine("page templates (thread time summed over both cores, so the total exceeds the stage's wall time):");
        foreach (var (template, v) in templateTimes.OrderByDescending(x => x.Value.Ticks))
        {
            var ms = v.Ticks * 1000.0 / Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {ms,9:F0} ms  {v.Pages,6} pages  {ms / v.Pages,7:F2} ms/page  {v.Bytes / v.Pages / 1024,5} KiB/page  {template}"));
        }
        Console.WriteLine();
        Console.WriteLine("generated files by kind (time to generate, summed over threads):");
        foreach (var (kind, v) in fileTimes.OrderByDescending(x => x.Value.Ticks))
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {v.Ticks * 1000.0 / Stopwatch.Frequency,9:F0} ms  {v.Files,7} files  {v.Bytes / 1024,8} KiB  {kind}"));
        return Report(diagnostics);
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
    /// bench/run's edit-to-reload figure. Edits one plan's findings.md six times (the first warms up) and restores it.
    /// </summary>
    private static bool Serve(string root)
    {
        var preview = new StaticMap.Core.Preview.PreviewSite(root);
        var clock = Stopwatch.StartNew();
        var first = preview.Rebuild();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {clock.Elapsed.TotalMilliseconds,8:F0} ms  first full build in memory ({first.Result.Pages} pages, {preview.Site.Count} files); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB"));
        if (!first.Result.Succeeded) return Report(first.Result.Diagnostics);
        var plans = Directory.EnumerateDirectories(Path.Combine(root, "plans")).Order(StringComparer.Ordinal).ToList();
        var plan = plans.FirstOrDefault(p => Path.GetFileName(p).StartsWith("synthetic-", StringComparison.Ordinal)) ?? plans[0];
        var relative = $"plans/{Path.GetFileName(plan)}/findings.md";
        var file = Path.Combine(root, relative);
        var original = File.ReadAllText(file);
        var times = new List<double>();
        try
        {
            for (var n = 0; n <= 5; n++)
            {
                File.AppendAllText(file, $"\nProfiler edit {n}.\n");
                var pause = GC.GetTotalPauseDuration();
                var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var allocated = GC.GetTotalAllocatedBytes();
                clock.Restart();
                var update = preview.Rebuild([relative]);
                var ms = clock.Elapsed.TotalMilliseconds;
                if (n > 0) times.Add(ms);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {ms,8:F0} ms  edit {n}{(n == 0 ? " (warm-up)" : "")}: rebuilt {update.Scope}, {update.Result.Pages} pages; " +
                    $"GC paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms (gen0/1/2: {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}), " +
                    $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MB"));
            }
        }
        finally
        {
            File.WriteAllText(file, original);
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {times[times.Count / 2],8:F0} ms  median rebuild after one edit (edits 1-5)"));
        preview = null;
        GC.Collect();

        // What one plan's rebuild consists of, warm, with the public pieces PreviewSite uses (its own code is private).
        Console.WriteLine();
        Console.WriteLine("the same rebuild piece by piece (warm, median of 5, one plan in scope):");
        var diagnostics = new DiagnosticBag();
        var validated = SiteBuilder.Validate(root, new SiteOptions(true, null, true), diagnostics);
        var theme = BuildPipeline.LoadTheme(root, null, diagnostics)!;
        var id = Path.GetFileName(plan);
        var onePlan = validated.Site.Plans.Single(p => p.Id == id);
        var scope = new HashSet<string>(StringComparer.Ordinal) { id };
        var pieces = new Dictionary<string, List<double>>();
        void Piece(string name, Action action)
        {
            var c = Stopwatch.StartNew();
            action();
            if (!pieces.TryGetValue(name, out var list)) pieces[name] = list = [];
            list.Add(c.Elapsed.TotalMilliseconds);
        }
        for (var n = 0; n < 6; n++)
        {
            Piece("re-read and parse the plan (PlanParser.Parse)", () => PlanParser.Parse(validated.Layout, validated.Layout.Plans.Single(p => p.Id == id), new DiagnosticBag(), validated.Options.Components));
            Piece("link table over all plans (BuildPipeline.Links)", () => _ = BuildPipeline.Links(validated.Site, validated.Layout));
            Piece("validate the plan (every plan rule)", () =>
            {
                var context = new ValidationContext(validated.Site, validated.Links, validated.Metrics);
                foreach (var rule in validated.Options.Kinds.Rules.PlanRules) rule.Check(onePlan, context, new DiagnosticBag());
            });
            var render = validated.RenderContext(scope);
            var view = SiteRenderer.View(render);
            var sink = new CountingOutput();
            foreach (var part in render.PlansInScope.Select(render.PlanPart))
            {
                var pages = new List<Page>();
                Piece("page models in scope (SiteRenderer.Pages)", () => pages = [.. SiteRenderer.Pages(part)]);
                Piece($"render {pages.Count,2} pages of the plan", () => pages.ForEach(page => SiteRenderer.RenderPage(page, view, theme, sink, new DiagnosticBag())));
                Piece("generated files of the plan (plan.json, CSVs)", () => SiteRenderer.Files(part).ToList());
            }
            Piece("site-wide pages and files (home, search, feed, sitemap)", () =>
            {
                var whole = validated.RenderContext();
                var part = whole.SiteWidePart();
                foreach (var page in SiteRenderer.Pages(part)) SiteRenderer.RenderPage(page, view, theme, sink, new DiagnosticBag());
                SiteRenderer.Files(part).ToList();
            });
            var site = new StaticMap.Core.Preview.MemorySite();
            for (var i = 0; i < 40_000; i++) site.WriteText($"plan-{i % 1000}/file-{i}.html", "");
            Piece("copy a 40,000-file MemorySite (new MemorySite(previous))", () => _ = new StaticMap.Core.Preview.MemorySite(site));
        }
        foreach (var (name, list) in pieces)
        {
            var warm = list.Skip(1).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {warm[warm.Count / 2],8:F1} ms  {name}"));
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

/// <summary>An output that keeps nothing but the number of bytes written to it.</summary>
public sealed class CountingOutput : ISiteOutput
{
    public long Bytes;
    public void WriteText(string relativePath, string content) => Bytes += content.Length;
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content) => Bytes += content.Length;
    public void CopyFile(SourceFile source, string relativePath) { }
}

/// <summary>Wall time, CPU time, allocations and heap size per stage.</summary>
public sealed class StageTimer : IStageObserver
{
    private readonly List<(string Name, double WallMs, double CpuMs, double AllocMb, double HeapMb, int Gen2, double GcMs, long Jitted, double JitMs)> _rows = [];
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
        _rows.Add((stage, wall, (process.TotalProcessorTime - cpu).TotalMilliseconds,
            (GC.GetTotalAllocatedBytes(precise: false) - alloc) / 1048576.0, GC.GetTotalMemory(false) / 1048576.0,
            GC.CollectionCount(2) - gen2, (GC.GetTotalPauseDuration() - paused).TotalMilliseconds, System.Runtime.JitInfo.GetCompiledMethodCount() - jitted,
            (System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds));
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
        var total = _rows.Sum(r => r.WallMs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {"wall ms",8} {"share",6} {"cpu ms",8} {"alloc MB",9} {"heap MB",8} {"gen2",4} {"GC ms",6} {"jitted",7} {"jit ms",7}  stage"));
        foreach (var r in _rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {r.WallMs,8:F0} {r.WallMs / total,6:P0} {r.CpuMs,8:F0} {r.AllocMb,9:F0} {r.HeapMb,8:F0} {r.Gen2,4} {r.GcMs,6:F0} {r.Jitted,7} {r.JitMs,7:F0}  {r.Name}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {total,8:F0} {"",6} {_rows.Sum(r => r.CpuMs),8:F0} {_rows.Sum(r => r.AllocMb),9:F0}  {"",8} {"",4} {_rows.Sum(r => r.GcMs),6:F0} {_rows.Sum(r => r.Jitted),7} {_rows.Sum(r => r.JitMs),7:F0}  total: {summary}; peak working set {process.PeakWorkingSet64 / 1048576} MiB"));
    }
}
