using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Localization;
using StaticMap.Core.Parsing;

namespace StaticMap.Core.Rendering.Markdown;

/// <summary>Prepares an HTML renderer with the site's Markdown extensions and its own table renderer.</summary>
internal static class MarkdownPipelineSetup
{
    /// <param name="placement">Where the narrative goes when several share a page (the print view); null on its own page.</param>
    /// <param name="prefixIds">Whether the renderers write <see cref="NarrativePlacement.IdPrefix"/> into ids themselves
    /// (false when the sanitiser does it, for the raw HTML's ids and Markdown's alike).</param>
    /// <param name="strings">The page's interface text (section <c>markdown</c>); English when not given.</param>
    /// <param name="labelLang">Set when the narrative is in another language than the page (an untranslated component):
    /// the names StaticMap gives its footnote links are then marked with the page's language.</param>
    public static void Setup(HtmlRenderer renderer, NarrativePlacement? placement = null, bool prefixIds = true, UiStrings? strings = null,
        string? labelLang = null)
    {
        var t = strings ?? Templates.Theme.DefaultStrings.For(StringCatalog.DefaultLanguage);
        MarkdownParser.Pipeline.Setup(renderer);
        var ids = prefixIds ? placement : null;
        var tables = renderer.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (tables is not null) renderer.ObjectRenderers.Remove(tables);
        renderer.ObjectRenderers.Add(new ScrollableTableRenderer(t, placement?.Section));
        var footnotes = renderer.ObjectRenderers.FindExact<HtmlFootnoteLinkRenderer>();
        if (footnotes is not null)
        {
            renderer.ObjectRenderers.Remove(footnotes);
            renderer.ObjectRenderers.Add(new NamedFootnoteLinkRenderer(t, placement?.Section, ids, labelLang));
        }
        if (placement is null) return;
        if (renderer.ObjectRenderers.FindExact<HeadingRenderer>() is { } headings)
        {
            renderer.ObjectRenderers.Remove(headings);
            renderer.ObjectRenderers.Add(new PlacedHeadingRenderer(placement, ids));
        }
        if (ids is not null && renderer.ObjectRenderers.FindExact<HtmlFootnoteGroupRenderer>() is { } groups)
        {
            renderer.ObjectRenderers.Remove(groups);
            renderer.ObjectRenderers.Add(new PlacedFootnoteGroupRenderer(ids));
        }
    }
}

/// <summary>
/// Where a narrative is shown when several share one page (the print view): its ids get a prefix so they stay unique,
/// its headings move down below the section's own heading, and the names of its table regions and footnote links say
/// which section they belong to (two parts may each have a "note 1").
/// </summary>
/// <param name="IdPrefix">e.g. "sm-part-findings": "housing" becomes "sm-part-findings-housing".</param>
/// <param name="HeadingOffset">Levels added to headings h2–h5 (at most h6).</param>
/// <param name="Section">The section's name, added to region and footnote link names.</param>
public sealed record NarrativePlacement(string IdPrefix, int HeadingOffset, string Section)
{
    public string Id(string id) => $"{IdPrefix}-{id}";

    /// <summary>A fragment address of the narrative's own page, "#x", points at the prefixed id; others stay.</summary>
    public string Address(string address) => address.StartsWith('#') ? "#" + Id(address[1..]) : address;
}

/// <summary>Headings of a placed narrative: one level down (h2 → h3 …) and their ids prefixed.</summary>
internal sealed class PlacedHeadingRenderer(NarrativePlacement placement, NarrativePlacement? ids) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var level = heading.Level is >= 2 and <= 5 ? Math.Min(heading.Level + placement.HeadingOffset, 6) : heading.Level;
        if (renderer.EnableHtmlForBlock)
        {
            renderer.Write("<h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var attributes = heading.TryGetAttributes();
            if (ids is not null && attributes?.Id is { } id)
            {
                renderer.WriteAttributes(new HtmlAttributes { Id = ids.Id(id), Classes = attributes.Classes, Properties = attributes.Properties });
            }
            else
            {
                renderer.WriteAttributes(heading);
            }
            renderer.Write('>');
        }
        renderer.WriteLeafInline(heading);
        if (renderer.EnableHtmlForBlock) renderer.Write("</h").Write(level.ToString(System.Globalization.CultureInfo.InvariantCulture)).WriteLine(">");
        renderer.EnsureLine();
    }
}

