using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using StaticMap.Core.Parsing;

namespace StaticMap.Core.Caching;

/// <summary>
/// How the last build split each plan.yml and Markdown file of the plans (<c>.staticmap/cache/text-files.txt</c>), under the
/// file's stamp as <see cref="FileHashes"/> takes it (size, modification and change times, inode, device; a regular file
/// with one link): the key and first line of its YAML text and of its narrative, and whether the narrative is blank. A file
/// whose stamp is the recorded one, and whose folders on the way from the repository's root are no links, is not read by
/// the parse stage: its YAML tree and its narrative's facts come from <see cref="YamlRecord"/> and <see cref="MarkdownRecord"/>
/// under those keys, and its text is read only when a rule or the render asks (<see cref="RecordedText"/>, which checks it
/// against the keys). A stamp is taken before the file is read, and recorded only when the file's times are more than two
/// seconds older than the clock (<see cref="FileHashes"/>' "racily clean" rule), so a file written since it was read always
/// has a new stamp. Only a file read, split and loaded without a diagnostic is recorded. One of another version, or that
/// does not parse, is not used (every file is read) and written again; never an error.
/// </summary>
public sealed class TextFileRecord : ITextFileRecord
{
    /// <summary>The record's name in the cache folder.</summary>
    public const string FileName = "text-files.txt";

    private static readonly string Header = RecordFile.Header("staticmap-text-files 1", typeof(TextFileRecord));

    private readonly string _path;
    private readonly long _racyNanoseconds;
    private readonly Dictionary<string, Entry> _known;
    private readonly ConcurrentDictionary<string, Entry> _now = new(StringComparer.Ordinal);
    // Whether each folder on a recorded file's way is a real folder (no link), asked once per folder in a build.
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _found;
    private int _added;

    private TextFileRecord(string path, Dictionary<string, Entry>? known, TimeSpan racy) =>
        (_path, _known, Readable, _racyNanoseconds) = (path, known ?? new Dictionary<string, Entry>(StringComparer.Ordinal), known is not null, racy.Ticks * 100);

    /// <summary>The record in <paramref name="cacheFolder"/>; an empty one when there is none, it does not parse or is another version's.</summary>
    public static TextFileRecord In(string cacheFolder) => In(cacheFolder, TimeSpan.FromSeconds(2));

    /// <param name="racy">How much older than the clock a file's times must be for its stamp to be recorded (tests: zero).</param>
    internal static TextFileRecord In(string cacheFolder, TimeSpan racy)
    {
        var path = Path.Combine(cacheFolder, FileName);
        return new TextFileRecord(path, RecordFile.ReadLines(path, Header) is { } lines ? Parse(lines) : null, racy);
    }

    /// <summary>Whether a record of this version was read.</summary>
    public bool Readable { get; }

    /// <summary>The files of this build not read by the parse stage (for tests and the timings).</summary>
    public int Found => Volatile.Read(ref _found);

    /// <summary>The files of this build read and recorded.</summary>
    public int Added => Volatile.Read(ref _added);

    /// <summary>Whether the record on disk is not this build's.</summary>
    public bool Changed => !Readable || Added > 0 || _now.Count != _known.Count;

    private sealed record Entry(FileHashes.Stamp Stamp, RecordedSplit Split);

    /// <inheritdoc />
    public RecordedSplit? Find(string root, string fullPath)
    {
        if (!_known.TryGetValue(fullPath, out var entry) || FileHashes.StampOf(fullPath) != entry.Stamp || !RealFolders(root, fullPath)) return null;
        _now[fullPath] = entry;
        Interlocked.Increment(ref _found);
        return entry.Split;
    }

    /// <summary>Whether every folder from <paramref name="root"/> to the file is a folder, not a link (as <see cref="Reading.RepositoryFiles.IsFolder"/>).</summary>
    private bool RealFolders(string root, string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath);
        return folder is not null && _folders.GetOrAdd(folder, f => new Reading.RepositoryFiles(root).IsFolder(f));
    }

    /// <inheritdoc />
    public object? Stamp(string fullPath) => FileHashes.StampOf(fullPath);

    /// <inheritdoc />
    public void Add(string fullPath, object? stamp, RecordedSplit split)
    {
        if (stamp is not FileHashes.Stamp s) return;
        var clock = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks * 100;
        if (clock - Math.Max(s.Modified, s.Changed) <= _racyNanoseconds) return;
        _now[fullPath] = new Entry(s, split);
        Interlocked.Increment(ref _added);
    }

    /// <inheritdoc />
    public string KeyOf(string text) => RecordFile.TextKey(text);

    /// <summary>Writes the files this build read or took from the record, when that is not the record already (a temporary
    /// file renamed). A failure is silent: the record left behind is still true of every stamp it lists.</summary>
    public void Save()
    {
        if (!Changed) return;
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, entry) in _now.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var (s, split) = (entry.Stamp, entry.Split);
            text.Append(CultureInfo.InvariantCulture, $"{s.Size}\t{s.Modified}\t{s.Changed}\t{s.Inode}\t{s.Device}\t");
            text.Append(CultureInfo.InvariantCulture, $"{split.YamlKey}\t{split.YamlFirstLine}\t{split.BodyKey ?? "-"}\t{split.BodyFirstLine}\t{(split.BodyBlank ? 1 : 0)}\t");
            text.Append(RecordFile.Escape(path)).Append('\n');
        }
        // The count last: a record cut short is refused.
        text.Append(CultureInfo.InvariantCulture, $"end\t{_now.Count}\n");
        RecordFile.TryReplace(_path, text.ToString());
    }

    private static Dictionary<string, Entry>? Parse(ArraySegment<string> lines)
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("end\t", StringComparison.Ordinal))
                return i == lines.Count - 1 && int.TryParse(line.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count == entries.Count
                    ? entries : null;
            var cells = line.Split('\t');
            if (cells.Length != 11 || !Key(cells[5]) || !(cells[7] == "-" || Key(cells[7])) || cells[9] is not ("0" or "1")
                || !long.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                || !long.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var modified)
                || !long.TryParse(cells[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var changed)
                || !ulong.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
                || !ulong.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out var device)
                || !int.TryParse(cells[6], NumberStyles.None, CultureInfo.InvariantCulture, out var yamlLine)
                || !int.TryParse(cells[8], NumberStyles.None, CultureInfo.InvariantCulture, out var bodyLine)
                || RecordFile.Unescape(cells[10]) is not { } path)
                return null;
            entries[path] = new Entry(new FileHashes.Stamp(size, modified, changed, inode, device),
                new RecordedSplit(cells[5], yamlLine, cells[7] == "-" ? null : cells[7], bodyLine, cells[9] == "1"));
        }
        return null; // no end line: cut short

        static bool Key(string cell) => cell.Length == 64 && cell.All(char.IsAsciiHexDigitLower);
    }
}
