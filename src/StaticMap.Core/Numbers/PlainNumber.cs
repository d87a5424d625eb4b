using System.Globalization;

namespace StaticMap.Core.Numbers;

/// <summary>
/// A number in an indicator's unit for the coalition's diagnostics, in English (en-US grouping): "72%", "$3,100,000",
/// "1,500 households", a share ("proportion") in percent with one decimal, as pages write it: "72.5%", "4.0%". Pages write numbers with Rendering's formatter in their own language; both round the same way.
/// </summary>
public static class PlainNumber
{
    private static readonly CultureInfo EnUs = Load();

    private static CultureInfo Load()
    {
        try { return CultureInfo.GetCultureInfo("en-US"); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }

    /// <param name="decimals">At most this many decimals (the value is rounded to them); trailing zeros are not written.</param>
    public static string Format(double value, string? unit, int decimals = 2) => Format(value, UnitWords.Kind(unit), unit, decimals);

    /// <summary>As <see cref="Format(double, string?, int)"/>, for a unit whose kind the caller read once (<see cref="UnitWords.Kind"/>)
    /// or knows (a metric's dollars or percent): not read again from the words for every value written.</summary>
    /// <param name="unit">The unit's words, written after the number when <paramref name="kind"/> is a noun.</param>
    public static string Format(double value, UnitKind kind, string? unit = null, int decimals = 2)
    {
        // A share from 0 to 1 is written as the pages write it, in percent with one decimal, kept when it is zero: 0.725 is
        // "72.5%", 0.0399 "4.0%" (as the chart and progress pages beside it, not "4%"), never "0.725 proportion".
        if (kind == UnitKind.Proportion)
            return (Math.Round(value * 100, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("#,0.0", EnUs) + "%";
        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 6), MidpointRounding.AwayFromZero) + 0.0;
        var pattern = decimals <= 0 ? "#,0" : "#,0." + new string('#', Math.Clamp(decimals, 0, 6));
        var number = rounded.ToString(pattern, EnUs);
        return kind switch
        {
            UnitKind.None => number,
            UnitKind.Percent => number + "%",
            UnitKind.Dollars => rounded < 0 ? "-$" + number.TrimStart('-') : "$" + number,
            _ => unit is null ? number : number + " " + unit.Trim(),
        };
    }

    /// <summary>
    /// The number of millions a reader's page writes for <paramref name="value"/> in money or a count ("$3.1 million"), or null
    /// when it is written whole: below a million, or when millions would lose something ("$3,123,456"). A computed figure (an
    /// expected value, <paramref name="computed"/>) not exact in hundredths of a million is rounded to a tenth of a million.
    /// One rule for pages (Rendering's <c>Formatting.Value</c>) and diagnostics (<see cref="AsOnPage"/>).
    /// </summary>
    public static double? Millions(double value, bool computed)
    {
        if (Math.Abs(value) < 1_000_000) return null;
        var exact = Math.Round(value / 1_000_000, 2, MidpointRounding.AwayFromZero);
        if (Math.Abs(exact * 1_000_000 - value) < 0.5) return exact;
        return computed ? Math.Round(value / 1_000_000, 1, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>
    /// A value in an indicator's unit for a diagnostic, written as the English page writes it: money and counts in millions
    /// where that loses nothing ("$1 million", "1.15 million households", "$3,123,456"), else as <see cref="Format"/>.
    /// <paramref name="decimals"/> rounds a computed figure to the indicator's precision, as on the page ("$2.4 million expected").
    /// </summary>
    public static string AsOnPage(double value, string? unit, int? decimals = null)
    {
        var rounded = decimals is { } d ? Math.Round(value, Math.Clamp(d, 0, 6), MidpointRounding.AwayFromZero) : value;
        var u = unit?.Trim() ?? "";
        var kind = UnitWords.Kind(u);
        var dollars = kind == UnitKind.Dollars;
        var count = kind is UnitKind.None or UnitKind.Noun;
        if ((dollars || count) && Millions(rounded, decimals is not null) is { } millions)
        {
            var number = millions.ToString("#,0.##", EnUs);
            return dollars ? (millions < 0 ? $"-${number.TrimStart('-')} million" : $"${number} million")
                : u.Length == 0 ? $"{number} million" : $"{number} million {u}";
        }
        return Format(value, kind, unit, decimals ?? 6);
    }

    /// <summary>How many decimals a number has as StaticMap writes it: 83.3 → 1, 1500 → 0, 0.125 → 3.</summary>
    public static int DecimalsOf(double value)
    {
        var text = StrictNumber.Format(value);
        var dot = text.IndexOf('.');
        return dot < 0 || text.Contains('E', StringComparison.OrdinalIgnoreCase) ? 0 : text.Length - dot - 1;
    }
}
