using System.Globalization;

namespace StaticMap.Core.Localization;

/// <summary>
/// CLDR plural categories for the cardinal numbers a page shows ("1 indicator", "5 indicators"). Only the rules of the
/// languages StaticMap ships and their close relatives are written out; any other language uses English's one/other,
/// which a strings file can still override by giving only "other".
/// </summary>
public static class PluralRules
{
    public const string Zero = "zero", One = "one", Two = "two", Few = "few", Many = "many", Other = "other";

    public static readonly IReadOnlyList<string> Categories = [Zero, One, Two, Few, Many, Other];

    /// <summary>The category of <paramref name="count"/> in <paramref name="language"/> (a BCP 47 tag, e.g. "es-US").</summary>
    public static string Category(string language, decimal count)
    {
        var primary = Primary(language);
        var n = Math.Abs(count);
        var integer = decimal.Truncate(n);
        var hasFraction = n != integer;
        return primary switch
        {
            // CLDR 44: es, pt-PT, it: one when n = 1 (es) / i = 1 and v = 0; many for whole millions ("1 millón de personas").
            "es" => n == 1 ? One : !hasFraction && integer != 0 && integer % 1_000_000 == 0 ? Many : Other,
            "fr" => integer is 0 or 1 ? One : !hasFraction && integer != 0 && integer % 1_000_000 == 0 ? Many : Other,
            "zh" or "ja" or "ko" or "vi" => Other,
            // English and the default: one when i = 1 and v = 0.
            _ => n == 1 && !hasFraction ? One : Other,
        };
    }

    /// <summary>"es-US" → "es".</summary>
    public static string Primary(string language)
    {
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    internal static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
