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
    ImmutableArray<string> AssetFiles)
{
    /// <summary>The translations beside the plan's files (plan.es.yml, findings.es.md, progress/2025.es.md), in path order.
    /// They are not among <see cref="ComponentFiles"/>, <see cref="ProgressFiles"/> or <see cref="PlanYml"/>.</summary>
    public ImmutableArray<TranslationFile> Translations { get; init; } = [];

    /// <summary>Every file of the plan folder the parse stage reads (plan.yml, components, reports, data, assets and the
    /// translations), each once, in ordinal order: what the build cache's keys hash.</summary>
    public IEnumerable<string> AllFiles =>
        new[] { PlanYml }.OfType<string>()
            .Concat(ComponentFiles).Concat(ProgressFiles)
            .Concat(DataFiles).Concat(AssetFiles)
            .Concat(Translations.Select(t => t.Path))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    /// <summary>Every Markdown file of the plan: components, progress reports and their translations.</summary>
    public IEnumerable<string> MarkdownFiles =>
        ComponentFiles.Concat(ProgressFiles).Concat(Translations.Where(t => t.Kind != TranslationKind.PlanYml).Select(t => t.Path));
}

public enum TranslationKind { PlanYml, Component, Progress }

/// <summary>A file named &lt;name&gt;.&lt;lang&gt;.md or plan.&lt;lang&gt;.yml (see <see cref="Localization.LanguageTags"/>).</summary>
/// <param name="Path">Repository-relative path, e.g. "plans/el-paso/findings.es.md".</param>
/// <param name="Language">The language suffix as written in the file name, e.g. "es".</param>
/// <param name="Original">The path of the file it is named after, e.g. "plans/el-paso/findings.md" (it may not exist).</param>
public sealed record TranslationFile(string Path, string Language, string Original, TranslationKind Kind);

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
