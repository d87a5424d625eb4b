using StaticMap.Core.Localization;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Views;

/// <summary>What moved between two reports, in plain sentences for the progress page and the feed.</summary>
public static class ProgressChanges
{
    /// <summary>
    /// Status changes ("Youth employment moved from at risk to on track."), values up or down with both numbers,
    /// indicators reported for the first time and indicators no longer reported. Empty for the first report. Each is a
    /// whole sentence template of the strings (section <c>changes</c>) in the page's language.
    /// </summary>
    public static IReadOnlyList<string> Describe(Plan plan, ProgressReport? previous, ProgressReport report, UiStrings? text = null) =>
        Sentences(plan, previous, report, text).Select(s => Unmark(s, (_, name) => name)).ToList();

    /// <summary>
    /// <see cref="Describe"/>'s sentences as HTML for a page in <paramref name="pageLanguage"/>: an indicator's name in another
    /// language (a measurement plan not translated into the page's) is marked <c>&lt;span lang="en"&gt;</c>, as the updates
    /// table's links are, so that a screen reader reads "City funding committed" in English inside a Spanish sentence.
    /// </summary>
    public static IReadOnlyList<RawHtml> DescribeHtml(Plan plan, ProgressReport? previous, ProgressReport report, string pageLanguage,
        UiStrings? text = null) =>
        Sentences(plan, previous, report, text).Select(s => new RawHtml(Unmark(HtmlText.Escape(s), (lang, name) =>
            lang.Length > 0 && !string.Equals(lang, pageLanguage, StringComparison.OrdinalIgnoreCase) ? $"<span lang=\"{lang}\">{name}</span>" : name)))
            .ToList();

