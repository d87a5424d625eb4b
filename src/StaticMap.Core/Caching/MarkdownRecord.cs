using System.Globalization;
using System.Text;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;

namespace StaticMap.Core.Caching;

/// <summary>
/// What the parse stage takes from each narrative's Markdig tree (<see cref="MarkdownFacts"/>: its heading and footnote ids,
/// its links' and autolinks' addresses, whether it has raw HTML, its first paragraph's text, and where it was refused as
/// too deep, MAP027), kept in <c>.staticmap/cache/markdown.txt</c> under the SHA-256 of the narrative's text, so that a
/// build with the cache does not run Markdig over a narrative whose text a build before parsed (docs/architecture.md,
/// "The build cache"). The record is of one StaticMap and one Markdig (the Core assembly's and Markdig's MVIDs, which fix
/// the pipeline, the heading ids and what is taken from the tree): a record of another version, or one that does not
/// parse, is ignored (every narrative is parsed) and written again; never an error. It lists the narratives of the last
/// build only (a temporary file renamed), and is written only when that list or a narrative's facts changed.
/// </summary>
public sealed class MarkdownRecord : IMarkdownRecord
{
    /// <summary>The record's name in the cache folder.</summary>
    public const string FileName = "markdown.txt";

    private static readonly string Header = RecordFile.Header("staticmap-markdown 1", typeof(MarkdownRecord), typeof(Markdig.Markdown));

    private readonly string _path;
    private readonly TextRecordEntries<MarkdownFacts> _entries;

    private MarkdownRecord(string path, Dictionary<string, MarkdownFacts>? known) => (_path, _entries) = (path, new(known));

    /// <summary>The record in <paramref name="cacheFolder"/>; an empty one when there is none, it does not parse or is another version's.</summary>
    public static MarkdownRecord In(string cacheFolder)
    {
        var path = Path.Combine(cacheFolder, FileName);
        return new MarkdownRecord(path, RecordFile.ReadLines(path, Header) is { } lines ? Parse(lines) : null);
    }

    /// <summary>Whether a record of this version was read (an empty one for a first build or a broken record).</summary>
    public bool Readable => _entries.Readable;

    /// <summary>The narratives of this build whose facts came from the record (not parsed): for tests and the timings.</summary>
    public int Found => _entries.Found;

    /// <summary>The narratives of this build parsed and added to the record.</summary>
    public int Parsed => _entries.Added;

    /// <summary>Whether the record on disk is not this build's: a narrative was parsed, or one it lists is no longer read.</summary>
    public bool Changed => _entries.Changed;

    /// <inheritdoc />
    public MarkdownFacts? Find(string text, out string key)
    {
        key = RecordFile.TextKey(text);
        return FindKey(key);
    }

    /// <inheritdoc />
    public MarkdownFacts? FindKey(string key)
    {
        if (!_entries.TryGetKnown(key, out var facts)) return null;
        _entries.Keep(key, facts);
        return facts;
    }

    /// <inheritdoc />
    public void Add(string key, MarkdownFacts facts) => _entries.Add(key, facts);

    /// <summary>
    /// Writes the facts of the narratives this build read (a temporary file renamed). A failure is silent: the record left
    /// behind is still true of every narrative it lists, and a narrative it does not list is parsed.
    /// </summary>
    public void Save()
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (key, facts) in _entries.InKeyOrder())
        {
            text.Append("body\t").Append(key).Append('\t').Append(facts.HasRawHtml ? '1' : '0').Append('\t');
            if (facts.TooDeep is { } at) text.Append(CultureInfo.InvariantCulture, $"{at.Line}\t{at.Column}");
            else text.Append('\t');
            text.Append('\t').Append(RecordFile.Escape(facts.FirstParagraph)).Append('\n');
            foreach (var id in facts.NarrativeIds) text.Append("id\t").Append(RecordFile.Escape(id)).Append('\n');
            foreach (var url in facts.LinkAddresses) text.Append("link\t").Append(RecordFile.Escape(url)).Append('\n');
            foreach (var autolink in facts.Autolinks)
                text.Append("auto\t").Append(autolink.IsEmail ? '1' : '0').Append('\t').Append(RecordFile.Escape(autolink.Url)).Append('\n');
        }
        // The count of narratives last: a record cut short (a copy, a disk fault) is refused rather than read without its last ids.
        text.Append(CultureInfo.InvariantCulture, $"end\t{_entries.Count}\n");
        RecordFile.TryReplace(_path, text.ToString());
    }

    private sealed class Entry(bool rawHtml, MarkdownFacts.Position? tooDeep, string firstParagraph)
    {
        public readonly List<string> Ids = [];
        public readonly List<string> Links = [];
        public readonly List<MarkdownFacts.Autolink> Autolinks = [];

        public MarkdownFacts Facts() => new(Ids.Count == 0 ? [] : Ids.ToArray(), Links.Count == 0 ? [] : Links.ToArray(),
            Autolinks.Count == 0 ? [] : Autolinks.ToArray(), rawHtml, firstParagraph, tooDeep);
    }

    /// <summary>The facts by key, from the lines after the header; null when a line does not parse.</summary>
    private static Dictionary<string, MarkdownFacts>? Parse(ArraySegment<string> lines)
    {
        var facts = new Dictionary<string, MarkdownFacts>(StringComparer.Ordinal);
        string? key = null;
        Entry? current = null;
        var ended = false;
        foreach (var line in lines)
        {
            if (ended) return null;
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "body" when cells.Length == 6 && cells[1].Length == 64 && cells[2] is "0" or "1"
                    && Position(cells[3], cells[4], out var tooDeep) && RecordFile.Unescape(cells[5]) is { } paragraph:
                    if (key is not null && !facts.TryAdd(key, current!.Facts())) return null;
                    (key, current) = (cells[1], new Entry(cells[2] == "1", tooDeep, paragraph));
                    break;
                case "id" when cells.Length == 2 && current is not null && RecordFile.Unescape(cells[1]) is { } id:
                    current.Ids.Add(id);
                    break;
                case "link" when cells.Length == 2 && current is not null && RecordFile.Unescape(cells[1]) is { } url:
                    current.Links.Add(url);
                    break;
                case "auto" when cells.Length == 3 && current is not null && cells[1] is "0" or "1" && RecordFile.Unescape(cells[2]) is { } address:
                    current.Autolinks.Add(new MarkdownFacts.Autolink(address, cells[1] == "1"));
                    break;
                case "end" when cells.Length == 2 && int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count):
                    if (key is not null && !facts.TryAdd(key, current!.Facts())) return null;
                    if (facts.Count != count) return null;
                    ended = true;
                    break;
                default:
                    return null;
            }
        }
        return ended ? facts : null;
    }

    /// <summary>Where a narrative was refused as too deep: both cells empty when it was not, else a line (0 or more) and a column (1 or more).</summary>
    private static bool Position(string line, string column, out MarkdownFacts.Position? position)
    {
        position = null;
        if (line.Length == 0 && column.Length == 0) return true;
        if (!int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
            || !int.TryParse(column, NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c < 1)
            return false;
        position = new MarkdownFacts.Position(l, c);
        return true;
    }
}
