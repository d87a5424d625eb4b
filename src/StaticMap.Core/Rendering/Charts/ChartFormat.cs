using System.Globalization;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Numbers;

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
/// <param name="Culture">The culture numbers are written in; <see cref="Strings"/>'s when not given (en-US without either).</param>
/// <param name="Strings">The page's interface text: the words around numbers ("percentage points", "per 100 households")
/// and the sentences of <see cref="ChartSummaries"/>; English when not given.</param>
public sealed record ChartFormat(string Kind, string Unit = "", CultureInfo? Culture = null, UiStrings? Strings = null)
{
    /// <summary>
    /// en-US, the culture of English pages. Another language's pages pass their strings, whose <c>language.culture</c>
    /// (es-US for Spanish) picks the ICU culture numbers are written in.
    /// </summary>
    public static readonly CultureInfo EnUs = LoadEnUs();

    private static CultureInfo LoadEnUs()
    {
        try { return CultureInfo.GetCultureInfo("en-US"); }
        catch (CultureNotFoundException) { return CultureInfo.InvariantCulture; }
    }

    private CultureInfo C => Culture ?? Strings?.Culture ?? EnUs;

    /// <summary>The interface text of the page the values are written on (English unless given).</summary>
    public UiStrings Text => Strings ?? Templates.Theme.DefaultStrings.For(StringCatalog.DefaultLanguage);

    public static ChartFormat From(ValueFormat format) => From(format, "");

    /// <summary>A Mobility Metrics variable: its format and its unit ("deaths per 100,000 people") in the page's language
    /// (<see cref="MetricText"/>), or <paramref name="unit"/>, the author's own.</summary>
    public static ChartFormat From(MetricDefinition metric, UiStrings? strings = null, string? unit = null) =>
        From(metric.Format, metric.Unit, strings, string.IsNullOrWhiteSpace(unit) ? MetricText.Unit(metric, strings) : unit.Trim());

    /// <param name="unit">The catalog's (English) unit, which decides how values are read ("… per household": per 100).</param>
    /// <param name="shownUnit">The unit as the page writes it, when it is not <paramref name="unit"/> (a translation's).</param>
    public static ChartFormat From(ValueFormat format, string unit, UiStrings? strings = null, string? shownUnit = null) => format switch
    {
        ValueFormat.Proportion => new("proportion", "", null, strings),
        ValueFormat.Dollars => new("dollars", "", null, strings),
        ValueFormat.Rate => new("rate", PerPart(shownUnit ?? unit), null, strings),
        // "affordable units per household" is read per 100 households: 0.32 → "32 per 100 households".
        ValueFormat.Ratio when unit.EndsWith(" per household", StringComparison.Ordinal) => new("per100", Per100(strings), null, strings),
        ValueFormat.Count => new("count", CountNoun(shownUnit ?? unit), null, strings),
        _ => new("ratio", "", null, strings),
    };

    /// <summary>For indicators and local data: "percent" values are already in percent (72 → "72%").</summary>
    public static ChartFormat FromUnit(string? unit, UiStrings? strings = null) => UnitWords.Kind(unit) switch
    {
        UnitKind.None => new("number", "", null, strings),
        UnitKind.Percent => new("percent", "", null, strings),
        // "dólares" in a translation too: money reads "$24,203" on a Spanish page, as Urban's dollar metrics do.
        UnitKind.Dollars => new("dollars", "", null, strings),
        UnitKind.Proportion => new("proportion", "", null, strings),
        // As the catalog's "units per household": 0.39 homes per household reads "39 per 100 households".
        UnitKind.PerHousehold => new("per100", Per100(strings), null, strings),
        _ => new("number", unit!.Trim(), null, strings),
    };

    private static string Per100(UiStrings? strings) =>
        (strings ?? Templates.Theme.DefaultStrings.For(StringCatalog.DefaultLanguage)).Text("units.per_100_households");

