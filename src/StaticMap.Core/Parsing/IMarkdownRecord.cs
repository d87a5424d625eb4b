using StaticMap.Core.Model;

namespace StaticMap.Core.Parsing;

/// <summary>
/// The facts of narratives parsed by earlier builds, under their text (the build cache's Markdown record,
/// <c>Caching/MarkdownRecord</c>): <see cref="MarkdownParser.Parse(string, string, int, Diagnostics.DiagnosticBag?, IMarkdownRecord?)"/>
/// asks it before it parses, and a narrative it knows is not parsed (docs/architecture.md, "The build cache"). Called from
/// the parse stage's threads at once.
/// </summary>
public interface IMarkdownRecord
{
    /// <summary>The facts recorded for a narrative with exactly this text, or null; <paramref name="key"/> is the text's key,
    /// for <see cref="Add"/> when it is parsed.</summary>
    MarkdownFacts? Find(string text, out string key);

    /// <summary>As <see cref="Find"/>, by the text's key (a file whose text was not read: the text-file record's), or null.</summary>
    MarkdownFacts? FindKey(string key);

    /// <summary>The facts of a narrative just parsed, under its text's key.</summary>
    void Add(string key, MarkdownFacts facts);
}
