using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMap.Core.Model;

/// <summary>
/// A parsed Markdown narrative. Parsed once in the parse stage; validated and rendered from this tree. A build
/// (<c>BuildPipeline.RunOnce</c>) lets go of the tree once the plan's pages are written (<see cref="Release"/>): what is
/// read of a narrative after that (its element ids, for links from other plans' pages; its text, for downloads) is kept
/// as strings, so the Markdig tree is reachable from this object only, through <see cref="Document"/> and <see cref="Inventory"/>.
/// </summary>
/// <param name="FirstLine">The file line on which the body starts, to turn Markdig's 0-based lines into file lines.</param>
/// <param name="Markdown">The narrative as written, for downloads (plan.json).</param>
public sealed record MarkdownBody(string Path, int FirstLine, MarkdownDocument Document, string Markdown)
{
    private MarkdownDocument? _document = Document;
    private MarkdownInventory? _inventory = MarkdownInventory.Of(Document, Markdown);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);

    /// <summary>The Markdig tree; read after <see cref="Release"/>, a bug in StaticMap (the build renders a plan once).</summary>
    public MarkdownDocument Document => _document ?? throw Released();

    /// <summary>The nodes that can carry an address or markup, found in one walk of the tree when the body is made:
    /// several rules and the renderer's sanitising check look at them, and a walk visits every inline.</summary>
    public MarkdownInventory Inventory => _inventory ?? throw Released();

    /// <summary>The ids of the narrative's headings and footnotes, as Markdig writes them (<see cref="PageIds.NarrativeIds"/>),
    /// found in the same walk as <see cref="Inventory"/>: strings, so another page's links are checked and rendered without the tree.</summary>
    public IReadOnlyList<string> NarrativeIds => _inventory?.NarrativeIds ?? _narrativeIds ?? [];

    private IReadOnlyList<string>? _narrativeIds;

    /// <summary>Whether the tree was let go (<see cref="Release"/>).</summary>
    public bool IsReleased => _document is null;

    /// <summary>
    /// Lets go of the Markdig tree (and the inventory, whose nodes hold it through their parents), keeping the text and
    /// the element ids. Called by a build once every edition of the plan is written; never by the preview, which renders again.
    /// </summary>
    public void Release()
    {
        if (_inventory is { } inventory) _narrativeIds = inventory.NarrativeIds;
        // The ids first: a thread reading NarrativeIds while the inventory goes finds one or the other.
        Volatile.Write(ref _inventory, null);
        _document = null;
    }

    private InvalidOperationException Released() =>
        new($"The Markdown tree of {Path} was let go after its plan was written (BuildPipeline.RunOnce); nothing reads it after that.");
}

/// <summary>The links (and images), &lt;…&gt; autolinks, raw HTML and the raw HTML's addresses and ids of a narrative, in document order.</summary>
public sealed class MarkdownInventory
{
    private MarkdownInventory(IReadOnlyList<LinkInline> links, IReadOnlyList<AutolinkInline> autolinks, IReadOnlyList<MarkdownObject> rawHtml,
        IReadOnlyList<RawHtmlAttribute> rawHtmlAttributes, IReadOnlyList<string> narrativeIds) =>
        (Links, Autolinks, RawHtml, RawHtmlAttributes, NarrativeIds) = (links, autolinks, rawHtml, rawHtmlAttributes, narrativeIds);

    public IReadOnlyList<LinkInline> Links { get; }

    public IReadOnlyList<AutolinkInline> Autolinks { get; }

    /// <summary>HTML blocks and inline HTML tags.</summary>
    public IReadOnlyList<MarkdownObject> RawHtml { get; }

    /// <summary>a[href], img[src], and every id and name, of the elements written in the raw HTML.</summary>
    public IReadOnlyList<RawHtmlAttribute> RawHtmlAttributes { get; }

    /// <summary>Heading ids (given when parsed), footnotes ("fn:1") and their references ("fnref:1"), in document order.</summary>
    public IReadOnlyList<string> NarrativeIds { get; }

    /// <param name="markdown">The text the document was parsed from, to place raw HTML elements in it.</param>
    public static MarkdownInventory Of(MarkdownDocument document, string markdown)
    {
        List<LinkInline>? links = null;
        List<AutolinkInline>? autolinks = null;
        List<MarkdownObject>? rawHtml = null;
        List<string>? ids = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline link: (links ??= []).Add(link); break;
                case AutolinkInline autolink: (autolinks ??= []).Add(autolink); break;
                case HtmlBlock or HtmlInline: (rawHtml ??= []).Add(node); break;
                case HeadingBlock heading when heading.TryGetAttributes()?.Id is { } id: (ids ??= []).Add(id); break;
                case Footnote footnote: (ids ??= []).Add($"fn:{footnote.Order}"); break;
                case FootnoteLink { IsBackLink: false } footnoteLink: (ids ??= []).Add($"fnref:{footnoteLink.Index}"); break;
            }
        }
        List<RawHtmlAttribute>? attributes = null;
        foreach (var node in rawHtml ?? []) Model.RawHtmlAttributes.Collect(node, markdown, attributes ??= []);
        return new MarkdownInventory(links ?? [], autolinks ?? [], rawHtml ?? [], attributes is { Count: > 0 } ? attributes : [],
            ids is null ? [] : ids.ToArray());
    }
}
