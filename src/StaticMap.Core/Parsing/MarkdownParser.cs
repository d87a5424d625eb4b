using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using SourceSpan = StaticMap.Core.Diagnostics.SourceSpan;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Parsing;

/// <summary>Parses Markdown narratives with the one pipeline the whole site uses.</summary>
public static class MarkdownParser
{
    /// <summary>
    /// Tables, footnotes and autolinks; heading ids are given after parsing (<see cref="NormaliseHeadings"/>). Raw HTML
    /// is parsed here and sanitised when rendered. No generic attributes or media embeds: they would let an author add
    /// event handlers or iframes.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseDefinitionLists()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The theme's own element ids start with this; heading ids never do, so the two cannot collide.</summary>
    public const string TemplateIdPrefix = "sm-";

    /// <summary>An id (or name) the theme may use for its own elements: charts read their data from "sm-chart-…-data".</summary>
    public static bool IsReservedId(string id) => id.StartsWith(TemplateIdPrefix, StringComparison.Ordinal);

    /// <summary>What a reserved id written in a narrative becomes on the page: "sm-main" → "section-sm-main".</summary>
    public static string RenamedId(string id) => "section-" + id;

    public static MarkdownBody Parse(string path, string text, int firstLine) => Parse(path, text, firstLine, null);

    /// <summary>Parses a narrative; one nested too deeply to parse is reported (MAP027) and read as empty.</summary>
    /// <param name="record">The facts of narratives parsed by earlier builds (the build cache's): a narrative whose text it
    /// knows is not parsed, its facts and MAP027 taken from it; one it does not know is parsed and added to it.</param>
    public static MarkdownBody Parse(string path, string text, int firstLine, DiagnosticBag? diagnostics, IMarkdownRecord? record = null) =>
        Parse(path, text, firstLine, diagnostics, record, out _);

    /// <param name="key">The text's key in <paramref name="record"/> (its facts are there now); null without a record.</param>
    public static MarkdownBody Parse(string path, string text, int firstLine, DiagnosticBag? diagnostics, IMarkdownRecord? record, out string? key)
    {
        key = null;
        if (record is not null && diagnostics is not null)
        {
            var r = ParseProbe.Start();
            var known = record.Find(text, out key);
            if (known is not null)
            {
                if (known.TooDeep is { } at) diagnostics.Add(MarkdownTooDeep.Instance.Create(new SourceSpan(path, firstLine + at.Line, at.Column)));
                var kept = new MarkdownBody(path, firstLine, text, known, known.TooDeep is null ? ParseAgain : ParseNothing);
                ParseProbe.Stop(ParseProbe.Part.Record, r);
                return kept;
            }
            ParseProbe.Stop(ParseProbe.Part.Record, r);
        }
        var t = ParseProbe.Start();
        MarkdownDocument document;
        MarkdownFacts.Position? tooDeep = null;
        try
        {
            document = Markdown.Parse(text, Pipeline);
        }
        catch (Exception ex) when (diagnostics is not null && IsTooDeep(ex))
        {
            tooDeep = new MarkdownFacts.Position(FirstTooDeepLine(text), 1);
            document = Markdown.Parse("", Pipeline);
        }
        // Some structures parse but are too deep to render ("[[[[…", "**" nested thousands of times): refused here too.
        if (diagnostics is not null && TooDeepToRender(document) is { } deep)
        {
            tooDeep = new MarkdownFacts.Position(Math.Max(0, deep.Line), Math.Max(0, deep.Column) + 1);
            document = Markdown.Parse("", Pipeline);
        }
        if (tooDeep is { } refusedAt)
            diagnostics!.Add(MarkdownTooDeep.Instance.Create(new SourceSpan(path, firstLine + refusedAt.Line, refusedAt.Column)));
        NormaliseHeadings(document);
        ParseProbe.Stop(ParseProbe.Part.Markdig, t);
        t = ParseProbe.Start();
        var body = new MarkdownBody(path, firstLine, document, text, tooDeep is null ? ParseAgain : ParseNothing, tooDeep);
        if (key is not null) record!.Add(key, body.Facts);
        ParseProbe.Stop(ParseProbe.Part.Inventory, t);
        return body;
    }

