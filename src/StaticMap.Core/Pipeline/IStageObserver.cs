namespace StaticMap.Core.Pipeline;

/// <summary>Watches a <see cref="BuildPipeline"/> run stage by stage, e.g. the stage profiler timing each one.</summary>
public interface IStageObserver
{
    void Starting(string stage);

    void Finished(string stage, TimeSpan elapsed);
}

/// <summary>The stages of a run, in the order <see cref="BuildPipeline.Run"/> runs them.</summary>
public static class Stages
{
    public const string Read = "read";
    public const string Parse = "parse";
    public const string Metrics = "metrics";
    public const string Links = "links";
    public const string Validate = "validate";
    public const string Theme = "theme";
    public const string StaticFiles = "static files";
    public const string Render = "render";
    public const string Commit = "commit";
}
