using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace StaticMap.Core.Localization;

/// <summary>
/// The interface text of one language: navigation, headings, table headers, statuses, notices and the sentence
/// templates the site writes. Keys are dotted ("nav.home"); a text may hold named placeholders ("{count} indicators")
/// and a plural text has one form per CLDR category ("one", "other", and for Spanish "many"). A key the language lacks
/// falls back to its <see cref="Fallback"/> (English), so a page is never left with a blank; <c>staticmap check</c>
/// reports such keys (MAP085).
/// </summary>
public sealed class UiStrings
{
    private readonly FrozenDictionary<string, StringEntry> _entries;

    public UiStrings(string language, IReadOnlyDictionary<string, StringEntry> entries, UiStrings? fallback)
    {
        Language = language;
        _entries = entries.ToFrozenDictionary(StringComparer.Ordinal);
        Fallback = fallback;
        Culture = CultureFor(language, _entries.TryGetValue("language.culture", out var c) ? c.Text : null);
        Name = _entries.TryGetValue("language.name", out var n) && n.Text is { Length: > 0 } name ? name
            : fallback?.Fallback is not null ? fallback.Name // a regional file without a name: its primary language's ("Español")
            : language;
    }

    /// <summary>The BCP 47 tag of the language, e.g. "es".</summary>
    public string Language { get; }

    /// <summary>The language's name in itself ("English", "Español"), for the language switch.</summary>
    public string Name { get; }

    /// <summary>The culture numbers and dates are written in: the strings file's <c>language.culture</c> (e.g. es-US), or the tag itself.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The language this one takes a missing key from (English); null for English itself.</summary>
    public UiStrings? Fallback { get; }

    /// <summary>The keys this language defines itself.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>The text of <paramref name="key"/> in this language or its fallback, else <paramref name="otherwise"/>
    /// (a component kind a test or extension adds has no strings of its own).</summary>
    public string TextOr(string key, string otherwise) => Find(key) is null ? otherwise : Text(key);

    /// <summary>The text of <paramref name="key"/> in this language or the one it falls back to; null when neither has
    /// it, for texts with a source of their own when no strings file names them (a metric's catalog name and unit).</summary>
    public string? TextOrNull(string key) => Find(key) is { } entry ? entry.Text ?? entry.Form(PluralRules.Other) : null;

    /// <summary>The text of <paramref name="key"/> with its placeholders filled from <paramref name="args"/>.</summary>
    public string Text(string key, params (string Name, object? Value)[] args) => Text(key, args, false);

    /// <param name="html">Whether the result is HTML: the text is escaped and the (already escaped) values go in as they are.</param>
    public string Text(string key, (string Name, object? Value)[] args, bool html)
    {
        var entry = Find(key);
        if (entry is null) return key;
        var text = entry.Text ?? entry.Form(PluralRules.Other) ?? key;
        return Fill(html ? HtmlText.Escape(text) : text, args);
    }

    /// <summary>The plural form of <paramref name="key"/> for <paramref name="count"/>; {count} is the number as this culture writes it.</summary>
    public string Plural(string key, decimal count, params (string Name, object? Value)[] args) => Plural(key, count, args, false);

    /// <param name="html">Whether the result is HTML: the text is escaped and the (already escaped) values go in as they are.</param>
    public string Plural(string key, decimal count, (string Name, object? Value)[] args, bool html)
    {
        var (entry, owner) = FindWithOwner(key);
        if (entry is null) return key;
        var category = PluralRules.Category(owner!.Language, count);
        var text = entry.Form(category) ?? entry.Form(PluralRules.Other) ?? entry.Text ?? key;
        if (html) text = HtmlText.Escape(text);
        // A placeholder given by the caller wins over the default {count}.
        return Fill(text, [.. args, ("count", count.ToString("#,0.##", Culture))]);
    }

    private StringEntry? Find(string key) => FindWithOwner(key).Entry;

    private (StringEntry? Entry, UiStrings? Owner) FindWithOwner(string key)
    {
        for (var strings = this; strings is not null; strings = strings.Fallback)
            if (strings._entries.TryGetValue(key, out var entry)) return (entry, strings);
        return (null, null);
    }

    /// <summary>"{count} of {total}" with count = 3, total = 5 → "3 of 5". An unknown placeholder stays as written.</summary>
    public static string Fill(string text, IReadOnlyList<(string Name, object? Value)> args)
    {
        if (args.Count == 0 || text.IndexOf('{') < 0) return text;
        var result = new StringBuilder(text.Length + 16);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0) { result.Append(text, i, text.Length - i); break; }
            var close = text.IndexOf('}', open + 1);
            if (close < 0) { result.Append(text, i, text.Length - i); break; }
            result.Append(text, i, open - i);
            var name = text.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (argName, value) in args)
            {
                if (!name.SequenceEqual(argName)) continue;
                result.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                found = true;
                break;
            }
            if (!found) result.Append(text, open, close - open + 1);
            i = close + 1;
        }
        return result.ToString();
    }

    private static CultureInfo CultureFor(string language, string? culture)
    {
        foreach (var name in new[] { culture, language })
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            try
            {
                return CultureInfo.GetCultureInfo(name);
            }
            catch (CultureNotFoundException)
            {
            }
        }
        return CultureInfo.GetCultureInfo("en-US");
    }
}

/// <summary>One key of a strings file: a plain text, or one text per plural category.</summary>
public sealed record StringEntry(string? Text, IReadOnlyDictionary<string, string>? Forms = null)
{
    public string? Form(string category) => Forms is not null && Forms.TryGetValue(category, out var text) ? text : null;
}
