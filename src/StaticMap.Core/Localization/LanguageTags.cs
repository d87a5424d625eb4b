using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticMap.Core.Localization;

/// <summary>
/// BCP 47 language tags as plans write them (plan.yml's <c>language</c> and <c>translations</c>), and the language
/// suffix of a translation's file name (<c>findings.es.md</c>, <c>progress/2025.es-MX.md</c>, <c>plan.zh-Hant.yml</c>).
/// </summary>
/// <remarks>
/// A file name's last dotted part before the extension is a language suffix when it has the shape of a tag (a primary
/// language of 2–3 letters, then optionally a 4-letter script and a 2-letter or 3-digit region: es, es-MX, es-419,
/// zh-Hant, zh-Hant-TW) and its primary language is one the system's language data (ICU) knows. So findings.es.md and
/// about.fil.md are translations, while notes.v2.md, report.final.md, map.old.md and data.tmp.md stay ordinary files.
/// </remarks>
public static partial class LanguageTags
{
    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex Tag();

    [GeneratedRegex("^(?<primary>[a-zA-Z]{2,3})(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|[0-9]{3}))?$")]
    private static partial Regex Suffix();

    /// <summary>Whether <paramref name="value"/> is written as a BCP 47 tag (e.g. en, es, en-US, zh-Hant).</summary>
    public static bool IsValid(string value) => Tag().IsMatch(value);

    /// <summary>Whether two tags name the same language (tags are case-insensitive: es-mx is es-MX).</summary>
    public static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The language's name in English, for messages ("Spanish", "Spanish (Mexico)"), or the tag when unknown.</summary>
    public static string EnglishName(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag, predefinedOnly: true);
            return culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return tag;
        }
    }

    /// <summary>Whether <paramref name="suffix"/> (the "es" of findings.es.md) is a language, as the remarks say.</summary>
    public static bool IsLanguageSuffix(string suffix)
    {
        var match = Suffix().Match(suffix);
        if (!match.Success) return false;
        try
        {
            CultureInfo.GetCultureInfo(match.Groups["primary"].Value, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// Splits a file name into the name of the file it translates and the language: "findings.es.md" → ("findings.md", "es"),
    /// "plan.es.yml" → ("plan.yml", "es"). False for a name without a language suffix ("findings.md", "notes.v2.md").
    /// </summary>
    public static bool TrySplitFileName(string fileName, out string original, out string language)
    {
        original = fileName;
        language = "";
        var extension = Path.GetExtension(fileName);
        var stem = fileName[..^extension.Length];
        var dot = stem.LastIndexOf('.');
        if (dot <= 0 || dot == stem.Length - 1) return false;
        var suffix = stem[(dot + 1)..];
        if (!IsLanguageSuffix(suffix)) return false;
        original = stem[..dot] + extension;
        language = suffix;
        return true;
    }
}
