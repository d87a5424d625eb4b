using System.Collections.Concurrent;
using System.Text;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Files;

namespace StaticMap.Core.Caching;

/// <summary>
/// The feed's summaries under the build-cache key of their plan (<c>.staticmap/cache/feed-summaries.txt</c>): the feed lists
/// every report of every released plan, and a summary reads the report's Markdown (its first paragraph) and compares it with
/// the previous report, so a build that renders one plan would otherwise make a thousand plans' summaries again for the
/// two feeds. A summary is served only when its plan's key (<see cref="PlanKeys"/>) is the one it was kept under; the
/// record is written with the manifest, holding this build's summaries only. A record that does not parse is ignored (every
/// summary made again); one that cannot be written leaves the next build to make them.
/// </summary>
public sealed class FeedSummaryRecord : IFeedSummaries
{
    private const string Header = "staticmap-feed-summaries 1";
    private readonly string _path;
    private readonly Dictionary<(string Plan, string Language, string Report), (string Key, string Xml)> _known;
    private readonly ConcurrentDictionary<(string Plan, string Language, string Report), (string Key, string Xml)> _now = new();
    private IReadOnlyDictionary<string, string> _keys = new Dictionary<string, string>();
    private int _found;

    private FeedSummaryRecord(string path, Dictionary<(string, string, string), (string, string)> known) => (_path, _known) = (path, known);

    /// <summary>The record's name in the cache folder.</summary>
    public const string FileName = "feed-summaries.txt";

    /// <summary>The record in the cache folder; an empty one when there is none or it does not parse.</summary>
    public static FeedSummaryRecord In(string cacheFolder)
    {
        var path = Path.Combine(cacheFolder, FileName);
        return new FeedSummaryRecord(path, Read(path) ?? []);
    }

    /// <summary>How many summaries this build took from the record (for tests).</summary>
    public int Found => _found;

    /// <summary>This build's plan keys, by plan id: only a plan with a key has its summaries served and kept.</summary>
    public void Use(IReadOnlyDictionary<string, string> keys) => _keys = keys;

    public string? Find(Plan edition, ProgressReport report)
    {
        if (!_keys.TryGetValue(edition.Id, out var key)) return null;
        var id = (edition.Id, edition.Metadata.Language, report.Path);
        if (!_known.TryGetValue(id, out var kept) || kept.Key != key) return null;
        _now[id] = kept;
        Interlocked.Increment(ref _found);
        return kept.Xml;
    }

    public void Keep(Plan edition, ProgressReport report, string xml)
    {
        if (_keys.TryGetValue(edition.Id, out var key)) _now[(edition.Id, edition.Metadata.Language, report.Path)] = (key, xml);
    }

    /// <summary>Writes this build's summaries (a temporary file renamed); a failure is silent: the summaries are made again.</summary>
    public void Save()
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var ((plan, language, report), (key, xml)) in _now.OrderBy(e => e.Key.Plan, StringComparer.Ordinal)
                     .ThenBy(e => e.Key.Language, StringComparer.Ordinal).ThenBy(e => e.Key.Report, StringComparer.Ordinal))
        {
            if (!Plain(plan) || !Plain(language) || !Plain(report)) continue;
            text.Append(plan).Append('\t').Append(key).Append('\t').Append(language).Append('\t').Append(report).Append('\t');
            RecordFile.AppendEscaped(text, xml);
            text.Append('\n');
        }
        RecordFile.TryReplace(_path, text.ToString());
    }

    private static bool Plain(string cell) => cell.IndexOfAny(['\t', '\n', '\r', '\\']) < 0;

    private static Dictionary<(string, string, string), (string, string)>? Read(string path)
    {
        if (RecordFile.ReadLines(path, Header) is not { } lines) return null;
        var entries = new Dictionary<(string, string, string), (string, string)>(lines.Count);
        foreach (var line in lines)
        {
            var cells = line.Split('\t', 5);
            if (cells.Length != 5 || cells[1].Length != 64 || RecordFile.Unescape(cells[4]) is not { } xml) return null;
            entries[(cells[0], cells[2], cells[3])] = (cells[1], xml);
        }
        return entries;
    }
}
