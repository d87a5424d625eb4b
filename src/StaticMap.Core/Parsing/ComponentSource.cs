using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Parsing;

/// <summary>What every component parser gets: the file, its front matter fields and its parsed narrative.</summary>
public sealed record ComponentSource(string Path, YamlFields Fields, MarkdownBody Body, SourceSpan ComponentSpan)
{
    public DiagnosticBag Diagnostics => Fields.Diagnostics;

    /// <summary>Front matter 'title', or the given default.</summary>
    public string TitleOr(string fallback) => Fields.String("title", false, "the page title") ?? fallback;
}

/// <summary>Binds the front matter of one kind of component. One implementation per component, found by reflection.</summary>
public interface IComponentParser
{
    ComponentKind Kind { get; }

    /// <summary>Front matter fields this component knows, besides 'component' and 'title'.</summary>
    IReadOnlyList<string> Fields { get; }

    Component Parse(ComponentSource source);
}