    /// <summary>
    /// <see cref="Describe"/>'s sentences in runs of text, each with the language it is in when that is not
    /// <paramref name="pageLanguage"/> (an indicator's name from a measurement plan not translated), else null: for the feed's
    /// XHTML summary, which marks such a name <c>xml:lang</c> as the page marks it <c>lang</c>.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<(string Text, string? Lang)>> DescribeRuns(Plan plan, ProgressReport? previous, ProgressReport report,
        string pageLanguage, UiStrings? text = null) =>
        Sentences(plan, previous, report, text).Select(s =>
        {
            var runs = new List<(string, string?)>();
            var at = 0;
            while (s.IndexOf(NameStart, at) is var start and >= 0 && s.IndexOf(NameEnd, start) is var end and >= 0)
            {
                if (start > at) runs.Add((s[at..start], null));
                var marked = s.Substring(start + 1, end - start - 1);
                var bar = marked.IndexOf('|');
                var lang = marked[..bar];
                runs.Add((marked[(bar + 1)..], lang.Length > 0 && !string.Equals(lang, pageLanguage, StringComparison.OrdinalIgnoreCase) ? lang : null));
                at = end + 1;
            }
            if (at < s.Length) runs.Add((s[at..], null));
            return (IReadOnlyList<(string, string?)>)runs;
        }).ToList();

    // An indicator's name inside a sentence is kept between these two marks, its language before a '|': the text sentences
    // drop the marks and the language, the HTML ones make a span of a name whose language is not the page's.
    private const char NameStart = '\u0001';
    private const char NameEnd = '\u0002';

    private static string Unmark(string sentence, Func<string, string, string> name)
    {
        var result = new System.Text.StringBuilder();
        var at = 0;
        while (sentence.IndexOf(NameStart, at) is var start and >= 0 && sentence.IndexOf(NameEnd, start) is var end and >= 0)
        {
            var marked = sentence.Substring(start + 1, end - start - 1);
            var bar = marked.IndexOf('|');
            result.Append(sentence, at, start - at).Append(name(marked[..bar], marked[(bar + 1)..]));
            at = end + 1;
        }
        return result.Append(sentence, at, sentence.Length - at).ToString();
    }

    private static List<string> Sentences(Plan plan, ProgressReport? previous, ProgressReport report, UiStrings? text)
    {
        if (previous is null) return [];
        var t = Formatting.Or(text);
        var indicators = plan.IndicatorsById;
        // An indicator that follows one group's values ('subgroup') is named with its group, as the progress rows say it
        // ("Values for Black, non-Hispanic residents"): its values are that group's, not everyone's; said once (GroupInName).
        string Name(string id) => !indicators.TryGetValue(id, out var i) ? id : GroupInName.Name(i, Marked(i), "changes.name_group", t);
        string Marked(Indicator i) => $"{NameStart}{i.NameLanguage ?? plan.MeasurementPlan?.TextLanguage ?? ""}|{i.Name}{NameEnd}";
        // A unit in another language than the page's (left untranslated) is marked as a name is: its words in their language.
        string Value(string id, MeasuredValue v)
        {
            var indicator = indicators.GetValueOrDefault(id);
            var lang = Formatting.UnitLanguage(indicator, plan);
            var (before, words, after) = Formatting.ValueInParts(v.Number, indicator?.Unit, lang, t);
            return words.Length == 0 ? before + after : $"{before}{NameStart}{lang}|{words}{NameEnd}{after}";
        }
        var before = previous.Updates.DistinctBy(u => u.Indicator.Value).ToDictionary(u => u.Indicator.Value, StringComparer.Ordinal);
        var sentences = new List<string>();
        foreach (var update in report.Updates.DistinctBy(u => u.Indicator.Value))
        {
            var id = update.Indicator.Value;
            if (!before.TryGetValue(id, out var old))
            {
                // An estimate Urban rates Weak is marked in the table, never headlined in a sentence.
                sentences.Add(update.Value is { } v && !update.WeakValue
                    ? t.Text("changes.first_time_value", ("name", Name(id)), ("status", Words(update)),
                        ("value", t.Text("progress_page.value_in_year", ("value", Value(id, v)), ("year", update.YearOf(report)))))
                    : t.Text("changes.first_time", ("name", Name(id)), ("status", Words(update))));
                continue;
            }
            // Every indicator whose value is no newer than the previous report's says so, whether or not its status changed
            // (review9, 2026-12-07), in one sentence with the status the updates table shows and whose it is (review11,
            // 2026-12-07: "moved from not started to on track" in the index beside "no newer data …; its status is not
            // compared"): the coalition's own ("on track (the coalition's assessment; no newer data since 2023)") or computed
            // from the same numbers ("… (computed from the numbers; …)"), with the move when it differs from last report's; an
            // update with no status says so, and what it was. The coalition's status says it only where the updates table says
            // no newer data (a value from the data of the same year as the previous report's; an older one beside the
            // coalition's own value of last year is shown with its year, and said nothing of).
            var noNewerData = update.StatusGiven ? update.NoNewerData
                : update.NoNewerData || old.Value is not null && update.Value is not null && update.YearOf(report) <= old.YearOf(previous);
            var since = update.Value is null ? update.YearOf(report) : Math.Max(update.YearOf(report), old.YearOf(previous));
            var moved = old.HasStatus && update.HasStatus && old.Status != update.Status;
            if (!noNewerData)
            {
                // An update with no status yet has not moved anywhere.
                if (moved) sentences.Add(t.Text("changes.moved", ("name", Name(id)), ("from", Words(old)), ("to", Words(update))));
            }
            else if (update.HasStatus)
            {
                var by = t.Text(update.StatusGiven ? "changes.by_coalition" : "changes.by_numbers");
                sentences.Add(moved
                    ? t.Text("changes.moved_no_newer_data", ("name", Name(id)), ("from", Words(old)), ("to", Words(update)), ("by", by), ("year", since))
                    : t.Text("changes.status_no_newer_data", ("name", Name(id)), ("status", Words(update)), ("by", by), ("year", since)));
            }
            else
                sentences.Add(old.HasStatus
                    ? t.Text("changes.no_newer_data_was", ("name", Name(id)), ("year", since), ("from", Words(old)), ("from_year", previous.Year))
                    : t.Text("changes.no_newer_data", ("name", Name(id)), ("year", since)));
            // Each value with the year it is the value of (a value from the data keeps its data year); no newer data is no change.
            if (old.Value is { } was && update.Value is { } now && was.Number != now.Number && !update.NoNewerData && !update.WeakValue && !old.WeakValue
                && update.YearOf(report) > old.YearOf(previous))
                sentences.Add(t.Text(now.Number > was.Number ? "changes.went_up" : "changes.went_down", ("name", Name(id)),
                    ("from", Value(id, was)), ("from_year", old.YearOf(previous)), ("to", Value(id, now)), ("to_year", update.YearOf(report))));
        }
        var reported = report.Updates.Select(u => u.Indicator.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var old in previous.Updates.DistinctBy(u => u.Indicator.Value).Where(u => !reported.Contains(u.Indicator.Value)))
            sentences.Add(old.HasStatus
                ? t.Text("changes.not_reported", ("name", Name(old.Indicator.Value)), ("status", Words(old)), ("year", previous.Year))
                : t.Text("changes.not_reported_no_status", ("name", Name(old.Indicator.Value))));
        return sentences;

        string Words(ProgressUpdate u) => u.HasStatus ? Formatting.StatusWords(u.Status, t) : t.Text("status.word.none");
    }
}
