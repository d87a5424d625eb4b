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
