using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Parsing;

namespace StaticMap.Core.Rendering.Markdown;

/// <summary>Prepares an HTML renderer with the site's Markdown extensions and its own table renderer.</summary>
internal static class MarkdownPipelineSetup
{
    public static void Setup(HtmlRenderer renderer)
    {
        MarkdownParser.Pipeline.Setup(renderer);
        var tables = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (tables is not null) renderer.ObjectRenderers.Remove(tables);
        renderer.ObjectRenderers.Add(new ScrollableTableRenderer());
        var footnotes = renderer.ObjectRenderers.FindExact<HtmlFootnoteLinkRenderer>();
        if (footnotes is not null)
        {
            renderer.ObjectRenderers.Remove(footnotes);
            renderer.ObjectRenderers.Add(new NamedFootnoteLinkRenderer());
        }
    }
}

/// <summary>
/// Footnote links with names a screen reader can read out of context (WCAG 2.4.4, 2.4.9): Markdig's back link is
/// only "↩", the same name on every footnote though each leads somewhere else. Here it keeps the visible arrow and
/// adds "Back to reference N" (", second use" … when a note is referenced more than once).
/// </summary>
internal sealed class NamedFootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    private readonly Dictionary<Footnote, int> _backLinks = [];

    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order;
        if (!link.IsBackLink)
        {
            renderer.Write($"<a id=\"fnref:{link.Index}\" href=\"#fn:{order}\" class=\"footnote-ref\"><sup>{order}</sup><span class=\"visually-hidden\"> (note {order})</span></a>");
            return;
        }
        var use = _backLinks[link.Footnote] = _backLinks.GetValueOrDefault(link.Footnote) + 1;
        var name = use == 1 ? $"Back to reference {order}" : $"Back to reference {order}, use {use}";
        renderer.Write($"<a href=\"#fnref:{link.Index}\" class=\"footnote-back-ref\">&#8617;<span class=\"visually-hidden\"> {name}</span></a>");
    }
}

/// <summary>
/// Wraps tables in a focusable, labelled region that scrolls sideways, so a wide table stays readable at 320 px
/// and keyboard users can scroll it (WCAG 1.4.10 reflow, 2.1.1 keyboard). The region is named after the heading
/// above the table (else its header row), numbered when a narrative repeats a name, since landmarks must differ.
/// One instance renders one narrative.
/// </summary>
internal sealed class ScrollableTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _inner = new();
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var name = Name(table);
        var count = _used[name] = _used.GetValueOrDefault(name) + 1;
        if (count > 1) name += $" ({count})";
        renderer.Write("<div class=\"table-scroll\" role=\"region\" aria-label=\"").WriteEscape(name).Write("\" tabindex=\"0\">");
        _inner.Write(renderer, table);
        renderer.WriteLine("</div>");
    }

    private static string Name(Table table)
    {
        for (Block node = table; node.Parent is { } parent; node = parent)
        {
            for (var i = parent.IndexOf(node) - 1; i >= 0; i--)
                if (parent[i] is HeadingBlock { Inline: { } heading }) return "Table: " + Text(heading);
        }
        var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
        var columns = header?.OfType<TableCell>().Select(c => string.Concat(c.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim())
            .Where(t => t.Length > 0).Take(3).ToList() ?? [];
        return columns.Count > 0 ? "Table: " + string.Join(", ", columns) : "Table";
    }

    private static string Text(ContainerInline inline) => string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
