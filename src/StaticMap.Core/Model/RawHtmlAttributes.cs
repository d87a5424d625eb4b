using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMap.Core.Model;

/// <summary>
/// An attribute of an element written as raw HTML in a narrative: a link's href, an image's src, or an id or name.
/// </summary>
/// <param name="Node">The HTML block or inline tag it is written in.</param>
/// <param name="Element">The element's lower-case name, e.g. "a".</param>
/// <param name="Name">The attribute's lower-case name, e.g. "href".</param>
/// <param name="Value">The value as a browser reads it: character references decoded.</param>
/// <param name="Line">The 0-based line of the element's '&lt;' in the narrative (add the body's first line for the file's).</param>
/// <param name="Column">The 1-based column of the element's '&lt;' in the file.</param>
public sealed record RawHtmlAttribute(MarkdownObject Node, string Element, string Name, string Value, int Line, int Column)
{
    public bool IsAddress => Name is "href" or "src";
}

/// <summary>
/// Finds, with AngleSharp (the parser the sanitiser uses, so what is found is what a page gets), the addresses
/// (a[href], img[src]) and the ids and names of the elements in the raw HTML of a narrative, with their positions.
/// </summary>
internal static class RawHtmlAttributes
{
    [ThreadStatic] private static HtmlParser? _parser;

    private static HtmlParser Parser => _parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });

    public static void Collect(MarkdownObject node, string markdown, List<RawHtmlAttribute> found)
    {
        switch (node)
        {
            case HtmlInline inline:
                // One tag; closing tags, comments and declarations have no attributes worth reading.
                if (inline.Tag.Length < 4 || inline.Tag[1] is '/' or '!' or '?' || !inline.Tag.Contains('=')) return;
                Collect(node, inline.Tag, [(inline.Line, inline.Span.Start, true)], markdown, found);
                break;
            case HtmlBlock block:
                var lines = new List<(int Line, int Start, bool InSource)>(block.Lines.Count);
                var text = new System.Text.StringBuilder();
                for (var i = 0; i < block.Lines.Count; i++)
                {
                    var line = block.Lines.Lines[i];
                    if (i > 0) text.Append('\n');
                    text.Append(line.Slice.AsSpan());
                    // Markdig copies a line whose tabs it expands: then the slice is not in the source.
                    lines.Add((line.Line, line.Slice.Start, ReferenceEquals(line.Slice.Text, markdown)));
                }
                var html = text.ToString();
                if (!html.Contains('=')) return;
                Collect(node, html, lines, markdown, found);
                break;
        }
    }

    private static void Collect(MarkdownObject node, string html, List<(int Line, int Start, bool InSource)> lines, string markdown, List<RawHtmlAttribute> found)
    {
        if (!MayHoldWantedAttribute(html)) return;
        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            if (element.SourceReference is not { } source) continue;
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                var wanted = name is "id" or "name"
                    || name == "href" && element.LocalName == "a"
                    || name == "src" && element.LocalName == "img";
                if (!wanted) continue;
                var (line, column) = Position(source.Position, html, lines, markdown, node);
                found.Add(new RawHtmlAttribute(node, element.LocalName, name, attribute.Value, line, column));
            }
        }
    }

    /// <summary>
    /// False when no element of the fragment can have an id, name, href or src: none of those names is in its text, in any
    /// case (an attribute's name is taken as written, ASCII letters lower-cased; character references are not decoded in
    /// names). Then AngleSharp is not asked: the untranslated words of a translation, marked &lt;span lang="en"&gt; or
    /// &lt;i lang="en"&gt;, are most of a narrative's raw HTML, and a process's first AngleSharp document costs ~60 ms of CPU
    /// (docs/performance.md, "Start-up", runtime). A name in the text but not an attribute ("width", "hidden") only parses.
    /// </summary>
    internal static bool MayHoldWantedAttribute(string html) =>
        html.Contains("id", StringComparison.OrdinalIgnoreCase) || html.Contains("name", StringComparison.OrdinalIgnoreCase)
        || html.Contains("href", StringComparison.OrdinalIgnoreCase) || html.Contains("src", StringComparison.OrdinalIgnoreCase);

    /// <summary>The element's '&lt;' in the narrative: AngleSharp's 1-based line and column in the fragment, mapped back.</summary>
    private static (int Line, int Column) Position(AngleSharp.Text.TextPosition at, string html, List<(int Line, int Start, bool InSource)> lines,
        string markdown, MarkdownObject node)
    {
        var index = Math.Clamp(at.Line - 1, 0, lines.Count - 1);
        var (line, start, inSource) = lines[index];
        var offset = Math.Max(0, at.Column - 1);
        if (lines.Count == 1 && html.Contains('\n'))
        {
            // An inline tag written over several lines: the fragment is the source text itself.
            var lineStart = 0;
            for (var l = 1; l < at.Line; l++) lineStart = html.IndexOf('\n', lineStart) + 1;
            var absolute = start + lineStart + offset;
            return (line + at.Line - 1, ColumnIn(markdown, absolute));
        }
        if (inSource) return (line, ColumnIn(markdown, start + offset));
        // A copied line (tabs expanded): the column of the block's own start is the best there is.
        return (line, Math.Max(0, node.Column) + 1);
    }

    private static int ColumnIn(string markdown, int absolute)
    {
        absolute = Math.Clamp(absolute, 0, markdown.Length);
        var lineStart = absolute == 0 ? 0 : markdown.LastIndexOf('\n', absolute - 1) + 1;
        return absolute - lineStart + 1;
    }
}
