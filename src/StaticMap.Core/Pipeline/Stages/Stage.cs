using System.Diagnostics;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// One stage of a run, as <see cref="BuildPipeline"/> loops over them: a typed input (the previous stage's output) and
/// output, a cache it owns, and what a <see cref="Change"/> invalidates in that cache. Only the pipeline knows the stages;
/// every caller goes through <see cref="BuildPipeline.Run"/> (tests/StaticMap.Tests/Architecture/StageTests.cs).
/// </summary>
internal interface IStage
{
    /// <summary>The stage's name as observers see it (<see cref="StageNames"/>).</summary>
    string Name { get; }

    Type Input { get; }

    Type Output { get; }

    /// <summary>Drops from the stage's cache what <paramref name="change"/> makes stale; called for every stage before a run.</summary>
    void Invalidate(Change change);

    /// <summary>Runs the stage; null stops the run here (nothing to write, or an error).</summary>
    object? Run(object input, RunContext run);

    /// <summary>Called for every stage after every run, stopped or not, so a cache can note what reached the target.</summary>
    void Completed(RunContext run);

    /// <summary>
    /// Lets go of the stage's cache (<see cref="BuildPipeline.RunOnce"/>, before the commit): a pipeline that is not run
    /// again needs none of it, and the site it holds would stay in memory while Pagefind indexes. The stage is not run again.
    /// </summary>
    void Release();
}

/// <inheritdoc cref="IStage"/>
internal abstract class PipelineStage<TIn, TOut> : IStage where TIn : class where TOut : class
{
    public abstract string Name { get; }

    public Type Input => typeof(TIn);

    public Type Output => typeof(TOut);

    public virtual void Invalidate(Change change)
    {
    }

    /// <inheritdoc cref="IStage.Run"/>
    public abstract TOut? Run(TIn input, RunContext run);

    object? IStage.Run(object input, RunContext run) => Run((TIn)input, run);

    public virtual void Completed(RunContext run)
    {
    }

    public virtual void Release()
    {
    }
}

/// <summary>
/// One run: what changed, where it writes, the diagnostics every stage adds to, the observer, and what the run did. Built
/// by <see cref="BuildPipeline.Run"/> and handed to each stage in turn; nothing in it outlives the run.
/// </summary>
internal sealed class RunContext(Change change, ISiteTarget? target, IStageObserver? observer)
{
    public Change Change { get; } = change;

    public ISiteTarget? Target { get; } = target;

    /// <summary>Whether the pipeline is run once (<see cref="BuildPipeline.RunOnce"/>, a build): the render stage lets go of each
    /// plan's trees once it is written (<see cref="TreeRelease"/>), since no later run renders from them.</summary>
    public bool Once { get; init; }

    /// <summary>Every diagnostic of the run; the validate stage gathers those of the stages before it.</summary>
    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The site as validated; set by the validate stage, and let go before the commit of <see cref="BuildPipeline.RunOnce"/>.</summary>
    public ValidatedSite? Site { get; set; }

    /// <summary>The number of plans of the validated site, kept when the site itself is let go.</summary>
    public int Plans { get; set; }

    /// <summary>Whether a change the site-wide pages show (a plan's listing, what links can point at) came with this run.</summary>
    public bool SiteWideChanged { get; set; }

    /// <summary>Set by the render stage: the whole site, or the plans in <see cref="Scope"/> only.</summary>
    public bool Full { get; set; }

    /// <summary>Set by the render stage: whether the pages listing every plan were rendered.</summary>
    public bool SiteWide { get; set; }

    /// <summary>"everything", or the plan ids rendered again.</summary>
    public string Scope { get; set; } = "nothing";

    public int Pages { get; set; }

    /// <summary>Set by the commit stage: the target holds the new site.</summary>
    public bool Written { get; set; }

    /// <summary>Whether an observer wants the finer steps (each rule, each template); timing them costs a clock read each.</summary>
    public bool ObservesSteps => observer?.ObservesSteps == true;

    /// <summary>Reports one step inside <paramref name="stage"/> (a rule, a template) to the observer.</summary>
    public void Step(string stage, string step, TimeSpan elapsed) => observer?.Step(stage, step, elapsed);

    /// <summary>A part of a stage the observer sees as its own row (e.g. the static files inside render).</summary>
    public T Part<T>(string name, Func<T> part)
    {
        if (observer is null) return part();
        observer.Starting(name);
        var clock = Stopwatch.StartNew();
        var result = part();
        observer.Finished(name, clock.Elapsed);
        return result;
    }
}