    /// <summary>The value as a reader sees it: rounded to the digits shown, in the unit shown (a proportion in percent).
    /// Gaps and changes are computed from these, so "84.0% … 74.9%" is a gap of 9.1, never 9.2.</summary>
    public double Shown(double value) => Math.Round(value * Scale, Digits, MidpointRounding.AwayFromZero);

    /// <summary>The value with its unit: "84.0%", "$4,800,000", "32 per 100 households", "5,000 households", "1 household".</summary>
    public string Format(double value) => Compose(Shown(value), withNoun: true);

    /// <summary>The value without its noun, for the second and later numbers of a sentence: "41", "$44,043", "84.0%".</summary>
    public string Short(double value) => Compose(Shown(value), withNoun: false);

    /// <summary>An axis tick, as js/charts.js writes it: no needless decimals ("90%", "90 %", not "90.0%").</summary>
    public string Tick(double value) => Compose(Shown(value), withNoun: false, tick: true);

    /// <summary>The difference between two values as shown: "9.1 percentage points", "$33,018", "132.0 per 100,000 people".</summary>
    public string Gap(double a, double b)
    {
        var d = Math.Abs(Shown(a) - Shown(b));
        d = Math.Round(d, Digits, MidpointRounding.AwayFromZero);
        return Kind is "proportion" or "percent"
            ? Text.Plural("units.percentage_points", (decimal)d, ("count", Number(d)))
            : Compose(d, withNoun: true);
    }

    /// <summary>The gap between two values as shown, in shown units, for comparing gaps.</summary>
    public double ShownGap(double a, double b) => Math.Round(Math.Abs(Shown(a) - Shown(b)), Digits, MidpointRounding.AwayFromZero);

    /// <summary>What charts.js needs to write ticks and tooltips the same way, with Intl.NumberFormat (see docs/theme.md).</summary>
    /// <param name="wholeValues">True when every value drawn is a whole number: an indicator of people or percent then gets whole ticks too.</param>
    public ChartNumberFormat Json(bool wholeValues = false)
    {
        var json = JsonOf(wholeValues);
        // A tick or tooltip of exactly 1 takes the unit's singular ("1 position"), as the tables and sentences do.
        var one = Kind is "count" or "number" && Unit.Length > 0 ? " " + Noun(Unit, 1, Text.Language) : json.UnitSuffix;
        return one == json.UnitSuffix ? json : json with { UnitSuffixOne = one };
    }

