namespace StaticMap.Core.Pipeline;

/// <summary>What changed since the last run of a <see cref="BuildPipeline"/>: everything (a build), or the files the preview saw change.</summary>
public sealed class Changes
{
    private Changes(IReadOnlyCollection<string>? paths) => Paths = paths;

    /// <summary>A full run: every stage starts from the files.</summary>
    public static Changes Everything { get; } = new(null);

    /// <summary>The repository-relative paths that changed (created, edited, deleted or renamed).</summary>
    public static Changes Of(IReadOnlyCollection<string> paths) => new(paths);

    /// <summary>Null for <see cref="Everything"/>.</summary>
    public IReadOnlyCollection<string>? Paths { get; }

    public bool IsEverything => Paths is null;
}
