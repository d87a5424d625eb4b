using System.Globalization;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;
using StaticMap.Core.Parsing;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Views;

/// <summary>
/// How dates, statuses and enumerations read on a page. One place, so every page says it the same way, in the page's
/// language: each takes the page's <see cref="UiStrings"/> (English when not given), whose culture writes the numbers.
/// </summary>
public static class Formatting
{
    /// <summary>The text of <paramref name="text"/>'s language, or English.</summary>
    public static UiStrings Or(UiStrings? text) => text ?? Templates.Theme.DefaultStrings.For(StringCatalog.DefaultLanguage);

    /// <summary>The one date style of a page: "May 14, 2024" in English, "14 de mayo de 2024" in Spanish (strings <c>dates.day</c>).</summary>
    public static string Date(DateOnly date, UiStrings? text = null)
    {
        var t = Or(text);
        return date.ToString(t.Text("dates.day"), t.Culture);
    }

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"race-ethnicity" → "race_ethnicity": a vocabulary word as a strings key.</summary>
    public static string Key(string word) => new(word.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

    public static string Sector(Sector sector, UiStrings? text = null) =>
        Or(text).Text("views.sector." + Key(Vocabularies.Sector.WordOf[sector]));

    public static string Frequency(Frequency frequency, UiStrings? text = null) =>
        Or(text).Text("views.frequency." + Key(Vocabularies.Frequency.WordOf[frequency]));

    public static string Direction(Direction? direction, UiStrings? text = null) =>
        direction is { } d ? Or(text).Text("views.direction." + Key(Vocabularies.Direction.WordOf[d])) : "";

    /// <summary>Status as words; pages pair it with an icon and never rely on colour alone.</summary>
    public static string Status(ProgressStatus status, UiStrings? text = null) =>
        Or(text).Text("status.label." + Key(StatusSlug(status)));

    /// <summary>The status in lower-case words for sentences: "at risk", "en riesgo".</summary>
    public static string StatusWords(ProgressStatus status, UiStrings? text = null) =>
        Or(text).Text("status.word." + Key(StatusSlug(status)));

    /// <summary>A logic-model stage: "Short-term outcome", "Resultado a corto plazo".</summary>
    public static string Stage(LogicModelStage stage, UiStrings? text = null) => Or(text).Text("views.stage." + stage switch
    {
        LogicModelStage.Input => "input",
        LogicModelStage.Activity => "activity",
        LogicModelStage.Output => "output",
        LogicModelStage.ShortTermOutcome => "short_term_outcome",
        LogicModelStage.IntermediateOutcome => "intermediate_outcome",
        _ => "long_term_outcome",
    });

    /// <summary>A progress report's title: the author's, or, when the report has none, "2025 progress report" in the page's
    /// language (strings <c>views.progress_report_title</c>).</summary>
    public static string ReportTitle(ProgressReport report, UiStrings? text = null) =>
        report.Title ?? Or(text).Text("views.progress_report_title", ("year", report.Year));

    /// <summary>A component's title: the author's, or, when the file has none, its default in the page's language: the guide's
    /// name (strings <c>components.&lt;slug&gt;.name</c>), or for a theory of change that holds only a statement or only a
    /// logic model, that part's name (<c>theory.theory_heading</c>, <c>theory.logic_model_heading</c>).</summary>
    public static string ComponentTitle(Component component, UiStrings? text = null) =>
        component.Title ?? (DefaultTitleKey(component) is { } key ? Or(text).Text(key) : ComponentName(component.Kind, text));

    /// <summary>The strings key of the default title of a component without one, when it is not the guide's name.</summary>
    private static string? DefaultTitleKey(Component component) => component switch
    {
        TheoryOfChange { Statement: not null, LogicModel: null } => "theory.theory_heading",
        TheoryOfChange { Statement: null, LogicModel: not null } => "theory.logic_model_heading",
        _ => null,
    };

    /// <summary>The language of a component's title when it is not the page's: the author's own title of an untranslated
    /// component; null for a default title, which a page writes in its own language.</summary>
    public static string? ComponentTitleLang(Component component) => component.Title is not null ? component.TextLanguage : null;

    /// <summary>The language of a progress report's title when it is not the page's: an untranslated report's own title;
    /// null for the default title ("2025 progress report"), which a page writes in its own language.</summary>
    public static string? ReportTitleLang(ProgressReport report) => report.Title is not null ? report.TextLanguage : null;

    /// <summary>The guide's name of a component in the page's language: "Measurement plan", "Plan de medición".</summary>
    public static string ComponentName(ComponentKind kind, UiStrings? text = null) =>
        Or(text).TextOr($"components.{Key(kind.Slug)}.name", kind.GuideName);

    /// <summary>
    /// Where the value stands against the straight path to the target, in plain words and the page's language, every number
    /// through <see cref="Value"/>: "$3.1 million in 2025, ahead of the $2.4 million expected on the way to $4.2 million by
    /// 2027"; a value that moved away from its target is said in words, never as a negative share (strings <c>status.explain_*</c>).
    /// </summary>
    public static string Explain(ComputedStatus computed, Indicator indicator, UiStrings? text = null) =>
        Explain(computed, indicator, Or(text), (x, d) => Value(x, indicator.Unit, Or(text), d), false);

    /// <summary><see cref="Explain"/> as HTML for a page: each value's unit marked with <paramref name="unitLang"/> as
    /// <see cref="ValueHtml"/> marks it ("420 <span lang="en">people</span> en 2025"), the rest escaped.</summary>
    public static RawHtml ExplainHtml(ComputedStatus computed, Indicator indicator, string? unitLang, UiStrings? text = null) =>
        new(Explain(computed, indicator, Or(text), (x, d) => ValueHtml(x, indicator.Unit, unitLang, Or(text), d).Value, true));

    private static string Explain(ComputedStatus computed, Indicator indicator, UiStrings t, Func<double, int?, string> format, bool html)
    {
        var decimals = StatusByNumbers.Decimals(indicator, computed.Value);
        string F(double x) => Value(x, indicator.Unit, t, decimals);
        string Shown(double x) => format(x, decimals);
        // The expected value is computed (rounded to a tenth of a million); the coalition's own numbers are written exactly
        // ("$1,234,567 in 2025", not "$1.2 million").
        string Own(double x) => format(Math.Round(x, Math.Clamp(decimals, 0, 6), MidpointRounding.AwayFromZero), null);
        var b = indicator.Baseline!;
        var tg = indicator.Target!;
        var key = computed.Kind(indicator, F) switch
        {
            ExplainKind.Met => "met",
            ExplainKind.MaintainWithin => "maintain_within",
            ExplainKind.MaintainOutside => "maintain_outside",
            ExplainKind.MovedAway => "moved_away",
            ExplainKind.Start => "start",
            ExplainKind.AsExpected => "as_expected",
            ExplainKind.Ahead => "ahead",
            ExplainKind.Close => "close",
            ExplainKind.Missed => "missed",
            _ => "behind",
        };
        var margin = Percent(StatusByNumbers.MaintainMargin * 100, t);
        return t.Text("status.explain_" + key, [("value", Own(computed.Value)), ("year", computed.Year), ("expected", Shown(computed.Expected)),
            ("target", Own(tg.Value.Number)), ("target_year", tg.Year), ("baseline", Own(b.Value.Number)), ("baseline_year", b.Year),
            ("margin", html ? HtmlText.Escape(margin) : margin)], html);
    }

    /// <summary>"62% of the way from the baseline to the target", or "moved away from the target" (strings <c>status.progress_*</c>);
    /// empty for maintain and when baseline and target are the same.</summary>
    public static string ProgressToward(ComputedStatus computed, UiStrings? text = null)
    {
        var t = Or(text);
        if (computed.MovedAway) return t.Text("status.progress_away");
        return StatusByNumbers.PercentOfTheWay(computed) is { } percent
            ? t.Text("status.progress_share", ("percent", Percent(percent, t)))
            : "";
    }

    /// <summary>A whole percent in the page's culture: "62%", "62 %".</summary>
    public static string Percent(double percent, UiStrings? text = null) => ChartFormat.FromUnit("percent", Or(text)).Format(Math.Round(percent));

    /// <summary>
    /// The one formatter of a value a reader sees in an indicator's unit (progress tables, status sentences, the measurement
    /// plan): <see cref="ChartFormat"/>'s, with large money and counts in millions where that loses nothing ("$3.1 million",
    /// "3.1 millones de hogares"). <paramref name="decimals"/> rounds a computed figure (an expected value) to the precision of
    /// the indicator's own numbers, so it reads "83%", never "83.33%"; such a figure may be rounded to a tenth of a million.
    /// </summary>
    public static string Value(double value, string? unit, UiStrings? text = null, int? decimals = null)
    {
        var t = Or(text);
        var (before, words, after) = ValueParts(value, unit, t, decimals, t.Language);
        return before + words + after;
    }

    /// <summary>
    /// <see cref="Value"/> as HTML for a page: the unit's words marked with their language when it is not the page's (an
    /// indicator's unit left untranslated: "60 <span lang="en">people</span> en 2024"), and then in that language's number
    /// ("1 person"); everything else escaped. <paramref name="unitLang"/> is the language the unit is written in (null: the
    /// page's). Plain-text outputs (CSV, JSON, feeds, alt text, diagnostics) keep <see cref="Value"/>.
    /// </summary>
    public static RawHtml ValueHtml(double value, string? unit, string? unitLang, UiStrings? text = null, int? decimals = null)
    {
        var t = Or(text);
        var other = unitLang is { Length: > 0 } && !SameLanguage(unitLang, t.Language);
        var (before, words, after) = ValueParts(value, unit, t, decimals, other ? unitLang! : t.Language);
        return !other || words.Length == 0
            ? new RawHtml(HtmlText.Escape(before + words + after))
            : new RawHtml($"{HtmlText.Escape(before)}<span lang=\"{HtmlText.Escape(unitLang!)}\">{HtmlText.Escape(words)}</span>{HtmlText.Escape(after)}");
    }

    /// <summary>
    /// A value in three parts for a sentence that marks languages itself (ProgressChanges' runs): the text before the unit's
    /// words, the words, and the text after; the words are empty unless the unit is written in <paramref name="unitLang"/>,
    /// another language than the page's, and are then in that language's number ("1 person").
    /// </summary>
    public static (string Before, string Words, string After) ValueInParts(double value, string? unit, string? unitLang, UiStrings? text = null)
    {
        var t = Or(text);
        if (unitLang is not { Length: > 0 } || SameLanguage(unitLang, t.Language)) return (Value(value, unit, t), "", "");
        return ValueParts(value, unit, t, null, unitLang);
    }

    private static bool SameLanguage(string a, string b) =>
        string.Equals(PluralRules.Primary(a), PluralRules.Primary(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>A value as <see cref="Value"/> writes it, in three parts: the text before the unit's words, the unit's words
    /// (empty when the value has none: money, percent, a number alone), and the text after them.</summary>
    /// <param name="nounLanguage">The language whose grammar makes the unit singular for 1 ("1 person").</param>
    private static (string Before, string Words, string After) ValueParts(double value, string? unit, UiStrings t, int? decimals, string nounLanguage)
    {
        var format = ChartFormat.FromUnit(unit, t);
        var v = decimals is { } d ? Math.Round(value, Math.Clamp(d, 0, 6), MidpointRounding.AwayFromZero) : value;
        // Exact values only ("$1.15 million" for 1,150,000; "$3,123,456" stays), unless the figure is computed (an expected
        // value), which is rounded to a tenth of a million: the rule diagnostics share (PlainNumber.Millions).
        if (format.Kind is "dollars" or "number" && PlainNumber.Millions(v, decimals is not null) is { } millions)
        {
            var number = millions.ToString("#,0.##", t.Culture);
            var key = format.Kind == "dollars" ? "numbers.millions_dollars" : format.Unit.Length > 0 ? "numbers.millions_unit" : "numbers.millions";
            if (key != "numbers.millions_unit") return (t.Plural(key, (decimal)millions, ("count", number), ("unit", format.Unit)), "", "");
            // The unit where the language's sentence puts it ("2.5 millones de {unit}"), found by a mark in its place.
            const string mark = "\u0003";
            var marked = t.Plural(key, (decimal)millions, ("count", number), ("unit", mark));
            var at = marked.IndexOf(mark, StringComparison.Ordinal);
            return at < 0 ? (marked, "", "") : (marked[..at], format.Unit, marked[(at + mark.Length)..]);
        }
        // As ChartFormat.Format writes it: the number, a space, the unit's noun.
        if (format.Kind == "number" && format.Unit.Length > 0)
            return (format.Short(v) + " ", ChartFormat.Noun(format.Unit, format.Shown(v), nounLanguage), "");
        return (format.Format(v), "", "");
    }

    /// <summary>The CSS modifier and icon name of a status: "on-track".</summary>
    public static string StatusSlug(ProgressStatus status) => Vocabularies.ProgressStatus.WordOf[status];

    /// <summary>An indicator's baseline or target: "$2,500,000 (2024)", "5,000 households (2027)"; empty when there is none (templates then write <see cref="NotSet"/>).</summary>
    public static string Measurement(Measurement? m, string? unit, UiStrings? text = null) =>
        m is null ? "" : $"{WithUnit(m.Value.Number, unit, text)} ({m.Year})";

    /// <summary><see cref="Measurement"/> as HTML, its unit marked with <paramref name="unitLang"/> as <see cref="ValueHtml"/> marks it.</summary>
    public static RawHtml MeasurementHtml(Measurement? m, string? unit, string? unitLang, UiStrings? text = null) =>
        m is null ? RawHtml.Empty : new RawHtml($"{ValueHtml(m.Value.Number, unit, unitLang, text).Value} ({m.Year})");

    /// <summary>The language an indicator's unit is written in when it may differ from the page's: the untranslated unit's
    /// (<see cref="Indicator.UnitLanguage"/>), else its measurement plan's (<see cref="Component.TextLanguage"/>, a plan not
    /// translated into the page's language); null: the page's.</summary>
    public static string? UnitLanguage(Indicator? indicator, Plan plan) =>
        indicator?.Unit is null ? null : indicator.UnitLanguage ?? plan.MeasurementPlan?.TextLanguage;

    /// <summary>What every page shows for an empty baseline or target: "Not set", "Sin definir".</summary>
    public static string NotSet(UiStrings? text = null) => Or(text).Text("views.not_set");

    /// <summary>A value in an indicator's unit, through the one formatter (<see cref="ChartFormat"/>): "$4,800,000", "72%", "1 household".</summary>
    public static string WithUnit(double value, string? unit, UiStrings? text = null) => Value(value, unit, text);

    /// <summary>A year and month: "April 2021", "abril de 2021" (strings <c>dates.month</c>).</summary>
    public static string YearMonth(int year, int month, UiStrings? text = null)
    {
        var t = Or(text);
        return new DateOnly(year, month, 1).ToString(t.Text("dates.month"), t.Culture);
    }

    /// <summary>A machine-readable year, month or day written in the page's date style: "2021", "April 2021", "May 14, 2024".</summary>
    public static string IsoAsWords(string iso, UiStrings? text = null)
    {
        var parts = iso.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => parts[0].ToString(CultureInfo.InvariantCulture),
            2 => YearMonth(parts[0], parts[1], text),
            _ => Date(new DateOnly(parts[0], parts[1], parts[2]), text),
        };
    }

    /// <summary>A subgroup type as words: "race-ethnicity" → "race and ethnicity" (strings <c>subgroups.type.*</c>; an unknown type
    /// is its own words).</summary>
    public static string SubgroupType(string type, UiStrings? text = null)
    {
        var t = Or(text);
        var key = "subgroups.type." + Key(type);
        return t.Has(key) || t.Fallback?.Has(key) == true ? t.Text(key) : type.Replace('-', ' ');
    }

    /// <summary>
    /// A subgroup label as a page shows it: the language's own name when its strings have one (<c>subgroups.names.white_non_hispanic</c>),
    /// else Urban's label in the site's sentence case (<see cref="SubgroupNames.Display"/>): "White, non-Hispanic".
    /// </summary>
    public static string Subgroup(string label, UiStrings? text = null)
    {
        var key = "subgroups.names." + Key(label.Trim()).Trim('_');
        while (key.Contains("__", StringComparison.Ordinal)) key = key.Replace("__", "_");
        return text is not null && text.Has(key) ? text.Text(key) : SubgroupNames.Display(label);
    }

    /// <summary>The jurisdiction's name as the plan writes it, with its state in the page's language when the name does not
    /// already say it: "Alameda County, California", "City of Pittsburgh, Pensilvania".</summary>
    public static string Jurisdiction(Jurisdiction j, UiStrings? text = null) => WithState(j.Name, j.State, text);

    /// <summary>
    /// The plan's place as charts and sentences name it, beside its peers: its name as a name, without the "City of" of an
    /// official title, and its state in the page's language: "City of Pittsburgh" → "Pittsburgh, Pennsylvania" ("In
    /// Pittsburgh, Pennsylvania, it rose …", never "In City of Pittsburgh, …"). A county keeps its name ("Alameda County").
    /// </summary>
    public static string Place(Jurisdiction j, UiStrings? text = null) =>
        WithState(j.Type == JurisdictionType.City ? PlaceNames.WithoutTitle(j.Name) : j.Name.Trim(), j.State, text);

    /// <summary>A place as Urban's files name it ("Philadelphia city, Pennsylvania"), as a page writes it: the Census
    /// suffix dropped (<see cref="PlaceNames.WithoutSuffix"/>) and the state in the page's language ("Philadelphia,
    /// Pennsylvania"; in Spanish "Philadelphia, Pensilvania": a place keeps its own name, the state is translated).</summary>
    public static string UrbanPlace(string urbanName, UiStrings? text = null)
    {
        var comma = urbanName.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma < 0) return PlaceNames.WithoutSuffix(urbanName);
        var area = CountyName(PlaceNames.WithoutSuffix(urbanName[..comma]), text);
        var stateName = urbanName[(comma + 2)..].Trim();
        return UsStates.UspsOfName(stateName) is { } usps ? WithState(area, usps, text) : $"{area}, {stateName}";
    }

    /// <summary>A place inside a sentence, in a language that puts an article before a place named by its kind: "En el
    /// Condado de Alameda, California, subió…", not "En Condado de…" (strings <c>place_words.in_sentence.&lt;first word,
    /// lowercase&gt;</c>, e.g. <c>condado: "el {name}"</c>); else the name as it is ("In Alameda County, California").</summary>
    public static string PlaceInSentence(string place, UiStrings? text)
    {
        if (text is null) return place;
        var space = place.IndexOf(' ');
        var first = (space < 0 ? place : place[..space]).ToLowerInvariant();
        if (first.Length == 0 || !first.All(char.IsLetter)) return place;
        var key = "place_words.in_sentence." + first;
        return text.TextOrNull(key) is { Length: > 0 } ? text.Text(key, ("name", place)) : place;
    }

    /// <summary>A county of Urban's files in the page's language: "Ramsey County" → "Condado de Ramsey" (strings
    /// <c>place_words.county_name</c>, <c>place_words.parish_name</c>); any other name as written.</summary>
    private static string CountyName(string area, UiStrings? text)
    {
        foreach (var (word, key) in (ReadOnlySpan<(string, string)>)[(" County", "place_words.county_name"), (" Parish", "place_words.parish_name")])
            if (area.Length > word.Length && area.EndsWith(word, StringComparison.Ordinal)
                && text is not null && text.Has(key))
                return text.Text(key, ("name", area[..^word.Length]));
        return area;
    }

    /// <summary>A state's name in the page's language (strings <c>states.&lt;USPS&gt;</c>, else its English name).</summary>
    public static string? State(string usps, UiStrings? text = null) =>
        text?.TextOrNull("states." + usps) is { Length: > 0 } name ? name : UsStates.NameOf(usps);

    private static string WithState(string name, string usps, UiStrings? text)
    {
        name = name.Trim();
        if (State(usps, text) is not { } state) return name;
        var english = UsStates.NameOf(usps)!;
        // "Alameda County, California" already says its state, and so does "District of Columbia"; "New York" (the city) does not.
        bool Says(string s) => name.EndsWith(", " + s, StringComparison.Ordinal) || usps == "DC" && name == s;
        return Says(state) || Says(english) ? name : $"{name}, {state}";
    }

    /// <summary>A group of the data as people inside a sentence: "Hispanic residents", "la población hispana o latina"
    /// (strings <c>people.&lt;label key&gt;</c>, keyed as <c>subgroups.names</c>); a group not listed is <c>people.other</c>
    /// around its label ("Renter", "el grupo Inquilinos").</summary>
    public static string SubgroupPeople(string label, UiStrings? text = null)
    {
        var t = Or(text);
        var key = "people." + Key(label.Trim()).Trim('_');
        while (key.Contains("__", StringComparison.Ordinal)) key = key.Replace("__", "_");
        return t.TextOrNull(key) is { Length: > 0 } people ? people
            : t.TextOr("people.other", "{group}") is var other && other.Contains("{group}", StringComparison.Ordinal)
                ? other.Replace("{group}", Subgroup(label, text), StringComparison.Ordinal) : Subgroup(label, text);
    }

    /// <summary>The jurisdiction with its kind only when its name does not already say it: "Alameda County, California",
    /// "Oakland city, California", but "Boston, Massachusetts (city)".</summary>
    public static string JurisdictionWithType(Jurisdiction j, UiStrings? text = null)
    {
        var type = Or(text).Text(j.Type == JurisdictionType.City ? "place_words.city" : "place_words.county");
        var alsoSays = j.Type == JurisdictionType.City
            ? new[] { "city", "town", "village", "ciudad", "pueblo", "villa" }
            : ["county", "parish", "borough", "condado", "parroquia", "distrito"];
        return alsoSays.Any(w => j.Name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? Jurisdiction(j, text) : $"{Jurisdiction(j, text)} ({type})";
    }
}
