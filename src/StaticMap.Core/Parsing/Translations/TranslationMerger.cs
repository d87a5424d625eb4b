using System.Collections.Immutable;
using System.Globalization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Parsing.Translations;

/// <summary>
/// Lays a translation's front matter over its original's, node by node, into one tree that the component's own parser
/// then reads: text from the translation (the original's where the translation has none), everything else from the
/// original. Entries of lists are matched by 'id', 'indicator', 'metric' or 'file', else by position. Every fault is
/// reported at the translation's node: an entry that matches nothing (MAP047), a field that is not text and differs
/// (MAP048), a list matched by position of another length (MAP049).
/// </summary>
/// <remarks>The merged tree keeps each node's own position, so a problem the parser finds in a translated text points
/// at the translation, and one in a copied field at the original (where it was already reported).</remarks>
public sealed class TranslationMerger(string originalName, DiagnosticBag diagnostics)
{
    /// <param name="original">The original's front matter.</param>
    /// <param name="translation">The translation's front matter.</param>
    public YamlMapping Merge(YamlMapping original, YamlMapping translation) => MergeMapping(original, translation, "");

    private YamlMapping MergeMapping(YamlMapping o, YamlMapping t, string where)
    {
        var entries = ImmutableArray.CreateBuilder<YamlEntry>(o.Entries.Length + t.Entries.Length);
        foreach (var entry in o.Entries)
        {
            var translated = t.Find(entry.Key.Value);
            if (translated is null || translated.Value is YamlScalar { IsNull: true })
            {
                entries.Add(entry); // Left out, or left empty: the original's, text included.
                continue;
            }
            var path = Path(where, entry.Key.Value);
            if (IsText(entry.Key.Value, entry.Value))
                entries.Add(MergeText(entry, translated, path));
            else
                entries.Add(entry with { Value = MergeValue(entry.Value, translated.Value, path) });
        }
        foreach (var entry in t.Entries)
        {
            if (o.Find(entry.Key.Value) is not null) continue;
            var key = entry.Key.Value;
            if (TranslatableFields.Text.Contains(key) && IsTextValue(entry.Value) || !TranslatableFields.NotText.Contains(key))
                entries.Add(entry); // New text (a title the original leaves to its default), or a field the parser will name unknown.
            else if (entry.Value is not YamlScalar { IsNull: true })
                diagnostics.Add(TranslationFieldDiffers.Instance.CreateAbsent(entry.Key.Span, Path(where, key), originalName));
        }
        return new YamlMapping(entries.ToImmutable(), o.Span);
    }

    /// <summary>A text field: the translation's, as written (the parser checks its type there); a list of texts, by position.</summary>
    private YamlEntry MergeText(YamlEntry original, YamlEntry translated, string where)
    {
        if (original.Value is YamlSequence o && translated.Value is YamlSequence t && o.Items.Length != t.Items.Length)
        {
            diagnostics.Add(TranslationListLength.Instance.Create(t.Span, where, t.Items.Length, o.Items.Length, originalName));
            return original;
        }
        return translated;
    }

    private YamlNode MergeValue(YamlNode o, YamlNode t, string where)
    {
        switch (o, t)
        {
            case (YamlScalar os, YamlScalar ts):
                if (!SameValue(os, ts, where.EndsWith("file", StringComparison.Ordinal)))
                    diagnostics.Add(TranslationFieldDiffers.Instance.Create(ts.Span, where, ts.Value.Trim(), os.Value.Trim(), originalName));
                return o;
            case (YamlMapping om, YamlMapping tm):
                return MergeMapping(om, tm, where);
            case (YamlSequence oq, YamlSequence tq):
                return MergeList(oq, tq, where);
            default:
                diagnostics.Add(TranslationFieldDiffers.Instance.CreateShape(t.Span, where, Describe(t), Describe(o), originalName));
                return o;
        }
    }

    private YamlNode MergeList(YamlSequence o, YamlSequence t, string where)
    {
        if (o.Items.All(i => i is YamlScalar))
        {
            // A list of words that are not text (subgroups, disaggregate_by): the same words, in the same order.
            var ow = o.Items.Cast<YamlScalar>().Select(s => s.Value.Trim()).ToList();
            var tw = t.Items.Select(i => i is YamlScalar s ? s.Value.Trim() : "…").ToList();
            if (!ow.SequenceEqual(tw))
                diagnostics.Add(TranslationFieldDiffers.Instance.Create(t.Span, where, $"[{string.Join(", ", tw)}]", $"[{string.Join(", ", ow)}]", originalName));
            return o;
        }
        var key = MatchKey(o, where);
        return key is null ? MergeByPosition(o, t, where) : MergeByKey(o, t, where, key);
    }

    /// <summary>What entries of a list are matched by: 'id', 'indicator', 'metric'/'file' (findings metrics), or position (null).</summary>
    private static string? MatchKey(YamlSequence o, string where)
    {
        var maps = o.Items.OfType<YamlMapping>().ToList();
        if (maps.Count == 0 || maps.Count != o.Items.Length) return null;
        if (maps.All(m => m.Find("id") is not null)) return "id";
        if (maps.All(m => m.Find("indicator") is not null)) return "indicator";
        if (where == "metrics") return "metric";
        return null;
    }

