using System.Globalization;
using StaticMap.Core.Metrics;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>
/// The one formatter of every value a reader sees: chart tables, summary sentences, the measurement plan, progress
/// pages, the print view, and (through <see cref="Json"/>) the axes and tooltips charts.js draws. Driven by the metric's
/// or indicator's unit and the page's culture (en-US unless given), so a translation only adds a culture.
/// </summary>
/// <param name="Kind">
/// proportion (0–1 shown as "84.0%"), percent (already in percent: 72 → "72%"), dollars ("$4,800,000"), rate
/// ("55.7 per 100,000 people"), per100 (a ratio per one, read per 100: 0.32 → "32 per 100 households"), count (whole
/// numbers: "3,481 students"), ratio (two decimals: "0.86") or number (an indicator's own unit: "5,000 households").
/// </param>
/// <param name="Unit">The noun written after values, in the plural as authors write it ("households", "per 100,000 people");
/// singular for exactly 1 ("1 household").</param>
public sealed record ChartFormat(string Kind, string Unit = "", CultureInfo? Culture = null)
{
    /// <summary>
    /// en-US, the default culture of every page. The build runs with invariant globalization (no ICU), where the invariant
    /// culture writes numbers and dates as en-US does ("4,800,000", "May"); a translation that needs another culture's data
    /// turns invariant globalization off and passes its culture.
    /// </summary>
    public static readonly CultureInfo EnUs = LoadEnUs();

