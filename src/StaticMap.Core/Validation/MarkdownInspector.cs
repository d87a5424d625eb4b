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
        new(body.Path, body.FirstLine + Math.Max(0, node.Line), Math.Max(0, node.Column) + 1);

    public static IReadOnlyList<LinkInline> Links(MarkdownBody body) => body.Inventory.Links;

    public static IReadOnlyList<AutolinkInline> Autolinks(MarkdownBody body) => body.Inventory.Autolinks;

    public static IReadOnlyList<MarkdownObject> RawHtml(MarkdownBody body) => body.Inventory.RawHtml;

    public static string RawHtmlText(MarkdownObject node) => node switch
    {
        HtmlBlock block => block.Lines.ToString(),
        HtmlInline inline => inline.Tag,
        _ => "",
    };

    /// <summary>Every narrative of a plan: the components' and the progress reports'.</summary>
    public static IEnumerable<MarkdownBody> Bodies(Plan plan) =>
        plan.Components.Select(c => c.Body).Concat(plan.Progress.Select(p => p.Body));

    /// <summary>The plain text of an image's alt (its description), empty when there is none.</summary>
    public static string AltText(LinkInline image)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var literal in image.Descendants<LiteralInline>()) sb.Append(literal.Content.ToString());
        return sb.ToString().Trim();
    }
}
