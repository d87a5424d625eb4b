using System.Globalization;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Charts;

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

    /// <summary>A progress report's title: the author's, or, when the report has none ("2025 progress report", the
    /// parser's default), that title in the page's language (strings <c>views.progress_report_title</c>).</summary>
    public static string ReportTitle(ProgressReport report, UiStrings? text = null) =>
        report.Title == Parsing.ProgressReportParser.DefaultTitle(report.Year)
            ? Or(text).Text("views.progress_report_title", ("year", report.Year)) : report.Title;

    /// <summary>A component's title: the author's, or, when the plan left the guide's name, that name in the page's language
    /// (strings <c>components.&lt;slug&gt;.name</c>).</summary>
    public static string ComponentTitle(Component component, UiStrings? text = null) =>
        component.Title == component.Kind.GuideName ? ComponentName(component.Kind, text) : component.Title;

    /// <summary>The language of a component's title when it is not the page's: the author's own title of an untranslated
    /// component; null when the title is the guide's name, which a page writes in its own language.</summary>
    public static string? ComponentTitleLang(Component component) =>
        component.TextLanguage is { } lang && component.Title != component.Kind.GuideName ? lang : null;

    /// <summary>The language of a progress report's title when it is not the page's: an untranslated report's own title;
    /// null for the default title ("2025 progress report"), which a page writes in its own language.</summary>
    public static string? ReportTitleLang(ProgressReport report) =>
        report.TextLanguage is { } lang && report.Title != Parsing.ProgressReportParser.DefaultTitle(report.Year) ? lang : null;

    /// <summary>The guide's name of a component in the page's language: "Measurement plan", "Plan de medición".</summary>
    public static string ComponentName(ComponentKind kind, UiStrings? text = null) =>
        Or(text).TextOr($"components.{Key(kind.Slug)}.name", kind.GuideName);

    /// <summary>
    /// "Because some reporting was late: at risk: 610 in 2025, 625 expected on the straight path from 350 (2023) to 900 (2027),
    /// 95% of the change needed by then" — <see cref="ComputedStatus"/> in the page's language.
    /// </summary>
    public static string Explain(ComputedStatus computed, Indicator indicator, UiStrings? text = null)
    {
        var t = Or(text);
        var b = indicator.Baseline!;
        var tg = indicator.Target!;
        var path = indicator.Direction == Model.Direction.Maintain
            ? t.Text("status.explain_maintain", ("margin", StatusByNumbers.MaintainMargin.ToString("P0", t.Culture).Replace(" ", "")),
                ("baseline", b.Value.Text), ("baseline_year", b.Year))
            : t.Text("status.explain_path", ("expected", Numbers.StrictNumber.Format(RoundExpected(computed.Expected))),
                ("baseline", b.Value.Text), ("baseline_year", b.Year), ("target", tg.Value.Text), ("target_year", tg.Year));
        var ratio = computed.Ratio is { } r
            ? t.Text("status.explain_ratio", ("ratio", (Math.Round(100 * r) + 0.0).ToString(CultureInfo.InvariantCulture)))
            : "";
        return t.Text("status.explain", ("status", StatusWords(computed.Status, t)), ("value", Numbers.StrictNumber.Format(computed.Value)),
            ("year", computed.Year), ("path", path), ("ratio", ratio));
    }

    private static double RoundExpected(double x) => Math.Abs(x) >= 100 ? Math.Round(x) : Math.Round(x, 2);

    /// <summary>The CSS modifier and icon name of a status: "on-track".</summary>
    public static string StatusSlug(ProgressStatus status) => Vocabularies.ProgressStatus.WordOf[status];

    /// <summary>An indicator's baseline or target: "$2,500,000 (2024)", "5,000 households (2027)"; empty when there is none (templates then write <see cref="NotSet"/>).</summary>
    public static string Measurement(Measurement? m, string? unit, UiStrings? text = null) =>
        m is null ? "" : $"{WithUnit(m.Value.Number, unit, text)} ({m.Year})";

    /// <summary>What every page shows for an empty baseline or target: "Not set", "Sin definir".</summary>
    public static string NotSet(UiStrings? text = null) => Or(text).Text("views.not_set");

    /// <summary>A value in an indicator's unit, through the one formatter (<see cref="ChartFormat"/>): "$4,800,000", "72%", "1 household".</summary>
    public static string WithUnit(double value, string? unit, UiStrings? text = null) => ChartFormat.FromUnit(unit, text).Format(value);

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
        var area = PlaceNames.WithoutSuffix(urbanName[..comma]);
        var stateName = urbanName[(comma + 2)..].Trim();
        return UsStates.UspsOfName(stateName) is { } usps ? WithState(area, usps, text) : $"{area}, {stateName}";
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