    private static CultureInfo LoadEnUs()
    {
        try { return CultureInfo.GetCultureInfo("en-US"); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }

    private CultureInfo C => Culture ?? EnUs;

    public static ChartFormat From(ValueFormat format) => From(format, "");

    /// <summary>A Mobility Metrics variable: its format and its catalog unit ("deaths per 100,000 people").</summary>
    public static ChartFormat From(MetricDefinition metric, CultureInfo? culture = null) => From(metric.Format, metric.Unit, culture);

    public static ChartFormat From(ValueFormat format, string unit, CultureInfo? culture = null) => format switch
    {
        ValueFormat.Proportion => new("proportion", "", culture),
        ValueFormat.Dollars => new("dollars", "", culture),
        ValueFormat.Rate => new("rate", PerPart(unit), culture),
        // "affordable units per household" is read per 100 households: 0.32 → "32 per 100 households".
        ValueFormat.Ratio when unit.EndsWith(" per household", StringComparison.Ordinal) => new("per100", "per 100 households", culture),
        ValueFormat.Count => new("count", CountNoun(unit), culture),
        _ => new("ratio", "", culture),
    };

    /// <summary>For indicators and local data: "percent" values are already in percent (72 → "72%").</summary>
    public static ChartFormat FromUnit(string? unit, CultureInfo? culture = null) => unit?.Trim() switch
    {
        null or "" => new("number", "", culture),
        var u => u.ToLowerInvariant() switch
        {
            "percent" or "%" or "percentage" => new("percent", "", culture),
            "dollars" or "usd" or "$" => new("dollars", "", culture),
            "proportion" or "share" => new("proportion", "", culture),
            // As the catalog's "units per household": 0.39 homes per household reads "39 per 100 households".
            var w when w.EndsWith(" per household", StringComparison.Ordinal) => new("per100", "per 100 households", culture),
            _ => new("number", u, culture),
        },
    };

    /// <summary>The value as a reader sees it: rounded to the digits shown, in the unit shown (a proportion in percent).
    /// Gaps and changes are computed from these, so "84.0% … 74.9%" is a gap of 9.1, never 9.2.</summary>
    public double Shown(double value) => Math.Round(value * Scale, Digits, MidpointRounding.AwayFromZero);

    /// <summary>The value with its unit: "84.0%", "$4,800,000", "32 per 100 households", "5,000 households", "1 household".</summary>
    public string Format(double value) => Compose(Shown(value), withNoun: true);

    /// <summary>The value without its noun, for the second and later numbers of a sentence: "41", "$44,043", "84.0%".</summary>
    public string Short(double value) => Compose(Shown(value), withNoun: false);

    /// <summary>The difference between two values as shown: "9.1 percentage points", "$33,018", "132.0 per 100,000 people".</summary>
    public string Gap(double a, double b)
    {
        var d = Math.Abs(Shown(a) - Shown(b));
        d = Math.Round(d, Digits, MidpointRounding.AwayFromZero);
        return Kind is "proportion" or "percent" ? Number(d) + " percentage " + (d == 1 ? "point" : "points") : Compose(d, withNoun: true);
    }

    /// <summary>The gap between two values as shown, in shown units, for comparing gaps.</summary>
    public double ShownGap(double a, double b) => Math.Round(Math.Abs(Shown(a) - Shown(b)), Digits, MidpointRounding.AwayFromZero);

    /// <summary>What charts.js needs to write ticks and tooltips the same way, with Intl.NumberFormat (see docs/theme.md).</summary>
    /// <param name="wholeValues">True when every value drawn is a whole number: an indicator of people or percent then gets whole ticks too.</param>
    public ChartNumberFormat Json(bool wholeValues = false) => new(
        C.Name.Length == 0 ? "en-US" : C.Name, // the invariant culture is the build's stand-in for en-US
        Kind switch { "proportion" => "percent", "dollars" => "currency", _ => "decimal" },
        Kind == "dollars" ? "USD" : null,
        Kind == "per100" ? 100 : 1,
        Kind is "proportion" or "rate" or "ratio" ? Digits : 0,
        Digits,
        Kind switch
        {
            "percent" => "%",
            "per100" => " per 100",
            "rate" or "count" or "number" when Unit.Length > 0 => " " + Unit,
            _ => "",
        },
        Kind is "count" or "dollars" || (wholeValues && Kind is "number" or "percent"));

    private int Scale => Kind is "per100" ? 100 : Kind is "proportion" ? 100 : 1;

    private int Digits => Kind switch
    {
        "proportion" or "rate" => 1,
        "ratio" => 2,
        "dollars" or "count" or "per100" => 0,
        _ => 2,
    };

    private string Compose(double shown, bool withNoun)
    {
        var number = Number(shown);
        return Kind switch
        {
            "proportion" or "percent" => number + "%",
            "dollars" => shown < 0 ? "-$" + Number(-shown) : "$" + number,
            "ratio" => number,
            _ when !withNoun || Unit.Length == 0 => number,
            _ => number + " " + Noun(Unit, shown),
        };
    }

    /// <summary>Group separators always; fixed decimals where the kind has them ("84.0%"), up to two otherwise ("6.5%", "2").</summary>
    private string Number(double shown) => Kind switch
    {
        "proportion" or "rate" => shown.ToString("N1", C),
        "ratio" => shown.ToString("N2", C),
        _ => shown.ToString("#,0.##", C),
    };

    /// <summary>"households" for 1 → "household"; only the noun before "per" changes ("1 hour per week").</summary>
    public static string Noun(string unit, double value)
    {
        if (value != 1 || unit.StartsWith("per ", StringComparison.Ordinal)) return unit;
        var at = unit.IndexOf(" per ", StringComparison.Ordinal);
        var head = at < 0 ? unit : unit[..at];
        var tail = at < 0 ? "" : unit[at..];
        var space = head.LastIndexOf(' ');
        // "percentage points", "young people": the last word of the head is the noun; "times the white rate": the first.
        if (head.StartsWith("times ", StringComparison.Ordinal)) return unit;
        var word = head[(space + 1)..];
        var singular = word switch
        {
            "people" => "person",
            "children" => "child",
            "men" => "man",
            "women" => "woman",
            _ when word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 => word[..^3] + "y",
            _ when word.EndsWith("ss", StringComparison.Ordinal) => word,
            _ when word.EndsWith('s') && word.Length > 2 => word[..^1],
            _ => word,
        };
        return head[..(space + 1)] + singular + tail;
    }

    /// <summary>"deaths per 100,000 people" → "per 100,000 people".</summary>
    private static string PerPart(string unit)
    {
        var at = unit.IndexOf("per ", StringComparison.Ordinal);
        return at < 0 ? "" : unit[at..];
    }

    /// <summary>"public-school students" stays; an index ("index, 0–100") has no noun.</summary>
    private static string CountNoun(string unit) => unit.Contains(',') || unit.StartsWith("index", StringComparison.Ordinal) ? "" : unit;
}

/// <summary>
/// The <c>format</c> object of a chart's JSON: the options of <c>Intl.NumberFormat(locale, {style, currency,
/// minimumFractionDigits, maximumFractionDigits})</c> applied to <c>value * scale</c>, followed by <c>unitSuffix</c>;
/// <c>integerTicks</c> asks for whole-number ticks only (a count axis never reads "2.2 positions").
/// </summary>
public sealed record ChartNumberFormat(
    string Locale, string Style, string? Currency, int Scale, int MinimumFractionDigits, int MaximumFractionDigits,
    string UnitSuffix, bool IntegerTicks);
