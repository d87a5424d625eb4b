using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
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
/// and keyboard users can scroll it (WCAG 1.4.10 reflow, 2.1.1 keyboard).
/// </summary>
internal sealed class ScrollableTableRenderer : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _inner = new();

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.Write("<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\">");
        _inner.Write(renderer, table);
        renderer.WriteLine("</div>");
    }
}