    /// <summary>
    /// A narrative whose file the parse stage did not read (the text-file record knew its stamp): its facts from
    /// <paramref name="record"/> under <paramref name="key"/>, MAP027 made again from them, its text read when first asked
    /// for; null when the record does not hold the key (the file is then read and parsed).
    /// </summary>
    internal static MarkdownBody? FromRecord(string path, string key, int firstLine, bool blank, Func<string> text, DiagnosticBag diagnostics, IMarkdownRecord record)
    {
        if (record.FindKey(key) is not { } known) return null;
        if (known.TooDeep is { } at) diagnostics.Add(MarkdownTooDeep.Instance.Create(new SourceSpan(path, firstLine + at.Line, at.Column)));
        return new MarkdownBody(path, firstLine, text, blank, known, known.TooDeep is null ? ParseAgain : ParseNothing);
    }

    /// <summary>The tree of a narrative parsed before, made again when the body is read after letting go of its first
    /// (<see cref="MarkdownBody.Document"/>): the same pipeline and heading ids, so the same tree.</summary>
    private static readonly Func<string, MarkdownDocument> ParseAgain = text =>
    {
        var document = Markdown.Parse(text, Pipeline);
        NormaliseHeadings(document);
        return document;
    };

    /// <summary>A narrative refused as too deep (MAP027) is read as empty, every time.</summary>
    private static readonly Func<string, MarkdownDocument> ParseNothing = _ => Markdown.Parse("", Pipeline);

    /// <summary>Markdig refuses structures nested over its depth limit (quotes, lists, brackets, emphasis) with this.</summary>
    private static bool IsTooDeep(Exception ex) => ex is InsufficientExecutionStackException
        || ex is ArgumentException && ex.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>Below Markdig's renderer limit (128 levels), and far above what any narrative needs.</summary>
    private const int MaxRenderDepth = 100;

    /// <summary>The first block or inline nested more than <see cref="MaxRenderDepth"/> levels deep, found without recursion.</summary>
    private static MarkdownObject? TooDeepToRender(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxRenderDepth) return node;
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>The 0-based line where the nesting goes too deep: the shortest run of whole lines that fails, found by halving.</summary>
    private static int FirstTooDeepLine(string text)
    {
        var lineEnds = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) lineEnds.Add(i + 1);
        if (lineEnds.Count == 0 || lineEnds[^1] < text.Length) lineEnds.Add(text.Length);
        int low = 0, high = lineEnds.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Fails(text[..lineEnds[middle]])) high = middle;
            else low = middle + 1;
        }
        return low;

        static bool Fails(string prefix)
        {
            try
            {
                Markdown.Parse(prefix, Pipeline);
                return false;
            }
            catch (Exception ex) when (IsTooDeep(ex))
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The page title is the only h1, so the narrative's top headings become h2, and no heading is more than one
    /// level below its parent (screen-reader users navigate by level). Siblings keep the same level: the headings
    /// the author wrote are tracked on a stack of (written level, page level).
    /// </summary>
    private static void NormaliseHeadings(MarkdownDocument document)
    {
        var open = new Stack<(int Written, int OnPage)>();
        var ids = new HeadingIds();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is null && heading.Inline is not null) attributes.Id = ids.For(heading);
            if (attributes.Id is { } id && IsReservedId(id)) attributes.Id = RenamedId(id);
            while (open.Count > 0 && open.Peek().Written >= heading.Level) open.Pop();
            var level = Math.Min(open.Count == 0 ? 2 : open.Peek().OnPage + 1, 6);
            open.Push((heading.Level, level));
            heading.Level = level;
        }
    }

    /// <summary>
    /// GitHub-style heading ids, as Markdig's AutoIdentifiers extension gives them ("same", "same-1", "same-2"), but
    /// remembering the last number used for each name, so that thousands of headings with one name take linear time
    /// (the extension tries every number from 1 for each heading, which hangs the build on a hostile narrative).
    /// </summary>
    private sealed class HeadingIds
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _lastNumber = new(StringComparer.Ordinal);

        public string For(HeadingBlock heading)
        {
            using var writer = new StringWriter();
            new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false }.Render(heading.Inline!);
            var name = LinkHelper.UrilizeAsGfm(writer.ToString());
            if (name.Length == 0) name = "section";
            if (_used.Add(name)) return name;
            _lastNumber.TryGetValue(name, out var number);
            string id;
            do id = $"{name}-{++number}";
            while (!_used.Add(id));
            _lastNumber[name] = number;
            return id;
        }
    }
}
