using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMap.Core.Model;

/// <summary>A parsed Markdown narrative. Parsed once in the parse stage; validated and rendered from this tree.</summary>
/// <param name="FirstLine">The file line on which the body starts, to turn Markdig's 0-based lines into file lines.</param>
/// <param name="Markdown">The narrative as written, for downloads (plan.json).</param>
public sealed record MarkdownBody(string Path, int FirstLine, MarkdownDocument Document, string Markdown)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);

    /// <summary>The nodes that can carry an address or markup, found in one walk of the tree when the body is made:
    /// several rules and the renderer's sanitising check look at them, and a walk visits every inline.</summary>
    public MarkdownInventory Inventory { get; } = MarkdownInventory.Of(Document, Markdown);
}

/// <summary>The links (and images), &lt;…&gt; autolinks, raw HTML and the raw HTML's addresses and ids of a narrative, in document order.</summary>
public sealed class MarkdownInventory
{
    private MarkdownInventory(IReadOnlyList<LinkInline> links, IReadOnlyList<AutolinkInline> autolinks, IReadOnlyList<MarkdownObject> rawHtml,
        IReadOnlyList<RawHtmlAttribute> rawHtmlAttributes) =>
        (Links, Autolinks, RawHtml, RawHtmlAttributes) = (links, autolinks, rawHtml, rawHtmlAttributes);

    public IReadOnlyList<LinkInline> Links { get; }

    public IReadOnlyList<AutolinkInline> Autolinks { get; }

    /// <summary>HTML blocks and inline HTML tags.</summary>
    public IReadOnlyList<MarkdownObject> RawHtml { get; }

    /// <summary>a[href], img[src], and every id and name, of the elements written in the raw HTML.</summary>
    public IReadOnlyList<RawHtmlAttribute> RawHtmlAttributes { get; }

    /// <param name="markdown">The text the document was parsed from, to place raw HTML elements in it.</param>
    public static MarkdownInventory Of(MarkdownDocument document, string markdown)
    {
        List<LinkInline>? links = null;
        List<AutolinkInline>? autolinks = null;
        List<MarkdownObject>? rawHtml = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link: (links ??= []).Add(link); break;
                case AutolinkInline autolink: (autolinks ??= []).Add(autolink); break;
                case HtmlBlock or HtmlInline: (rawHtml ??= []).Add(node); break;
            }
        }
        List<RawHtmlAttribute>? attributes = null;
        foreach (var node in rawHtml ?? []) Model.RawHtmlAttributes.Collect(node, markdown, attributes ??= []);
        return new MarkdownInventory(links ?? [], autolinks ?? [], rawHtml ?? [], attributes is { Count: > 0 } ? attributes : []);
    }
}
