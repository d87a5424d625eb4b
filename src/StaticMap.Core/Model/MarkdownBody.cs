using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMap.Core.Model;

/// <summary>
/// A Markdown narrative: its text, and what the rules and other pages read of it, kept without the Markdig tree.
/// The parse stage parses it once (<c>MarkdownParser.Parse</c>: MAP027, heading ids, the <see cref="Inventory"/> and
/// <see cref="Facts"/>) and lets go of the tree, so that the whole site is never held as trees while it is parsed
/// and validated (docs/architecture.md, "Memory"). In a build with the build cache, a narrative whose text is the one a
/// build before parsed is not parsed at all: its <see cref="Facts"/> come from the record (<c>Caching/MarkdownRecord</c>),
/// and its <see cref="Inventory"/> is made from the text on first read (a rule over the narrative runs). The tree is made
/// again, once, when something first reads <see cref="Document"/> (the render), and kept until <see cref="Release"/>: a
/// build lets go of it once the plan's pages are written, the preview keeps it for its next render. <see cref="Read{T}"/>
/// reads a tree without keeping one that was not there.
/// </summary>
public sealed class MarkdownBody
{
    private readonly Func<string, MarkdownDocument> _parse;
    private readonly MarkdownFacts _facts;
    private readonly object _gate = new();
    private MarkdownInventory? _inventory;
    private MarkdownDocument? _document;
    private bool _released;
    private int _treesMade;

    /// <param name="path">The file, for positions.</param>
    /// <param name="firstLine">The file line on which the body starts, to turn Markdig's 0-based lines into file lines.</param>
    /// <param name="document">The tree just parsed from <paramref name="markdown"/>: its facts and inventory are taken (its nodes taken out of it), and the tree is not kept.</param>
    /// <param name="markdown">The narrative as written, for downloads (plan.json), positions and parsing again.</param>
    /// <param name="parse">Makes the tree again from the text, as it was made the first time (heading ids given; an empty
    /// document for a narrative refused as too deep, MAP027).</param>
    /// <param name="tooDeep">Where the narrative was refused as too deep (MAP027), if it was.</param>
    public MarkdownBody(string path, int firstLine, MarkdownDocument document, string markdown, Func<string, MarkdownDocument> parse,
        MarkdownFacts.Position? tooDeep = null)
    {
        Path = path;
        FirstLine = firstLine;
        _markdown = markdown;
        _parse = parse;
        _treesMade = 1;
        Interlocked.Increment(ref s_treesMade);
        // The first paragraph before the inventory takes the links out of the tree (their text is the paragraph's).
        var firstParagraph = MarkdownFacts.FirstParagraphOf(document);
        _inventory = MarkdownInventory.Of(document, markdown);
        _facts = MarkdownFacts.Of(_inventory, firstParagraph, tooDeep);
    }

    /// <summary>A narrative not parsed: its facts as a build before took them from the same text (the build cache's
    /// Markdown record). Its inventory and tree are made from the text when first asked for.</summary>
    public MarkdownBody(string path, int firstLine, string markdown, MarkdownFacts facts, Func<string, MarkdownDocument> parse)
    {
        Path = path;
        FirstLine = firstLine;
        _markdown = markdown;
        _parse = parse;
        _facts = facts;
        FromRecord = true;
    }

    /// <summary>A narrative neither read nor parsed (its file's stamp was the recorded one: the build cache's text-file
    /// record): its facts from the Markdown record, its text read from the file when first asked for (<paramref name="markdown"/>).</summary>
    /// <param name="blank">Whether the text is blank (<see cref="IsEmpty"/>), as recorded, so that asking does not read it.</param>
    public MarkdownBody(string path, int firstLine, Func<string> markdown, bool blank, MarkdownFacts facts, Func<string, MarkdownDocument> parse)
    {
        Path = path;
        FirstLine = firstLine;
        _load = markdown;
        _blank = blank;
        _parse = parse;
        _facts = facts;
        FromRecord = true;
    }

    private string? _markdown;
    private Func<string>? _load;
    private readonly bool? _blank;

    public string Path { get; }

    public int FirstLine { get; }

    /// <summary>The narrative as written (read from its file on the first read when the parse stage did not read it).</summary>
    public string Markdown
    {
        get
        {
            if (Volatile.Read(ref _markdown) is { } markdown) return markdown;
            lock (_gate)
            {
                if (_markdown is null)
                {
                    _markdown = _load!();
                    _load = null;
                }
                return _markdown;
            }
        }
    }

    /// <summary>Whether the text was read: always, unless the parse stage took the narrative from the records without it.</summary>
    public bool HasText => Volatile.Read(ref _markdown) is not null;

    public bool IsEmpty => _blank ?? string.IsNullOrWhiteSpace(Markdown);

