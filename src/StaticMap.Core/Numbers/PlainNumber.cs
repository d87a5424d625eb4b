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

    /// <summary>
    /// The unit says the numbers are in percent: "percent", "%" or "percentage", in any case and spacing, as the formatters read
    /// it ("Percent" too: review10, 2026-12-07, a metric's 20.7% shown as "0.21%" when the unit was written with a capital).
    /// </summary>
    public static bool IsPercent(string? unit) => unit?.Trim().ToLowerInvariant() is "percent" or "%" or "percentage";

    /// <param name="decimals">At most this many decimals (the value is rounded to them); trailing zeros are not written.</param>
    public static string Format(double value, string? unit, int decimals = 2)
    {
        // A share from 0 to 1 is written as the pages write it, in percent with one decimal, kept when it is zero: 0.725 is
        // "72.5%", 0.0399 "4.0%" (as the chart and progress pages beside it, not "4%"), never "0.725 proportion".
        if (unit?.Trim().ToLowerInvariant() is "proportion" or "share")
            return (Math.Round(value * 100, 1, MidpointRounding.AwayFromZero) + 0.0).ToString("#,0.0", EnUs) + "%";
        var rounded = Math.Round(value, Math.Clamp(decimals, 0, 6), MidpointRounding.AwayFromZero) + 0.0;
        var pattern = decimals <= 0 ? "#,0" : "#,0." + new string('#', Math.Clamp(decimals, 0, 6));
        var number = rounded.ToString(pattern, EnUs);
        return unit?.Trim().ToLowerInvariant() switch
        {
            null or "" => number,
            "percent" or "%" or "percentage" => number + "%",
            "dollars" or "usd" or "$" => rounded < 0 ? "-$" + number.TrimStart('-') : "$" + number,
            var u => number + " " + unit.Trim(),
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
        var lower = u.ToLowerInvariant();
        var dollars = lower is "dollars" or "usd" or "$" or "us dollars" or "us$";
        var count = !dollars && lower is not ("percent" or "%" or "percentage" or "proportion" or "share") && !lower.EndsWith(" per household", StringComparison.Ordinal);
        if ((dollars || count) && Millions(rounded, decimals is not null) is { } millions)
        {
            var number = millions.ToString("#,0.##", EnUs);
            return dollars ? (millions < 0 ? $"-${number.TrimStart('-')} million" : $"${number} million")
                : u.Length == 0 ? $"{number} million" : $"{number} million {u}";
        }
        return Format(value, unit, decimals ?? 6);
    }

    /// <summary>How many decimals a number has as StaticMap writes it: 83.3 → 1, 1500 → 0, 0.125 → 3.</summary>
    public static int DecimalsOf(double value)
    {
        var text = StrictNumber.Format(value);
        var dot = text.IndexOf('.');
        return dot < 0 || text.Contains('E', StringComparison.OrdinalIgnoreCase) ? 0 : text.Length - dot - 1;
    }
}
