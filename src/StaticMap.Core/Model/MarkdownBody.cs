using Markdig.Syntax;

namespace StaticMap.Core.Model;

/// <summary>A parsed Markdown narrative. Parsed once in the parse stage; validated and rendered from this tree.</summary>
/// <param name="FirstLine">The file line on which the body starts, to turn Markdig's 0-based lines into file lines.</param>
/// <param name="Markdown">The narrative as written, for downloads (plan.json).</param>
public sealed record MarkdownBody(string Path, int FirstLine, MarkdownDocument Document, string Markdown)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);
}
