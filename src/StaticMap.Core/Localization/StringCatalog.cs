namespace StaticMap.Core.Localization;

/// <summary>
/// The interface text of every language the theme has a strings file for (theme/strings/&lt;lang&gt;.yml), English being
/// the language every other one falls back to. A language is one file: adding <c>fr.yml</c> publishes French pages.
/// </summary>
public sealed class StringCatalog
{
    public const string DefaultLanguage = "en";

    private readonly Dictionary<string, UiStrings> _languages;

    public StringCatalog(IReadOnlyDictionary<string, IReadOnlyDictionary<string, StringEntry>> files)
    {
        var english = new UiStrings(DefaultLanguage, files.TryGetValue(DefaultLanguage, out var en) ? en : new Dictionary<string, StringEntry>(), null);
        _languages = new Dictionary<string, UiStrings>(StringComparer.OrdinalIgnoreCase) { [DefaultLanguage] = english };
        // Primary languages first ("es"), then regional ones ("es-MX"), which take a missing key from their primary
        // language before English: an es-MX.yml with only 'language: { culture: es-MX }' is Spanish with Mexico's numbers.
        foreach (var (language, entries) in files.OrderBy(f => f.Key.Contains('-') ? 1 : 0).ThenBy(f => f.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (string.Equals(language, DefaultLanguage, StringComparison.OrdinalIgnoreCase)) continue;
            var primary = PluralRules.Primary(language);
            var fallback = primary != language.ToLowerInvariant() && _languages.TryGetValue(primary, out var p) ? p : english;
            _languages[language] = new UiStrings(language, entries, fallback);
        }
    }

    /// <summary>The languages with a strings file.</summary>
    public IEnumerable<string> Languages => _languages.Keys;

    /// <summary>Whether the theme has strings for <paramref name="language"/> or its primary language ("es-US" → "es").</summary>
    public bool Supports(string language) => _languages.ContainsKey(language) || _languages.ContainsKey(PluralRules.Primary(language));

    /// <summary>The strings of <paramref name="language"/>: its own file, else its primary language's, else English.</summary>
    public UiStrings For(string language) =>
        _languages.TryGetValue(language, out var strings) ? strings
        : _languages.TryGetValue(PluralRules.Primary(language), out strings) ? strings
        : _languages[DefaultLanguage];

    /// <summary>The keys English has and <paramref name="language"/> lacks (it shows them in English).</summary>
    public IReadOnlyList<string> MissingKeys(string language)
    {
        var strings = For(language);
        if (strings.Fallback is null) return [];
        var english = _languages[DefaultLanguage];
        bool Has(string key)
        {
            for (var s = strings; s is not null && s != english; s = s.Fallback)
                if (s.Has(key)) return true;
            return false;
        }
        return english.Keys.Where(k => !Has(k)).Order(StringComparer.Ordinal).ToList();
    }
}
