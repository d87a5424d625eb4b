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
    public MarkdownInventory Inventory { get; } = MarkdownInventory.Of(Document);
}

/// <summary>The links (and images), &lt;…&gt; autolinks and raw HTML of a narrative, in document order.</summary>
public sealed class MarkdownInventory
{
    private MarkdownInventory(IReadOnlyList<LinkInline> links, IReadOnlyList<AutolinkInline> autolinks, IReadOnlyList<MarkdownObject> rawHtml) =>
        (Links, Autolinks, RawHtml) = (links, autolinks, rawHtml);

    public IReadOnlyList<LinkInline> Links { get; }

    public IReadOnlyList<AutolinkInline> Autolinks { get; }

    /// <summary>HTML blocks and inline HTML tags.</summary>
    public IReadOnlyList<MarkdownObject> RawHtml { get; }

    public static MarkdownInventory Of(MarkdownDocument document)
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
        return new MarkdownInventory(links ?? [], autolinks ?? [], rawHtml ?? []);
    }
}