    private YamlNode MergeByPosition(YamlSequence o, YamlSequence t, string where)
    {
        if (o.Items.Length != t.Items.Length)
        {
            diagnostics.Add(TranslationListLength.Instance.Create(t.Span, where, t.Items.Length, o.Items.Length, originalName));
            return o;
        }
        var items = o.Items.Select((item, i) => MergeValue(item, t.Items[i], $"{where}[{i + 1}]")).ToImmutableArray();
        return new YamlSequence(items, o.Span);
    }

    private YamlNode MergeByKey(YamlSequence o, YamlSequence t, string where, string key)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < o.Items.Length; i++)
            if (KeyOf((YamlMapping)o.Items[i], key) is { } k) index.TryAdd(k.Value, i);
        var merged = o.Items.ToArray();
        var firstLine = new Dictionary<int, int>();
        // What an unmatched entry may have meant: an entry of the original that no entry of the translation names.
        var named = t.Items.OfType<YamlMapping>().Select(m => KeyOf(m, key)?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (var j = 0; j < t.Items.Length; j++)
        {
            var itemWhere = $"{where}[{j + 1}]";
            if (t.Items[j] is not YamlMapping item)
            {
                diagnostics.Add(TranslationFieldDiffers.Instance.CreateShape(t.Items[j].Span, itemWhere, Describe(t.Items[j]), "an entry (a mapping of fields)", originalName));
                continue;
            }
            var k = KeyOf(item, key);
            var keys = key == "metric" ? "'metric' or 'file'" : $"'{key}'";
            if (k is null)
            {
                diagnostics.Add(UnmatchedTranslationEntry.Instance.CreateNoKey(item.Span, itemWhere, keys, originalName));
                continue;
            }
            var (value, keyName, span) = k.Value;
            if (!index.TryGetValue(value, out var i))
            {
                // Only an id is suggested: the original defines it, so the translation is the one misspelled. An 'indicator' or
                // 'metric' names something defined elsewhere, and when the original misspells it (MAP033, MAP070) the translation
                // is right: the message then names the original's look-alike and its line, and leaves the choice to the author.
                var prefix = keyName + ":";
                var closest = Spelling.Closest(value[prefix.Length..], index.Keys
                    .Where(c => c.StartsWith(prefix, StringComparison.Ordinal) && !named.Contains(c)).Select(c => c[prefix.Length..]));
                if (keyName != "id" && closest is not null)
                    diagnostics.Add(UnmatchedTranslationEntry.Instance.CreateNoMatchSpelledAlike(span, itemWhere, keyName, Written(item, keyName),
                        originalName, closest, KeyOf((YamlMapping)o.Items[index[prefix + closest]], key)!.Value.Span.Line));
                else
                    diagnostics.Add(UnmatchedTranslationEntry.Instance.CreateNoMatch(span, itemWhere, keyName, Written(item, keyName), originalName,
                        keyName == "id" ? closest : null));
                continue;
            }
            if (firstLine.TryGetValue(i, out var line))
            {
                diagnostics.Add(UnmatchedTranslationEntry.Instance.CreateTwice(span, itemWhere, keyName, Written(item, keyName), line));
                continue;
            }
            firstLine[i] = item.Span.Line;
            merged[i] = MergeMapping((YamlMapping)o.Items[i], item, itemWhere);
        }
        return new YamlSequence([.. merged], o.Span);
    }

    private static string Written(YamlMapping item, string key) => item.Find(key) is { Value: YamlScalar s } ? s.Value.Trim() : "";

    /// <summary>The value an entry is matched by; a metric's local file as data/… so "jobs.csv" is "data/jobs.csv".</summary>
    private static (string Value, string Key, SourceSpan Span)? KeyOf(YamlMapping item, string key)
    {
        foreach (var name in key == "metric" ? new[] { "metric", "file" } : [key])
        {
            if (item.Find(name) is not { Value: YamlScalar { IsNull: false } s } || s.Value.Trim().Length == 0) continue;
            var value = s.Value.Trim();
            if (name == "file" && PlanPaths.TryNormaliseDataFile(value, out var normalised)) value = normalised;
            return (name + ":" + value, name, s.Span);
        }
        return null;
    }

    private static bool SameValue(YamlScalar o, YamlScalar t, bool isDataFile)
    {
        var (a, b) = (o.Value.Trim(), t.Value.Trim());
        if (a == b) return true;
        // "jobs.csv" and "data/jobs.csv" are the same file.
        if (isDataFile && PlanPaths.TryNormaliseDataFile(a, out var x1) && PlanPaths.TryNormaliseDataFile(b, out var y1)) return x1 == y1;
        // 1500 and 1500.0 are the same number; 2021 and "2021" the same year.
        return double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && x.Equals(y);
    }

    /// <remarks>A timeline's <c>date</c> is text when the original writes it in words ("Fall 2023"), and is then translated
    /// like <c>event</c>; a machine date (2021, 2021-06, 2021-06-15) is not, and StaticMap writes it in the page's language.</remarks>
    private static bool IsText(string key, YamlNode originalValue) =>
        TranslatableFields.Text.Contains(key) && IsTextValue(originalValue)
        || key == "date" && originalValue is YamlScalar { IsNull: false } date && !TimelineDates.IsDateLike(date.Value.Trim());

    private static bool IsTextValue(YamlNode value) => value is YamlScalar || value is YamlSequence s && s.Items.All(i => i is YamlScalar);

    private static string Path(string where, string key) => where.Length == 0 ? key : $"{where}.{key}";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } => "empty",
        YamlScalar => "text",
        YamlSequence => "a list",
        _ => "a mapping of fields",
    };
}
