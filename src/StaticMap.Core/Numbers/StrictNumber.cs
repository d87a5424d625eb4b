using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticMap.Core.Numbers;

/// <summary>Why a text is not a plain number, and what to write instead (MAP042).</summary>
/// <param name="Fix">What to do, e.g. "write 1500 without the comma".</param>
public sealed record NumberFault(string Fix);

/// <summary>
/// What is known of the unit of the value read, for the fix of a value written with its sign ("45%", "$41,000"): the site adds
/// the sign, so the fix says to set the unit only where it is not set already (review9, 2026-12-07: "set 'unit: dollars'" to an
/// indicator whose unit was dollars).
/// </summary>
/// <param name="Known">The unit is known: an indicator's baseline or target, a progress update of an indicator of the
/// measurement plan. False for a CSV cell, whose unit is the findings entry's, and an update of an unknown indicator.</param>
/// <param name="Unit">The unit as written; null when there is none.</param>
public readonly record struct UnitOfValue(bool Known, string? Unit)
{
    public static UnitOfValue Unknown => default;

    public static UnitOfValue Of(string? unit) => new(true, unit);
}

/// <summary>Why a text is not a year (MAP013).</summary>
public sealed record YearFault(string Problem);

/// <summary>
/// The one reader of the numbers authors write: indicator baselines and targets, progress values and years in YAML, and
/// the year, value, lb and ub cells of a plan's own CSV files. (Urban's files keep their own, lenient reader in
/// Metrics/Reading/CellValues.cs: they are published data, not authored.)
/// </summary>
/// <remarks>
/// A plain number is an optional '-', digits without a leading zero (or a lone 0), and optionally '.' and more digits:
/// 0, -3, 44043, 0.32, 12.5. Nothing else: no '+', no thousands separators (1,500), no decimal comma (1,5), no exponent
/// (1.5e3), no '%' or '$', no hexadecimal or octal (0x10, 0o17, 017), no YAML specials (.nan, .inf), no words, and
/// nothing of 15 or more digits before the point (which double can no longer hold exactly, and no measured value
/// reaches). One way to write a number means that what the author reads in the file is what the site shows, what
/// every YAML 1.1 or 1.2 tool reads, and what a spreadsheet reads. Every refusal comes with the fix.
/// </remarks>
public static partial class StrictNumber
{
    public const int FirstYear = 1900;
    public const int LastYear = 2100;

    /// <summary>Digits before the decimal point at most; 10^15 is where double stops holding every integer exactly.</summary>
    public const int MaxIntegerDigits = 15;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Reads a plain number; <paramref name="text"/> is taken as it is (callers trim YAML scalars and CSV cells).</summary>
    public static bool TryParse(string text, out double value) => Parse(text, out value) is null;