    private ChartNumberFormat JsonOf(bool wholeValues) => new(
        C.Name.Length == 0 ? "en-US" : C.Name, // the invariant culture is the build's stand-in for en-US
        // A share is written as a number in percent with the page's own percent sign ("90.0 %" in es-US), never by
        // Intl's style "percent", whose pattern a browser's ICU data may give otherwise than the page's text.
        Kind == "dollars" ? "currency" : "decimal",
        Kind == "dollars" ? "USD" : null,
        Kind is "per100" or "proportion" ? 100 : 1,
        Kind is "proportion" or "rate" or "ratio" ? Digits : 0,
        Digits,
        Kind switch
        {
            "percent" or "proportion" => Percent(""),
            "per100" => Text.Text("units.per_100"),
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

    private string Compose(double shown, bool withNoun, bool tick = false)
    {
        var number = tick ? shown.ToString("#,0.##", C) : Number(shown);
        return Kind switch
        {
            "proportion" or "percent" => Percent(number),
            "dollars" => Dollars(shown),
            "ratio" => number,
            _ when !withNoun || Unit.Length == 0 => number,
            _ => number + " " + Noun(Unit, shown, Text.Language),
        };
    }

    /// <summary>The number with the culture's percent sign where the culture puts it: "84.0%" in en-US, "84.0 %" in es-US (CLDR).</summary>
    private string Percent(string number)
    {
        // .NET writes CLDR's no-break space as a plain one; the page keeps the no-break space, as Intl.NumberFormat does in charts.
        var pattern = 0.ToString("P0", C).Replace(' ', '\u00A0');
        var at = pattern.IndexOf('0');
        return at < 0 ? number + "%" : pattern[..at] + number + pattern[(at + 1)..];
    }

    /// <summary>US dollars in the culture's currency pattern with the "$" sign: "$4,800,000", "-$5" (en-US and es-US alike).</summary>
    private string Dollars(double shown)
    {
        var nfi = (NumberFormatInfo)C.NumberFormat.Clone();
        nfi.CurrencySymbol = "$";
        return shown.ToString("C0", nfi);
    }

    /// <summary>Group separators always; fixed decimals where the kind has them ("84.0%"), up to two otherwise ("6.5%", "2").</summary>
    private string Number(double shown) => Kind switch
    {
        "proportion" or "rate" => shown.ToString("N1", C),
        "ratio" => shown.ToString("N2", C),
        _ => shown.ToString("#,0.##", C),
    };

    /// <summary>"households" for 1 → "household"; only the noun before "per" changes ("1 hour per week"). In Spanish
    /// ("es", "es-US") every word before "por" agrees: "puntos porcentuales" → "punto porcentual", "hogares" → "hogar".</summary>
    public static string Noun(string unit, double value, string language = StringCatalog.DefaultLanguage)
    {
        if (PluralRules.Primary(language) == "es") return value == 1 ? SpanishSingular(unit) : unit;
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

    /// <summary>"personas" → "persona", "hogares" → "hogar", "puntos porcentuales" → "punto porcentual", "viviendas por hogar" →
    /// "vivienda por hogar": the words before "por"/"de" lose their plural ending (-s after a vowel, -es after a consonant).</summary>
    private static string SpanishSingular(string unit)
    {
        var words = unit.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (w is "por" or "de" or "del" or "en" or "para" or "cada") break;
            // "hogares", "porcentuales", "ciudades": -es after l, r, n, d, j; else a final -s after a vowel ("estudiantes").
            if (w.Length > 3 && w.EndsWith("es", StringComparison.Ordinal) && "lrndj".Contains(w[^3]))
                words[i] = w[..^2];
            else if (w.Length > 2 && w.EndsWith('s') && "aeiouáéíóú".Contains(w[^2]))
                words[i] = w[..^1];
        }
        return string.Join(' ', words);
    }

    /// <summary>"deaths per 100,000 people" → "per 100,000 people"; "muertes por cada 100,000 personas" → "por cada 100,000 personas".</summary>
    private static string PerPart(string unit)
    {
        var at = unit.StartsWith("per ", StringComparison.Ordinal) || unit.StartsWith("por ", StringComparison.Ordinal) ? 0
            : unit.IndexOf(" per ", StringComparison.Ordinal) is >= 0 and var p ? p + 1
            : unit.IndexOf(" por ", StringComparison.Ordinal) is >= 0 and var q ? q + 1
            : -1;
        return at < 0 ? "" : unit[at..];
    }

    /// <summary>"public-school students" stays; an index ("index, 0–100", "índice, 0–100") has no noun.</summary>
    private static string CountNoun(string unit) =>
        unit.Contains(',') || unit.StartsWith("index", StringComparison.Ordinal) || unit.StartsWith("índice", StringComparison.Ordinal) ? "" : unit;
}

/// <summary>
/// The <c>format</c> object of a chart's JSON: the options of <c>Intl.NumberFormat(locale, {style, currency,
/// minimumFractionDigits, maximumFractionDigits})</c> applied to <c>value * scale</c>, followed by <c>unitSuffix</c>;
/// <c>integerTicks</c> asks for whole-number ticks only (a count axis never reads "2.2 positions"); <c>unitSuffixOne</c>
/// replaces <c>unitSuffix</c> after a value whose plural category is "one" ("1 position").
/// </summary>
public sealed record ChartNumberFormat(
    string Locale, string Style, string? Currency, int Scale, int MinimumFractionDigits, int MaximumFractionDigits,
    string UnitSuffix, bool IntegerTicks)
{
    /// <summary>The suffix after a value the language's plural rules call "one" (Intl.PluralRules: 1 in English and
    /// Spanish): " position" beside " positions"; null when the unit has no singular of its own.</summary>
    public string? UnitSuffixOne { get; init; }
}