/// <summary>The notes of a placed narrative, their ids prefixed.</summary>
internal sealed class PlacedFootnoteGroupRenderer(NarrativePlacement ids) : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<div class=\"footnotes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var block in group)
        {
            var note = (Footnote)block;
            renderer.WriteLine($"<li id=\"{ids.Id($"fn:{note.Order}")}\">");
            renderer.WriteChildren(note);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</div>");
    }
}

/// <summary>
/// Footnote links with names a screen reader can read out of context (WCAG 2.4.4, 2.4.9): Markdig's back link is
/// only "↩", the same name on every footnote though each leads somewhere else. Here it keeps the visible arrow and
/// adds "Back to reference N" (", use 2" … when a note is referenced more than once), in the page's language (markdown.*).
/// </summary>
internal sealed class NamedFootnoteLinkRenderer(UiStrings t, string? section = null, NarrativePlacement? ids = null, string? labelLang = null)
    : HtmlObjectRenderer<FootnoteLink>
{
    private readonly Dictionary<Footnote, int> _backLinks = [];

    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var order = link.Footnote.Order;
        if (!link.IsBackLink)
        {
            renderer.Write($"<a id=\"{Id($"fnref:{link.Index}")}\" href=\"#{Id($"fn:{order}")}\" class=\"footnote-ref\"><sup>{order}</sup><span class=\"visually-hidden\"{Lang}> {Escape(t.Text("markdown.note", ("number", order), ("section", InSection())))}</span></a>");
            return;
        }
        var use = _backLinks[link.Footnote] = _backLinks.GetValueOrDefault(link.Footnote) + 1;
        var name = use == 1 ? t.Text("markdown.back_to_reference", ("number", order))
            : t.Text("markdown.back_to_reference_use", ("number", order), ("use", use));
        renderer.Write($"<a href=\"#{Id($"fnref:{link.Index}")}\" class=\"footnote-back-ref\">&#8617;<span class=\"visually-hidden\"{Lang}> {Escape(name + InSection())}</span></a>");
    }

    private string Id(string id) => ids?.Id(id) ?? id;

    private string Lang => labelLang is null ? "" : $" lang=\"{Escape(labelLang)}\"";

    /// <summary>", Findings" after a link's name on a page of several narratives; "" on the narrative's own page.</summary>
    private string InSection() => section is null ? "" : t.Text("markdown.in_section", ("section", section));

    private static string Escape(string text) => Localization.HtmlText.Escape(text);
}

/// <summary>
/// Wraps tables in a focusable, labelled region that scrolls sideways, so a wide table stays readable at 320 px
/// and keyboard users can scroll it (WCAG 1.4.10 reflow, 2.1.1 keyboard). The region is named after the heading
/// above the table (else its header row), numbered when a narrative repeats a name, since landmarks must differ.
/// One instance renders one narrative.
/// </summary>
internal sealed class ScrollableTableRenderer(UiStrings t, string? section = null) : HtmlObjectRenderer<Table>
{
    private readonly HtmlTableRenderer _inner = new();
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var name = Name(table);
        var count = _used[name] = _used.GetValueOrDefault(name) + 1;
        if (count > 1) name += $" ({count})";
        // On a page of several narratives, the region says whose table it is.
        if (section is not null) name = t.Text("markdown.table_in_section", ("section", section), ("table", name));
        renderer.Write("<div class=\"table-scroll\" role=\"region\" aria-label=\"").WriteEscape(name).Write("\" tabindex=\"0\">");
        _inner.Write(renderer, table);
        renderer.WriteLine("</div>");
    }

    private string Name(Table table)
    {
        for (Block node = table; node.Parent is { } parent; node = parent)
        {
            for (var i = parent.IndexOf(node) - 1; i >= 0; i--)
                if (parent[i] is HeadingBlock { Inline: { } heading }) return t.Text("markdown.table_named", ("name", Text(heading)));
        }
        var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
        var columns = header?.OfType<TableCell>().Select(c => string.Concat(c.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim())
            .Where(t => t.Length > 0).Take(3).ToList() ?? [];
        return columns.Count > 0 ? t.Text("markdown.table_named", ("name", string.Join(", ", columns))) : t.Text("markdown.table");
    }

    private static string Text(ContainerInline inline) => string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
}