    /// <summary>Whether the body's facts came from the build cache's record instead of a parse.</summary>
    public bool FromRecord { get; }

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

    /// <summary>Reads the tree without keeping one: the kept tree if there is one, else a tree made for this read only.</summary>
    public T Read<T>(Func<MarkdownDocument, T> read)
    {
        MarkdownDocument? kept;
        lock (_gate) kept = _document;
        return read(kept ?? Parse());
    }

    /// <summary>The nodes that can carry an address or markup, found in one walk of the tree when the body is parsed and
    /// taken out of it, so they hold no tree (<see cref="MarkdownInventory"/>): the rules read them without a tree. A body
    /// taken from the record makes it on first read from a tree of its own, which it does not keep (counted in <see cref="TreesMade"/>).</summary>
    public MarkdownInventory Inventory
    {
        get
        {
            if (Volatile.Read(ref _inventory) is { } inventory) return inventory;
            lock (_gate) return _inventory ??= MarkdownInventory.Of(Parse(), Markdown);
        }
    }

    /// <summary>What the parse takes from the tree as plain data (ids, addresses, the first paragraph, MAP027), kept in the
    /// build cache's record so that a narrative whose text did not change is not parsed to know them.</summary>
    public MarkdownFacts Facts => _facts;

    /// <summary>The ids of the narrative's headings and footnotes, as Markdig writes them (<see cref="PageIds.NarrativeIds"/>):
    /// strings, so another page's links are checked and rendered without the tree.</summary>
    public IReadOnlyList<string> NarrativeIds => _facts.NarrativeIds;

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
    /// build pays (one when parsed, unless taken from the record; one when its pages render; one when a rule reads the
    /// inventory of a body taken from the record).</summary>
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

/// <summary>
/// What the parse stage takes from a narrative's tree, as plain data: all that is read of a narrative whose plan is not
/// rendered and whose rules are not run (the table of pages' ids, the build cache's keys, the feed's summaries), so that it
/// can be kept in the build cache's record under the text's hash and a narrative whose text did not change is not parsed.
/// </summary>
/// <param name="NarrativeIds">Heading ids (given when parsed), footnotes ("fn:1") and their references ("fnref:1"), in document order.</param>
/// <param name="LinkAddresses">The address of each link and image that has one, as written, in document order.</param>
/// <param name="Autolinks">The &lt;…&gt; autolinks, in document order.</param>
/// <param name="HasRawHtml">Whether the narrative has raw HTML (blocks or inline tags).</param>
/// <param name="FirstParagraph">The plain text of the first top-level paragraph, "" when there is none (pages' descriptions, the feed).</param>
/// <param name="TooDeep">Where the narrative was refused as too deep (MAP027), null when it was read.</param>
public sealed record MarkdownFacts(IReadOnlyList<string> NarrativeIds, IReadOnlyList<string> LinkAddresses, IReadOnlyList<MarkdownFacts.Autolink> Autolinks,
    bool HasRawHtml, string FirstParagraph, MarkdownFacts.Position? TooDeep)
{
    /// <summary>An autolink's address, and whether it is an e-mail address ("&lt;name@example.org&gt;").</summary>
    public readonly record struct Autolink(string Url, bool IsEmail);

    /// <summary>A place in the narrative: the 0-based line from the body's first line, and the 1-based column.</summary>
    public readonly record struct Position(int Line, int Column);

    /// <summary>The facts of an inventory just taken, with what was read of the tree before it.</summary>
    public static MarkdownFacts Of(MarkdownInventory inventory, string firstParagraph, Position? tooDeep)
    {
        var links = new List<string>(inventory.Links.Count);
        foreach (var link in inventory.Links)
            if (link.Url is { } url) links.Add(url);
        var autolinks = inventory.Autolinks.Count == 0 ? [] : inventory.Autolinks.Where(a => a.Url is not null).Select(a => new Autolink(a.Url, a.IsEmail)).ToArray();
        return new MarkdownFacts(inventory.NarrativeIds, links.Count == 0 ? [] : links.ToArray(), autolinks, inventory.RawHtml.Count > 0,
            firstParagraph, tooDeep);
    }

    /// <summary>The text of the document's first top-level paragraph, "" when there is none.</summary>
    public static string FirstParagraphOf(MarkdownDocument document)
    {
        foreach (var block in document)
            if (block is ParagraphBlock paragraph) return paragraph.Inline is null ? "" : PlainText(paragraph.Inline);
        return "";
    }

    /// <summary>The plain text of inlines: literals and code, a line break as a space, trimmed.</summary>
    public static string PlainText(ContainerInline container)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content.ToString()); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
            }
        }
        return sb.ToString().Trim();
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