    /// <summary>Reads a plain number, or says why it is not one and what to write instead.</summary>
    /// <param name="whenNone">How to say there is no value where the text was, e.g. "leave 'value' out" or "leave the cell empty".</param>
    /// <param name="unit">The value's unit, when known, for the fix of "45%" or "$41,000".</param>
    public static NumberFault? Parse(string text, out double value, string whenNone = "leave the value out", UnitOfValue unit = default)
    {
        value = 0;
        if (IsPlain(text))
        {
            if (IntegerDigits(text) > MaxIntegerDigits) return TooLarge();
            value = double.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant);
            if (value == 0) value = 0; // -0 reads as 0
            return null;
        }
        return Diagnose(text.Trim(), whenNone, unit);
    }

    /// <summary>A year: exactly four digits, from <see cref="FirstYear"/> to <see cref="LastYear"/>.</summary>
    public static YearFault? ParseYear(string text, out int year)
    {
        year = 0;
        if (text.Length == 4 && text.All(char.IsAsciiDigit))
        {
            var y = int.Parse(text, NumberStyles.None, Invariant);
            if (y is < FirstYear or > LastYear) return new YearFault($"outside {FirstYear}–{LastYear}");
            year = y;
            return null;
        }
        return new YearFault("not a year");
    }

    public static bool TryParseYear(string text, out int year) => ParseYear(text, out year) is null;

    /// <summary>
    /// A number as the site shows and writes it: the shortest text that reads back as the same number, never with an
    /// exponent (0.000001, not 1E-06).
    /// </summary>
    public static string Format(double value)
    {
        if (value == 0) return "0";
        var r = value.ToString("R", Invariant);
        if (!r.Contains('E')) return r;
        return Math.Abs(value) < 7.9e28 ? ((decimal)value).ToString(Invariant) : value.ToString("F0", Invariant);
    }

    private static bool IsPlain(string text) => Plain().IsMatch(text);

    private static int IntegerDigits(string text)
    {
        var start = text.StartsWith('-') ? 1 : 0;
        var point = text.IndexOf('.');
        return (point < 0 ? text.Length : point) - start;
    }

    private static NumberFault TooLarge() => new(
        $"it has more than {MaxIntegerDigits} digits before the decimal point, more than any measured value; check it for a typo");

    /// <summary>What the author probably meant, and how to write it.</summary>
    private static NumberFault Diagnose(string t, string whenNone, UnitOfValue unit)
    {
        var generic = new NumberFault($"write a plain number such as 12.5, -3 or 44043 (words belong in the narrative), or {whenNone} when there is none");
        if (t.Length == 0) return generic;

        var lower = t.ToLowerInvariant().TrimStart('+', '-');
        if (lower is ".nan" or "nan" or ".inf" or "inf" or "infinity" or "∞")
            return new NumberFault($"'{t}' means {(lower.Contains("nan") ? "\"not a number\"" : "infinity")}; write the value in digits, e.g. 12.5, or {whenNone} when there is none");

        if (Radix().Match(t) is { Success: true } radix)
        {
            var (name, b) = char.ToLowerInvariant(radix.Groups["kind"].Value[0]) switch
            {
                'x' => ("hexadecimal", 16),
                'o' => ("octal", 8),
                _ => ("binary", 2),
            };
            var digits = radix.Groups["digits"].Value.Replace("_", "");
            var converted = TryConvert(digits, b, out var n) ? (radix.Groups["sign"].Value == "-" ? "-" : "") + n.ToString(Invariant) : null;
            return new NumberFault(converted is null
                ? $"it is written in {name}; write it in decimal digits"
                : $"it is written in {name}; write it in decimal digits: {converted}");
        }

        if (t.EndsWith('%'))
            return Suggest(t[..^1].TrimEnd(), n => SignFix(n, UnitKind.Percent, unit), generic);
        if (t.StartsWith('$') || t.StartsWith("-$", StringComparison.Ordinal) || t.EndsWith('$'))
            return Suggest(t.Replace("$", "").Trim(), n => SignFix(n, UnitKind.Dollars, unit), generic);
        if (t.StartsWith("US$", StringComparison.OrdinalIgnoreCase) || t.EndsWith(" USD", StringComparison.OrdinalIgnoreCase))
            return Suggest(t.Replace("US$", "", StringComparison.OrdinalIgnoreCase).Replace("USD", "", StringComparison.OrdinalIgnoreCase).Trim(),
                n => SignFix(n, UnitKind.Dollars, unit), generic);

        // "1.2 million", "40k": the number in all its digits.
        if (Scaled(t) is { } scaled) return Suggest(scaled, n => $"write {n}, with all its digits", generic);

        if (Thousands().IsMatch(t))
        {
            var n = t.Replace(",", "");
            return IsPlain(n) ? new NumberFault($"write {n} without the comma{(t.Count(c => c == ',') > 1 ? "s" : "")}") : generic;
        }
        if (DecimalComma().IsMatch(t))
        {
            var n = t.Replace(',', '.');
            return IsPlain(n) ? new NumberFault($"write {n} with a decimal point") : generic;
        }

        if (Exponent().IsMatch(t))
        {
            if (!double.TryParse(t, NumberStyles.Float, Invariant, out var big) || !double.IsFinite(big) || Math.Abs(big) >= 1e15)
                return TooLarge();
            return new NumberFault($"write it without an exponent: {Format(big)}");
        }

        if (t.StartsWith('+'))
            return Suggest(t[1..], n => $"write {n} without the plus sign", generic);
        if (t.Contains('_'))
            return Suggest(t.Replace("_", ""), n => $"write {n} without the underscores", generic);
        if (t.Any(c => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '’'))
            return Suggest(new string(t.Where(c => c is not (' ' or '\u00A0' or '\u202F' or '\u2009' or '\'' or '’')).ToArray()),
                n => $"write {n} without the spaces or apostrophes between the digits", generic);
        if (t.StartsWith('\u2212') || t.StartsWith('\u2013'))
            return Suggest("-" + t[1..], n => $"write {n} with the hyphen-minus (-) key", generic);
        if (LeadingPoint().IsMatch(t))
            return Suggest(t.StartsWith('-') ? "-0" + t[1..] : "0" + t, n => $"write {n} with a 0 before the decimal point", generic);
        if (TrailingPoint().IsMatch(t))
            return Suggest(t[..^1], n => $"write {n} without the trailing decimal point", generic);
        if (LeadingZero().IsMatch(t))
        {
            var sign = t.StartsWith('-') ? "-" : "";
            var rest = t[sign.Length..].TrimStart('0');
            if (rest.Length == 0 || rest.StartsWith('.')) rest = "0" + rest;
            return Suggest(sign + rest, n => $"write {n} without the leading zero (YAML 1.1 tools read 017 as the octal number 15)", generic);
        }
        return generic;
    }

    /// <summary>
    /// The fix of a number written with the sign the site adds: without the sign, and the unit that adds it set only where it
    /// is not: "write 45 and set 'unit: percent' (the site adds the % sign)", "write 41000 without the $ sign ('unit: dollars'
    /// already adds it)", "write 45 and change 'unit: people' to 'unit: percent' (…)"; for a value whose unit is not known here
    /// (a CSV cell), "write 41000 without the $ sign (the site adds it to values whose unit is dollars)".
    /// </summary>
    private static string SignFix(string number, UnitKind wanted, UnitOfValue unit)
    {
        var (word, sign) = wanted == UnitKind.Percent ? ("percent", "%") : ("dollars", "$");
        if (!unit.Known) return $"write {number} without the {sign} sign (the site adds it to values whose unit is {word})";
        var written = unit.Unit?.Trim() ?? "";
        if (UnitWords.Kind(written) == wanted) return $"write {number} without the {sign} sign ('unit: {written}' already adds it)";
        return written.Length == 0
            ? $"write {number} and set 'unit: {word}' (the site adds the {sign} sign)"
            : $"write {number} and change 'unit: {written}' to 'unit: {word}' (the site adds the {sign} sign)";
    }

    /// <summary>The fix when the rest, once the stray sign or separator is gone, is (or can be made) a plain number.</summary>
    private static NumberFault Suggest(string rest, Func<string, string> fix, NumberFault otherwise)
    {
        if (IsPlain(rest)) return IntegerDigits(rest) > MaxIntegerDigits ? TooLarge() : new NumberFault(fix(rest));
        if (Thousands().IsMatch(rest)) return Suggest(rest.Replace(",", ""), fix, otherwise);
        if (DecimalComma().IsMatch(rest)) return Suggest(rest.Replace(',', '.'), fix, otherwise);
        if (Scaled(rest) is { } digits) return Suggest(digits, fix, otherwise);
        return otherwise;
    }

    /// <summary>"1.8 million", "2.5M", "40k", "3 billion" in digits ("1800000"), as the author meant them; null otherwise.</summary>
    private static string? Scaled(string text)
    {
        if (ScaleWord().Match(text.Trim()) is not { Success: true } m) return null;
        var number = m.Groups["number"].Value.Replace(",", "");
        if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, Invariant, out var n)) return null;
        var scale = m.Groups["scale"].Value.ToLowerInvariant() switch
        {
            "k" or "thousand" => 1_000m,
            "m" or "mm" or "mn" or "million" or "millions" => 1_000_000m,
            _ => 1_000_000_000m,
        };
        return (n * scale).ToString("0.##########", Invariant);
    }

    private static bool TryConvert(string digits, int radix, out long value)
    {
        value = 0;
        if (digits.Length is 0 or > 15) return false;
        foreach (var c in digits)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix) return false;
            value = value * radix + d;
        }
        return true;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(?<sign>[+-]?)0(?<kind>[xXoObB])(?<digits>[0-9A-Za-z_]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Radix();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Thousands();

    [GeneratedRegex(@"^-?[0-9]+,[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^(?<number>-?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?|-?[0-9]+(\.[0-9]+)?) ?(?<scale>k|thousand|m|mm|mn|millions?|b|bn|billions?)\z",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ScaleWord();

    [GeneratedRegex(@"^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)[eE][+-]?[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Exponent();

    [GeneratedRegex(@"^-?\.[0-9]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPoint();

    [GeneratedRegex(@"^-?[0-9]+\.\z", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingPoint();

    [GeneratedRegex(@"^-?0[0-9]+(\.[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingZero();
}
