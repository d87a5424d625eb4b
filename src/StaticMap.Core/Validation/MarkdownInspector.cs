using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using SourceSpan = StaticMap.Core.Diagnostics.SourceSpan;

namespace StaticMap.Core.Validation;

/// <summary>Finds links, images and raw HTML in a parsed narrative, with their positions in the file.</summary>
public static class MarkdownInspector
{
    public static SourceSpan SpanOf(MarkdownBody body, MarkdownObject node) =>
        new(body.Path, body.FirstLine + Math.Max(0, node.Line), ColumnOf(body, node));

    /// <summary>The position of the character at <paramref name="index"/> of the narrative's text.</summary>
    public static SourceSpan SpanAt(MarkdownBody body, int index)
    {
        var text = body.Markdown;
        index = Math.Clamp(index, 0, text.Length);
        var line = text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourceSpan(body.Path, body.FirstLine + line, index - lineStart + 1);
    }

    /// <summary>Where an element written in raw HTML starts (its '&lt;').</summary>
    public static SourceSpan SpanOf(MarkdownBody body, RawHtmlAttribute attribute) =>
        new(body.Path, body.FirstLine + Math.Max(0, attribute.Line), attribute.Column);

    /// <summary>
    /// The 1-based column, counted in characters from the node's place in the text: Markdig's own column of a block
    /// that follows a footnote label ("[^1]: &lt;b&gt;") points at the space before it.
    /// </summary>
    private static int ColumnOf(MarkdownBody body, MarkdownObject node)
    {
        var start = node.Span.Start;
        var text = body.Markdown;
        if (start < 0 || start >= text.Length) return Math.Max(0, node.Column) + 1;
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        return start - lineStart + 1;
    }

    public static IReadOnlyList<LinkInline> Links(MarkdownBody body) => body.Inventory.Links;

    public static IReadOnlyList<AutolinkInline> Autolinks(MarkdownBody body) => body.Inventory.Autolinks;

    public static IReadOnlyList<MarkdownObject> RawHtml(MarkdownBody body) => body.Inventory.RawHtml;

    /// <summary>a[href] and img[src] written in raw HTML, checked like Markdown links and images.</summary>
    public static IEnumerable<RawHtmlAttribute> RawHtmlAddresses(MarkdownBody body) => body.Inventory.RawHtmlAttributes.Where(a => a.IsAddress);

    public static string RawHtmlText(MarkdownObject node) => node switch
    {
        HtmlBlock block => block.Lines.ToString(),
        HtmlInline inline => inline.Tag,
        _ => "",
    };

    /// <summary>Every narrative of a plan: the components' and the progress reports'.</summary>
    public static IEnumerable<MarkdownBody> Bodies(Plan plan) =>
        plan.Components.Select(c => c.Body).Concat(plan.Progress.Select(p => p.Body))
            // The narratives of the translations too; an untranslated page's is the original's, checked once.
            .Concat(plan.Translations.SelectMany(t => t.Plan.Components.Where(c => c.TextLanguage is null).Select(c => c.Body)
                .Concat(t.Plan.Progress.Where(r => r.TextLanguage is null).Select(r => r.Body))));

    /// <summary>The plain text of an image's alt (its description), empty when there is none.</summary>
    public static string AltText(LinkInline image)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var literal in image.Descendants<LiteralInline>()) sb.Append(literal.Content.ToString());
        return sb.ToString().Trim();
    }
}
