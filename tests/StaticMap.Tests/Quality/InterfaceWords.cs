using System.Text.RegularExpressions;
using StaticMap.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StaticMap.Tests.Quality;

/// <summary>
/// The words of StaticMap's interface in each language, read from theme/strings/en.yml and es.yml: the English words
/// (4 letters or more) that are not also Spanish, and the Spanish words that are not also English. A word of the first
/// list on a Spanish page (outside an element marked lang="en") is English the site wrote; a word of the second under
/// lang="en" is Spanish marked as English.
/// </summary>
public static partial class InterfaceWords
{
    /// <summary>Words of either file that are the same in both languages or are names.</summary>
    private static readonly HashSet<string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        // Names and acronyms.
        "staticmap", "urban", "institute", "mobility", "metrics", "json", "pagefind", "wcag", "html", "https", "http",
        "atlas", "meps", "seda", "airtoxscreen", "english", "español", "spanish",
        // Words of both languages.
        "plan", "total", "local", "final", "general", "social", "data", "real", "idea", "area", "normal", "central",
        "hispanic", "latino", "latina", "latinos", "latinx", "internet", "online", "email", "simple", "rural", "popular",
        "similar", "formal", "natural", "original", "capital", "hospital", "doula", "doulas", "ratio", "index", "mayor",
        "menor", "actual", "visual", "global", "color", "error", "sector", "factor", "motor", "principal", "diploma",
        "canal", "electoral", "vista", "valor", "solo", "meta", "series", "come", "once", "plaza", "base", "marginal", "juveniles",
        // Place names written alike in both languages ("Distrito de Columbia", "Columbia, Misuri").
        "columbia",
    };

    /// <summary>English words that are not in en.yml but that StaticMap writes (Urban's place names, month names).</summary>
    private static readonly string[] ExtraEnglish =
    [
        "county", "counties", "city", "cities", "January", "February", "March", "April", "June", "July", "August",
        "September", "October", "November", "December", "Pennsylvania", "Spring", "Summer", "Fall", "Winter",
        "percentage", "points", "expected", "straight", "path", "change", "needed", "reported", "numbers",
    ];

    public static readonly IReadOnlySet<string> English = Build("en", "es", ExtraEnglish);
    public static readonly IReadOnlySet<string> Spanish = Build("es", "en", []);

    /// <summary>StaticMap's English labels: whole en.yml texts, and the text before the first placeholder ("Pillar: " of
    /// "Pillar: {pillar}"), that hold an English interface word and are not also a Spanish text.</summary>
    public static readonly IReadOnlyList<(string Text, bool Prefix)> EnglishLabels = Labels();

    private static List<(string Text, bool Prefix)> Labels()
    {
        var spanish = Values("es").Select(v => v.Trim()).ToHashSet(StringComparer.Ordinal);
        var labels = new List<(string, bool)>();
        foreach (var value in Values("en"))
        {
            var brace = value.IndexOf('{');
            var (text, prefix) = brace < 0 ? (value.Trim(), false) : (value[..brace], true);
            text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (prefix && !text.EndsWith(':')) continue;
            if (text.Length < 5 || spanish.Contains(text)) continue;
            if (!Words(text).Any(w => English.Contains(w.Word))) continue;
            labels.Add((text, prefix));
        }
        return labels.Distinct().OrderByDescending(l => l.Item1.Length).ToList();
    }

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();

    public static IEnumerable<(string Word, int Index)> Words(string text) =>
        WordRegex().Matches(text).Select(m => (m.Value, m.Index));

    private static HashSet<string> Build(string lang, string other, IEnumerable<string> extra)
    {
        var mine = Tokens(lang);
        var theirs = Tokens(other);
        mine.UnionWith(extra);
        mine.ExceptWith(theirs);
        mine.ExceptWith(Shared);
        return new HashSet<string>(mine, StringComparer.OrdinalIgnoreCase);
    }

    private static HashSet<string> Tokens(string lang)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in Values(lang))
            foreach (var (w, _) in Words(Placeholder().Replace(value, " "))) words.Add(w);
        return words;
    }

    /// <summary>Every text of theme/strings/&lt;lang&gt;.yml (plural forms included; not the culture and formats).</summary>
    private static List<string> Values(string lang)
    {
        var path = Path.Combine(Repository.Root, "theme", "strings", lang + ".yml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var values = new List<string>();
        void Walk(YamlNode node, string key)
        {
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (k, v) in map.Children)
                    {
                        var name = ((YamlScalarNode)k).Value ?? "";
                        if (key.Length == 0 && name == "language") continue;
                        Walk(v, name);
                    }
                    break;
                case YamlSequenceNode seq:
                    foreach (var item in seq.Children) Walk(item, key);
                    break;
                case YamlScalarNode scalar when scalar.Value is { } value:
                    if (key is "culture" or "date_format" or "month_format" or "format") break;
                    values.Add(value);
                    break;
            }
        }
        Walk(stream.Documents[0].RootNode, "");
        return values;
    }
}
