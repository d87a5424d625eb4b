using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline.Stages;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;

namespace StaticMap.Core.Pipeline;

/// <summary>What one run of the pipeline did.</summary>
/// <param name="Site">The site as read, parsed and validated; null after <see cref="BuildPipeline.RunOnce"/>, which lets go of it
/// before the commit, and when the run stopped before validation.</param>
/// <param name="Plans">The number of plans of the validated site.</param>
/// <param name="Pages">The pages written; 0 when nothing was written.</param>
/// <param name="Written">Whether the target now holds a new site.</param>
/// <param name="Scope">What was written: "everything", the plan ids that changed, or "nothing".</param>
public sealed record PipelineRun(IReadOnlyList<Diagnostic> Diagnostics, ValidatedSite? Site, int Plans, int Pages, bool Written, string Scope)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The build: a loop over its stages, and the only place their order is written. <see cref="Run"/> is the one entry:
/// a build passes <see cref="Changes.Everything"/>, the preview the paths it saw change, and each stage does again only
/// what those changes touch (its cache, <see cref="IStage.Invalidate"/>). Without a target, or with an error, the run
/// stops after validation (the render stage declines).
/// </summary>
public sealed class BuildPipeline
{
    private readonly string _root;
    private readonly IStageObserver? _observer;
    private readonly ReadStage _read;
    private readonly ParseStage _parse;
    private readonly IReadOnlyList<IStage> _stages;

    /// <param name="options">The build's options, with the registry its caller built (<see cref="SiteOptions.Registry"/>); without one, StaticMap's own (<see cref="StaticMapBuilder.Default"/>).</param>
    /// <param name="themeFolder">The theme to use; null for the repository's theme/, or StaticMap's own when it has none.</param>
    /// <param name="observer">Told when each stage starts and finishes, and, when it asks, of each rule and template.</param>
    public BuildPipeline(string root, SiteOptions options, string? themeFolder = null, IStageObserver? observer = null)
    {
        _root = Path.GetFullPath(root);
        options = options.Registry is null ? options with { Registry = StaticMapBuilder.Default().Build() } : options;
        _observer = observer;
        _read = new ReadStage(_root);
        _parse = new ParseStage(options);
        // The stages in order, each taking the output of the one before.
        _stages =
        [
            _read,
            _parse,
            new MetricsStage(),
            new DataValuesStage(),
            new LinksStage(options),
            new ThemeStage(_root, themeFolder, options.Kinds.TemplateFunctions),
            new ValidateStage(options),
            new RenderStage(),
            new CommitStage(),
        ];
        var input = typeof(RunStart);
        foreach (var stage in _stages)
        {
            if (stage.Input != input) throw new InvalidOperationException($"the {stage.Name} stage takes {stage.Input.Name}, but the stage before it gives {input.Name}");
            input = stage.Output;
        }
    }

    /// <summary>Parsed plans kept between runs.</summary>
    public int PlanCount => _parse.PlanCount;

    /// <summary>
    /// Runs every stage over what <paramref name="changes"/> touches. Without a <paramref name="target"/> the run stops
    /// after validation (staticmap check); with one, a run without errors writes the site there.
    /// </summary>
    public PipelineRun Run(Changes changes, ISiteTarget? target = null) => Run(changes, target, once: false);

    /// <summary>
    /// The whole site into <paramref name="target"/>, by a pipeline that is not run again (<c>staticmap build</c>): once
    /// every page is written, the stages' caches and the site are let go and the heap collected and given back to the
    /// system before the commit, which starts Pagefind; so the build's peak is the larger of StaticMap's and Pagefind's,
    /// not their sum. The run's <see cref="PipelineRun.Site"/> is therefore null; the pipeline cannot be run again.
    /// </summary>
    public PipelineRun RunOnce(ISiteTarget target)
    {
        return Run(Changes.Everything, target, once: true);
    }

    private PipelineRun Run(Changes changes, ISiteTarget? target, bool once)
    {
        if (_released) throw new InvalidOperationException("This pipeline was run with RunOnce and has let go of its caches.");
        var change = Change.Of(changes, _root, _read.Layout);
        var run = new RunContext(change, target, _observer) { Once = once };
        foreach (var stage in _stages) stage.Invalidate(change);
        object? value = new RunStart();
        foreach (var stage in _stages)
        {
            if (once && stage is CommitStage) Release(run);
            value = Observed(stage, value, run);
            if (value is null) break;
        }
        foreach (var stage in _stages) stage.Completed(run);
        if (Parsing.ParseProbe.On) Console.Error.WriteLine($"text-file record: {Parsing.RecordedText.FilesRead} files not read by the parse stage were read later");
        return new PipelineRun(run.Diagnostics.ToSortedList(), run.Site, run.Plans, run.Written ? run.Pages : 0, run.Written, run.Written ? run.Scope : "nothing");
    }

    private bool _released;

    // What the commit does not need: the site (the run's, the stages' caches; the render stage's output holds only what was
    // written and the theme). A blocking, compacting collection then returns the freed heap to the system (Aggressive
    // decommits what it frees), since Pagefind, started by the commit, takes memory of its own.
    private void Release(RunContext run)
    {
        _released = true;
        run.Site = null;
        foreach (var stage in _stages) stage.Release();
        StartupTimings.Mark("released");
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        StartupTimings.Mark("collected");
    }

    private object? Observed(IStage stage, object input, RunContext run)
    {
        if (_observer is null) return stage.Run(input, run);
        _observer.Starting(stage.Name);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = stage.Run(input, run);
        _observer.Finished(stage.Name, clock.Elapsed);
        return result;
    }

    /// <summary>A test's hand on the parsed site (e.g. translations built by hand), applied after every parse; null in builds.</summary>
    internal static readonly AsyncLocal<Func<SiteInput, SiteInput>?> AfterParse = new();

    /// <summary>A test's probe, told each (plan id, rule code) pair the validate stage runs (not those taken from the rule record); null in builds.</summary>
    internal static readonly AsyncLocal<Action<string, string>?> RuleRan = new();

    /// <summary>A test's probe, told the id of each plan whose trees a build let go while rendering (<see cref="TreeRelease"/>); null in builds.</summary>
    internal static readonly AsyncLocal<Action<string>?> AfterPlanReleased = new();

    /// <inheritdoc cref="ThemeStage.LoadTheme"/>
    public static Theme? LoadTheme(string root, string? themeFolder, DiagnosticBag diagnostics, IReadOnlyDictionary<string, Delegate>? functions = null) =>
        ThemeStage.LoadTheme(root, themeFolder, diagnostics, functions);
}
