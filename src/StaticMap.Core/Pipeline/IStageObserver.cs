namespace StaticMap.Core.Pipeline;

/// <summary>
/// Watches a <see cref="BuildPipeline"/> run stage by stage, e.g. the stage profiler timing each one. The pipeline calls
/// it around every stage it runs (and around the static files, a part of the render stage it reports as a row of its
/// own); an observer that asks (<see cref="ObservesSteps"/>) is also told of each plan rule (validate) and each page
/// template (render), summed over the run.
/// </summary>
public interface IStageObserver
{
    void Starting(string stage);

    void Finished(string stage, TimeSpan elapsed);

    /// <summary>Whether to report the finer steps; timing them costs a clock read per rule and per page.</summary>
    bool ObservesSteps => false;

    /// <summary>One step of <paramref name="stage"/>: a rule's name, a template's path, and the time it took over the run
    /// (summed over threads, so the steps of a parallel stage add up to more than its wall time).</summary>
    void Step(string stage, string step, TimeSpan elapsed)
    {
    }
}

/// <summary>The names of the stages as observers see them. Their order is <see cref="BuildPipeline"/>'s alone.</summary>
public static class StageNames
{
    public const string Read = "read";
    public const string Parse = "parse";
    public const string Metrics = "metrics";
    public const string DataValues = "data values";
    public const string Links = "links";
    public const string Theme = "theme";
    public const string Validate = "validate";
    public const string StaticFiles = "static files";
    public const string Render = "render";
    public const string Commit = "commit";
}
