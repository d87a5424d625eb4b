using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Parsing;

/// <summary>What every component parser gets: the file, its front matter fields and its parsed narrative.</summary>
public sealed record ComponentSource(string Path, YamlFields Fields, MarkdownBody Body, SourceSpan ComponentSpan)
{
    public DiagnosticBag Diagnostics => Fields.Diagnostics;

    /// <summary>Front matter 'title' as the author wrote it; null when there is none (the default title is the theme's, at render time).</summary>
    public string? Title => Fields.String("title", false, "the page title");
}

/// <summary>
/// The Parsing part of a component kind (<see cref="ComponentRegistry"/>): binds its front matter. StaticMap's own are in
/// Parsing/Components/ and found by reflection.
/// </summary>
public interface IComponentParser : IComponentPart
{
    /// <summary>Front matter fields this component knows, besides 'component' and 'title'.</summary>
    IReadOnlyList<string> Fields { get; }

    /// <summary>
    /// Words in a file name or first heading that speak of this component ("02-findings", "# Our logic model"), for
    /// MAP007's suggestion when 'component:' is missing: lowercase, words joined by '-'; a prefix is enough ("sustainab").
    /// </summary>
    IReadOnlyList<string> NameWords => [Kind.Slug];

    Component Parse(ComponentSource source);
}
