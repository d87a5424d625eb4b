using System.Collections.Immutable;

namespace StaticMap.Core.Reading;

/// <summary>The files of one plan folder, as repository-relative paths with '/'.</summary>
public sealed record PlanFiles(
    string Id,
    string Folder,
    string? PlanYml,
    ImmutableArray<string> ComponentFiles,
    ImmutableArray<string> ProgressFiles,
    ImmutableArray<string> DataFiles,
    ImmutableArray<string> AssetFiles);

/// <summary>Where everything is: the plans, the site-wide pages, data and assets. Paths are repository-relative.</summary>
public sealed record RepositoryLayout(
    string Root,
    ImmutableArray<PlanFiles> Plans,
    ImmutableArray<string> InputPages,
    ImmutableArray<string> InputDataFiles,
    ImmutableArray<string> InputAssets)
{
    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
