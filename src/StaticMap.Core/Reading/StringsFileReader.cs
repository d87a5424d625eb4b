using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Reading;

/// <summary>
/// Reads one strings file (theme/strings/&lt;lang&gt;.yml): YAML mappings nested as deep as the author likes
/// ("nav: { home: Home }" is the key "nav.home"); a mapping whose keys are all CLDR plural categories (one, other, many, …)
/// is one plural text. The YAML is loaded by the same positioned loader as plan files (<see cref="YamlLoader"/>), so
/// anchors and aliases are refused (MAP005: an alias bomb cannot expand, an alias to itself cannot recurse), and so are
/// YAML nested too deep or too large (MAP006), each at its line and column in the file.
/// </summary>
public static class StringsFileReader
{
    /// <summary>A file whose YAML is read but whose shape is wrong (a list where a text goes): the theme reports it (MAP080).</summary>
    public sealed record Problem(SourceSpan At, string Message);

    /// <param name="path">The file as diagnostics show it, e.g. "theme/strings/es.yml".</param>
    /// <param name="diagnostics">Where the YAML loader's problems go (MAP004, MAP005, MAP006, MAP008).</param>
    /// <param name="problems">Where problems of the file's shape go.</param>
    public static IReadOnlyDictionary<string, StringEntry> Parse(string text, string path, DiagnosticBag diagnostics, List<Problem> problems)
    {
        var entries = new Dictionary<string, StringEntry>(StringComparer.Ordinal);
        var root = YamlLoader.Load(text, path, 1, diagnostics);
        if (root is null) return entries;
        if (root is not YamlMapping mapping)
        {
            problems.Add(new Problem(root.Span, "a strings file is a mapping of keys to texts, e.g. 'nav:' then '  home: Home'"));
            return entries;
        }
        // The loader has already refused nesting deeper than YamlLoader.MaxDepth, so the walk is shallow; it keeps its own stack anyway.
        var pending = new Stack<(YamlMapping Mapping, string Prefix)>();
        pending.Push((mapping, ""));
        while (pending.Count > 0)
        {
            var (current, prefix) = pending.Pop();
            foreach (var entry in current.Entries)
            {
                var key = prefix + entry.Key.Value;
                switch (entry.Value)
                {
                    case YamlScalar scalar:
                        if (key == CultureKey && !IsCulture(scalar.Value))
                            problems.Add(new Problem(scalar.Span,
                                $"language.culture '{scalar.Value}' is not a culture numbers and dates can be written in; write a language and region such as en-US, es-US or es-MX"));
                        entries[key] = new StringEntry(scalar.Value);
                        break;
                    case YamlMapping child when IsPlural(child):
                        entries[key] = new StringEntry(null, child.Entries.ToDictionary(
                            c => c.Key.Value, c => ((YamlScalar)c.Value).Value, StringComparer.Ordinal));
                        break;
                    case YamlMapping child:
                        pending.Push((child, key + "."));
                        break;
                    default:
                        problems.Add(new Problem(entry.Value.Span, $"'{key}' must be a text or a mapping of texts, not a list"));
                        break;
                }
            }
        }
        return entries;
    }

    private const string CultureKey = "language.culture";

    /// <summary>Whether <paramref name="name"/> is a culture the system knows (ICU's list), not merely a well-formed tag.</summary>
    private static bool IsCulture(string name)
    {
        if (!LanguageTags.IsValid(name)) return false;
        try
        {
            // ICU also takes "es_US" and answers es-US; the tag is what other tools read, so it must be written as a tag.
            return string.Equals(System.Globalization.CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name, name, StringComparison.OrdinalIgnoreCase);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return false;
        }
    }

    private static bool IsPlural(YamlMapping mapping) =>
        mapping.Entries.Length > 0 && mapping.Entries.All(c => PluralRules.Categories.Contains(c.Key.Value) && c.Value is YamlScalar);
}
