using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMap.Core.Model;

/// <summary>
/// A Markdown narrative: its text, and what the rules and other pages read of it, kept without the Markdig tree.
/// The parse stage parses it once (<c>MarkdownParser.Parse</c>: MAP027, heading ids, the <see cref="Inventory"/> and
/// <see cref="NarrativeIds"/>) and lets go of the tree, so that the whole site is never held as trees while it is parsed
/// and validated (docs/architecture.md, "Memory"). The tree is made again, once, when something first reads
/// <see cref="Document"/> (the render), and kept until <see cref="Release"/>: a build lets go of it once the plan's pages are
/// written, the preview keeps it for its next render. <see cref="Read{T}"/> reads a tree without keeping one that was not there.
/// </summary>
public sealed class MarkdownBody
{
    private readonly Func<string, MarkdownDocument> _parse;
    private readonly MarkdownInventory _inventory;
    private readonly object _gate = new();
    private MarkdownDocument? _document;
    private bool _released;
    private int _treesMade;

    /// <param name="path">The file, for positions.</param>
    /// <param name="firstLine">The file line on which the body starts, to turn Markdig's 0-based lines into file lines.</param>
    /// <param name="document">The tree just parsed from <paramref name="markdown"/>: its inventory is taken (its nodes taken out of it), and the tree is not kept.</param>
    /// <param name="markdown">The narrative as written, for downloads (plan.json), positions and parsing again.</param>
    /// <param name="parse">Makes the tree again from the text, as it was made the first time (heading ids given; an empty
    /// document for a narrative refused as too deep, MAP027).</param>
    public MarkdownBody(string path, int firstLine, MarkdownDocument document, string markdown, Func<string, MarkdownDocument> parse)
    {
        Path = path;
        FirstLine = firstLine;
        Markdown = markdown;
        _parse = parse;
        _treesMade = 1;
        Interlocked.Increment(ref s_treesMade);
        _inventory = MarkdownInventory.Of(document, markdown);
    }

    public string Path { get; }

    public int FirstLine { get; }

    /// <summary>The narrative as written.</summary>
    public string Markdown { get; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Markdown);

    /// <summary>The Markdig tree, made from the text on the first read and kept (thread-safe: made once) until
    /// <see cref="Release"/>; after it, each read makes a tree that is not kept.</summary>
    public MarkdownDocument Document
    {
        get
        {
            lock (_gate)
            {
                if (_document is { } kept) return kept;
                var document = Parse();
                if (!_released) _document = document;
                return document;
            }
        }
    }

    /// <summary>Reads the tree without keeping one: the kept tree if there is one, else a tree made for this read only (the
    /// feed's summaries read every plan's reports, which need not stay in memory until each plan renders).</summary>
    public T Read<T>(Func<MarkdownDocument, T> read)
    {
        MarkdownDocument? kept;
        lock (_gate) kept = _document;
        return read(kept ?? Parse());
    }

    /// <summary>The nodes that can carry an address or markup, found in one walk of the tree when the body is parsed and
    /// taken out of it, so they hold no tree (<see cref="MarkdownInventory"/>): the rules and the renderer's sanitising
    /// check read them without a tree.</summary>
    public MarkdownInventory Inventory => _inventory;

    /// <summary>The ids of the narrative's headings and footnotes, as Markdig writes them (<see cref="PageIds.NarrativeIds"/>),
    /// found in the same walk as <see cref="Inventory"/>: strings, so another page's links are checked and rendered without the tree.</summary>
    public IReadOnlyList<string> NarrativeIds => _inventory.NarrativeIds;

    /// <summary>Whether the body holds a Markdig tree now.</summary>
    public bool HasTree
    {
        get { lock (_gate) return _document is not null; }
    }

    /// <summary>Whether the tree was let go (<see cref="Release"/>).</summary>
    public bool IsReleased
    {
        get { lock (_gate) return _released; }
    }

    /// <summary>How many Markdig trees were made of this body, the parse stage's included: a test's count of the parses a
    /// build pays (one when parsed, one when its pages render).</summary>
    public int TreesMade => Volatile.Read(ref _treesMade);

    /// <summary>How many trees were made of every body in this process (a measure for the benchmark, not a test's).</summary>
    public static long TreesMadeInProcess => Interlocked.Read(ref s_treesMade);

    private static long s_treesMade;

    private MarkdownDocument Parse()
    {
        Interlocked.Increment(ref _treesMade);
        Interlocked.Increment(ref s_treesMade);
        return _parse(Markdown);
    }

    /// <summary>
    /// Lets go of the Markdig tree and keeps none made after (the text, inventory and ids stay). Called by a build once every
    /// edition of the plan is written; never by the preview, which renders again.
    /// </summary>
    public void Release()
    {
        lock (_gate)
        {
            _released = true;
            _document = null;
        }
    }
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
        foreach (var link in links ?? []) TakeOut(link);
        foreach (var autolink in autolinks ?? []) TakeOut(autolink);
        foreach (var node in rawHtml ?? []) TakeOut(node);
        return new MarkdownInventory(links ?? [], autolinks ?? [], rawHtml ?? [], attributes is { Count: > 0 } ? attributes : [],
            ids is null ? [] : ids.ToArray());
    }

    /// <summary>
    /// Takes a node out of its tree, so that the inventory holds what the rules read (addresses, spans, a link's text, raw
    /// HTML's lines) and not, through parents and siblings, the whole tree, which the body does not keep. A node inside a
    /// link (an image in a link's text) stays in it: the link's text is read with it (MAP058), and the link is taken out.
    /// </summary>
    private static void TakeOut(MarkdownObject node)
    {
        if (node is LinkInline link) link.Reference = null;
        switch (node)
        {
            case Inline inline:
                for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is LinkInline) return;
                }
                inline.Remove();
                break;
            case Block { Parent: { } container } block:
                container.Remove(block);
                break;
        }
    }
}
