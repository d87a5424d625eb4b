using System.Globalization;
using System.Text.RegularExpressions;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Diagnostics.Codes;

// Codes raised by parsing plans, components, progress reports, translations and site pages. One entry each: code, stage, title, severity and help (docs/rules.md), and its typed message builders.

public sealed class MissingField() : DiagnosticCode("MAP010", "parse", "Required field missing",
    help: "Add the field; the message says where and what it holds. The authoring guide lists every field.")
{
    public static readonly MissingField Instance = new();

    /// <param name="at">The mapping that should hold the field.</param>
    /// <param name="field">Dotted path of the field, e.g. "jurisdiction.fips".</param>
    /// <param name="what">What the field holds, e.g. "the 5-digit county FIPS code".</param>
    public Diagnostic Create(SourceSpan at, string field, string what) =>
        At(at, $"'{field}' is required; add {what}");

    /// <summary>The field is missing because its name was misspelt or written in Spanish: one diagnostic, at the name written
    /// ("'indicators[1].responsible' is required, and 'responsable' is not a field (field names are in English in every
    /// language); did you mean 'responsible'?"), not this and MAP015 for one slip.</summary>
    /// <param name="at">The name written.</param>
    /// <param name="key">The field's own name, e.g. "responsible".</param>
    public Diagnostic CreateMisspelt(SourceSpan at, string field, string key, string written, bool translated) =>
        At(at, $"'{field}' is required, and '{Prose.Shorten(written)}' is not a field{(translated ? FieldNamesInEnglish : "")}; did you mean '{key}'?");

    internal const string FieldNamesInEnglish = " (field names are in English in every language)";
}

public sealed class EmptyField() : DiagnosticCode("MAP011", "parse", "Required field empty",
    help: "The field is present but has no value (or an empty list); fill it in.")
{
    public static readonly EmptyField Instance = new();

    public Diagnostic Create(SourceSpan at, string field, string what) =>
        At(at, $"'{field}' is empty; fill in {what}");
}

public sealed class WrongType() : DiagnosticCode("MAP012", "parse", "Value of the wrong type",
    help: "The field holds the wrong kind of value, e.g. text where a list is expected. Lists are written one '- item' per line.")
{
    public static readonly WrongType Instance = new();

    public Diagnostic Create(SourceSpan at, string field, string expected, string found, string? example = null) =>
        At(at, $"'{field}' must be {expected}, but it is {found}" + (example is null ? "" : $"; write it like {example}"));
}

public sealed partial class InvalidDate() : DiagnosticCode("MAP013", "parse", "Invalid date or year",
    help: $"Dates are written YYYY-MM-DD (e.g. 2024-03-15) and must exist on the calendar; years (baseline, target and progress " +
        $"'year', and the year column of a plan's data/*.csv) are four digits. Both lie between {StrictNumber.FirstYear} and {StrictNumber.LastYear}. " +
        "A timeline date may be words ('Spring 2021'), but one written in digits must be a real year, month or day: 2021, 2021-06 or 2021-06-15.")
{
    public static readonly InvalidDate Instance = new();

    public Diagnostic CreateDate(SourceSpan at, string field, string value)
    {
        var problem = DateProblem(value);
        // A date in the right shape but the wrong century ('0024-05-01') is a typo, not a format to learn.
        var fix = problem.StartsWith("a date outside", StringComparison.Ordinal) ? "check its year for a typo" : "write it as YYYY-MM-DD";
        return At(at, $"'{field}' is '{Prose.Shorten(value)}', which is {problem}; {fix}, e.g. {Rewritten(value) ?? "2024-03-15"}");
    }

    /// <summary>A date written the American way ('03/15/2025', '3-15-2025') or year first with slashes ('2025/03/15'), rewritten
    /// YYYY-MM-DD: the example is the author's own date, not another year's (review12, 2026-12-08: '03/15/2025' was told "e.g.
    /// 2024-03-15", a year off). Both readings of a day and month that could be either ('04/03/2025') are given. Null otherwise.</summary>
    private static string? Rewritten(string value)
    {
        var m = SlashedDate().Match(value.Trim());
        if (!m.Success) return null;
        var numbers = m.Groups.Cast<Group>().Skip(1).Where(g => g.Success).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
        var (year, first, second) = m.Groups[1].Success ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[0], numbers[1]);
        if (year is < StrictNumber.FirstYear or > StrictNumber.LastYear) return null;
        string? Day(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? $"{year:D4}-{month:D2}-{day:D2}" : null;
        if (m.Groups[1].Success) return Day(first, second);
        // Month first, as US dates are written; the other reading too when it is a date as well.
        var (monthFirst, dayFirst) = (Day(first, second), first == second ? null : Day(second, first));
        return (monthFirst, dayFirst) switch
        {
            ({ } a, { } b) => $"{a} ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(first)} {second}) or {b} " +
                              $"({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(second)} {first})",
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:([0-9]{4})[/.]([0-9]{1,2})[/.]([0-9]{1,2})|([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4}))\z", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedDate();

    public Diagnostic CreateYear(SourceSpan at, string field, string value, YearFault fault) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is {Problem(fault)}; {Fix(fault, "2024")}");

    /// <summary>A year cell of a plan's CSV: "'FY21' in column 'year' is not a year; write four digits, e.g. 2021".</summary>
    public Diagnostic CreateYearCell(SourceSpan at, string value, YearFault fault) =>
        At(at, $"'{Prose.Shorten(value)}' in column 'year' is {Problem(fault)}; {Fix(fault, "2021")}");

    /// <summary>"write four digits" to a year that has four already ('2208', a slip for 2028) does not say what to change
    /// (review9, 2026-12-07): a year out of range is most likely a typo.</summary>
    private static string Fix(YearFault fault, string example) => fault.Problem == "not a year"
        ? $"write four digits, e.g. {example}"
        : $"check it for a typo, e.g. {example}";

    private static string Problem(YearFault fault) => fault.Problem == "not a year" ? "not a year" : $"a year {fault.Problem}";

    /// <summary>"not a date", or why a date-shaped text is not one: "not a date (February 2023 has 28 days)".</summary>
    private static string DateProblem(string value)
    {
        var m = DateShape().Match(value);
        if (!m.Success) return "not a date";
        var (year, month, day) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        if (year is < StrictNumber.FirstYear or > StrictNumber.LastYear) return $"a date outside {StrictNumber.FirstYear}–{StrictNumber.LastYear}";
        if (month is < 1 or > 12) return $"not a date (there is no month {month})";
        var days = DateTime.DaysInMonth(year, month);
        return day < 1 || day > days
            ? $"not a date ({CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days)"
            : "not a date";
    }

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})-([0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();

    public Diagnostic CreateTimelineDate(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not a date on the calendar; write a year (2021), a month (2021-06) " +
               "or a day (2021-06-15) that exists, with two-digit months and days, or the date in words, e.g. 'Spring 2021'");
}

public sealed class ValueNotAllowed() : DiagnosticCode("MAP014", "parse", "Value not one of the allowed values",
    help: "The field takes one of a fixed list of values; the message lists them and suggests the closest.")
{
    public static readonly ValueNotAllowed Instance = new();

    /// <summary>Words authors write for an allowed value, offered as "did you mean" where the field allows that value
    /// ('frequency: yearly' → 'annual'); never a guess between two values ("behind" could be at risk or off track).</summary>
    private static readonly Dictionary<string, string> SaidOtherwise = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yearly"] = "annual", ["annually"] = "annual", ["every year"] = "annual", ["once a year"] = "annual",
        ["every two years"] = "biennial", ["every other year"] = "biennial", ["biennially"] = "biennial",
        ["every quarter"] = "quarterly", ["every month"] = "monthly",
        ["completed"] = "achieved", ["complete"] = "achieved", ["done"] = "achieved", ["met"] = "achieved",
        ["up"] = "increase", ["higher"] = "increase", ["down"] = "decrease", ["lower"] = "decrease", ["reduce"] = "decrease",
    };

    public Diagnostic Create(SourceSpan at, string field, string value, IReadOnlyList<string> allowed)
    {
        var closest = SaidOtherwise.TryGetValue(value.Trim(), out var word) && allowed.Contains(word, StringComparer.Ordinal) ? word
            : Spelling.Closest(value, allowed);
        var suggestion = closest is null ? "" : $" (did you mean '{closest}'?)";
        return At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not allowed{suggestion}; use one of: {string.Join(", ", allowed)}");
    }
}

public sealed class UnknownField() : DiagnosticCode("MAP015", "parse", "Unknown field", Severity.Warning,
    help: "StaticMap does not know this field and ignores it; it is usually a typo of a known field.")
{
    public static readonly UnknownField Instance = new();

    /// <param name="meant">The known field it is most likely meant as (a slip of its name, or its name in Spanish), or null.</param>
    public Diagnostic Create(SourceSpan at, string field, string where, IReadOnlyList<string> known, string? meant = null, bool translated = false) =>
        At(at, meant is null
            ? $"'{field}' is not a field of {where} and is ignored; known fields: {string.Join(", ", known)}"
            : $"'{field}' is not a field of {where} and is ignored{(translated ? MissingField.FieldNamesInEnglish : "")}; did you mean '{meant}'?");
}

public sealed class InvalidFips() : DiagnosticCode("MAP016", "parse", "Invalid FIPS code",
    help: "A county FIPS code is 5 digits (2 for the state, 3 for the county, e.g. \"06001\"); a place is 7 digits. Quote it so leading zeros are kept.")
{
    public static readonly InvalidFips Instance = new();

    public Diagnostic Create(SourceSpan at, string field, string value, string jurisdictionType)
    {
        var digits = jurisdictionType == "city" ? 7 : 5;
        var example = digits == 5 ? "\"06001\" for Alameda County, CA" : "\"0644000\" for Los Angeles city, CA";
        return At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not a {digits}-digit {(digits == 5 ? "county" : "place")} FIPS code; write it in quotes, e.g. {example}");
    }
}

public sealed class InvalidStateCode() : DiagnosticCode("MAP017", "parse", "Invalid state code",
    help: "Use the two-letter USPS code of the state, e.g. CA, MN, PA, or DC.")
{
    public static readonly InvalidStateCode Instance = new();

    public Diagnostic Create(SourceSpan at, string value) =>
        At(at, $"'jurisdiction.state' is '{Prose.Shorten(value)}', which is not a USPS state code; use two capital letters, e.g. CA");

    public Diagnostic CreateMismatch(SourceSpan at, string state, string fips, string expectedState) =>
        At(at, $"'jurisdiction.fips' {fips} is in {expectedState}, but 'jurisdiction.state' is {state}; correct one of them");
}

public sealed class InvalidId() : DiagnosticCode("MAP018", "parse", "Id is not lowercase kebab-case",
    help: "Ids of logic-model items and indicators are lowercase letters, digits and single hyphens, e.g. 'youth-jobs-program'.")
{
    public static readonly InvalidId Instance = new();

    public Diagnostic Create(SourceSpan at, string field, string value, string suggestion) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not a valid id; use lowercase kebab-case, e.g. '{suggestion}'");
}

public sealed class InvalidContact() : DiagnosticCode("MAP019", "parse", "Invalid web address or email",
    help: "Web addresses must start with https:// or http:// and cannot contain spaces, line breaks, quotes or angle brackets (write a space as %20); email addresses look like name@example.org (a leading mailto: is dropped).")
{
    public static readonly InvalidContact Instance = new();

    public Diagnostic CreateUrl(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Prose.Shorten(value, 60)}', which is not a web address; write a full https:// address");

    public Diagnostic CreateEmail(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Prose.Shorten(value, 60)}', which is not an email address; write it like name@example.org");

    public Diagnostic CreateUrlCharacter(SourceSpan at, string field, string value, char character) =>
        At(at, $"'{field}' is '{Prose.Shorten(Visible(value), 60)}': a web address cannot contain {Describe(character)}; " +
               $"remove it or write it as {Percent(character)}");

    private static string Describe(char c) => c switch
    {
        ' ' => "a space",
        '\n' or '\r' => "a line break",
        '\t' => "a tab",
        '"' => "a double quote (\")",
        '\'' => "a single quote (')",
        '<' or '>' => $"an angle bracket ({c})",
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => $"the invisible character U+{(int)c:X4}",
        _ => $"the character '{c}'",
    };

    private static string Percent(char c) => c < 0x80
        ? $"%{(int)c:X2}"
        : string.Concat(System.Text.Encoding.UTF8.GetBytes(c.ToString()).Select(b => $"%{b:X2}"));

    /// <summary>The value with its line breaks and tabs shown as \n and \t, so the message stays on one line.</summary>
    private static string Visible(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
}

public sealed class ComponentMissing() : DiagnosticCode("MAP020", "parse", "MAP component missing",
    help: "A Mobility Action Plan has five components (guide Step 1.4); add a Markdown file for the missing one with 'component:' in its front matter.")
{
    public static readonly ComponentMissing Instance = new();

    public Diagnostic Create(string planFolder, string component, string title) => At(SourceSpan.File(planFolder + "/plan.yml"),
        $"the plan has no '{component}' component ({title}); add a file such as {planFolder}/{component}.md with 'component: {component}' in its front matter");
}

public sealed class ComponentDuplicated() : DiagnosticCode("MAP021", "parse", "MAP component written twice",
    help: "Each of the five components is one file; merge the two files or change the 'component:' of one of them.")
{
    public static readonly ComponentDuplicated Instance = new();

    public Diagnostic Create(SourceSpan at, string component, string firstPath) =>
        At(at, $"'component: {component}' is already used by {firstPath}; each component is one file, so merge them or change one");
}

public sealed class UnknownComponent() : DiagnosticCode("MAP022", "parse", "Unknown component",
    help: "'component:' says which of the plan's components the file is; the message lists the values StaticMap knows (docs/authoring.md).")
{
    public static readonly UnknownComponent Instance = new();

    public Diagnostic Create(SourceSpan at, string value, IReadOnlyList<string> allowed)
    {
        var closest = Spelling.Closest(value, allowed);
        return At(at, $"'component: {Prose.Shorten(value)}' is not one of the five MAP components" +
            (closest is null ? "" : $" (did you mean '{closest}'?)") + $"; use one of: {string.Join(", ", allowed)}");
    }
}

public sealed class EmptyBody() : DiagnosticCode("MAP023", "parse", "Narrative missing",
    help: "This component needs its Markdown narrative after the closing '---' of the front matter.")
{
    public static readonly EmptyBody Instance = new();

    public Diagnostic Create(SourceSpan at, string component, string what) =>
        At(at, $"the '{component}' component has no narrative; after the closing '---', write {what}");
}

public sealed class TheoryOfChangeMissing() : DiagnosticCode("MAP024", "parse", "Neither theory of change nor logic model",
    help: "The theory-of-change component needs 'theory_of_change' (preconditions, outcomes, assumptions), 'logic_model', or both.")
{
    public static readonly TheoryOfChangeMissing Instance = new();

    public Diagnostic Create(SourceSpan at) =>
        At(at, "the theory-of-change component needs 'theory_of_change' (preconditions, outcomes, assumptions) or 'logic_model' (inputs, activities, outputs, outcomes), or both");
}

public sealed class InvalidLanguage() : DiagnosticCode("MAP025", "parse", "Invalid language tag",
    help: "'language' is a BCP 47 tag such as en, es, en-US or zh-Hant; it sets the page's lang attribute for screen readers.")
{
    public static readonly InvalidLanguage Instance = new();

    public Diagnostic Create(SourceSpan at, string value) =>
        At(at, $"'language' is '{Prose.Shorten(value)}', which is not a BCP 47 language tag; use e.g. en, es or en-US");
}

public sealed class InvalidMetricEntry() : DiagnosticCode("MAP026", "parse", "Findings metric needs 'metric' or 'file'",
    help: "Each entry of 'metrics' is either an Urban Mobility Metric ('metric: share_employed') or a local CSV ('file', 'label' and 'unit'), not both.")
{
    public static readonly InvalidMetricEntry Instance = new();

    public Diagnostic CreateNeither(SourceSpan at, string where) =>
        At(at, $"'{where}' needs 'metric' (an Urban Mobility Metrics variable such as share_employed) or 'file' with 'label' and 'unit' (a CSV in data/)");

    public Diagnostic CreateBoth(SourceSpan at, string where) =>
        At(at, $"'{where}' has both 'metric' and 'file'; keep 'metric' for Urban data or 'file' for a local CSV, and move the other to its own entry");
}

public sealed class MarkdownTooDeep() : DiagnosticCode("MAP027", "parse", "Markdown nested too deeply",
    help: "Quotes, lists, brackets or emphasis are nested inside each other more deeply than any narrative needs (over a hundred levels); flatten the structure the message points at.")
{
    public static readonly MarkdownTooDeep Instance = new();

    public Diagnostic Create(SourceSpan at) => At(at,
        "the Markdown is nested too deeply from this line on (quotes, lists, brackets or emphasis inside each other over a hundred levels), so the narrative cannot be read; flatten it");
}

public sealed class ProgressYearMismatch() : DiagnosticCode("MAP040", "parse", "Progress year does not match the file name",
    help: "progress/2024.md must say 'year: 2024'; rename the file or correct the year.")
{
    public static readonly ProgressYearMismatch Instance = new();

    /// <param name="yearFileExists">progress/&lt;year&gt;.md is there already: renaming onto it is no fix.</param>
    public Diagnostic Create(SourceSpan at, int year, int fileYear, string path, bool yearFileExists = false) =>
        At(at, yearFileExists
            ? $"'year' is {year} but the file is {path}, and progress/{year}.md is already the {year} report; set 'year: {fileYear}' (or, if this is another copy of the {year} report, merge the two into progress/{year}.md)"
            : $"'year' is {year} but the file is {path}; make them agree (rename the file to progress/{year}.md or set 'year: {fileYear}')");
}

public sealed class ProgressFileName() : DiagnosticCode("MAP041", "parse", "Progress file not named after its year",
    help: "Progress reports are named progress/<year>.md, e.g. progress/2024.md, one per year.")
{
    public static readonly ProgressFileName Instance = new();

    public Diagnostic Create(string path) => At(SourceSpan.File(path),
        "progress reports are named after their year, like progress/2024.md; rename this file");
}

public sealed class NotAPlainNumber() : DiagnosticCode("MAP042", "parse", "Not a plain number",
    help: "Values (indicator baseline and target, progress update value, and the value, lb and ub cells of a plan's data/*.csv) " +
        "are plain numbers: digits with an optional leading '-' and an optional decimal point, such as 0, -3, 44043, 0.32 or 12.5. " +
        "No thousands separators (1500, not 1,500), no decimal comma (1.5, not 1,5), no exponent, no '+', no leading zero, " +
        "no '%' or '$' (set 'unit: percent' or 'unit: dollars' instead), no .nan or .inf, no hexadecimal, no words, " +
        "and fewer than 16 digits before the point.")
{
    public static readonly NotAPlainNumber Instance = new();

    /// <summary>A YAML value: "'updates[1].value' is '1,5', which is not a plain number; write 1.5 with a decimal point".</summary>
    public Diagnostic Create(SourceSpan at, string field, string value, NumberFault fault) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not a plain number; {fault.Fix}");

    /// <summary>A CSV cell: "'1,5' in column 'value' is not a plain number; write 1.5 with a decimal point".</summary>
    public Diagnostic CreateCell(SourceSpan at, string column, string value, NumberFault fault) =>
        At(at, $"'{Prose.Shorten(value)}' in column '{column}' is not a plain number; {fault.Fix}");
}

public sealed class InvalidTranslationLanguage() : DiagnosticCode("MAP046", "parse", "Invalid language in 'translations'",
    help: "Each entry of plan.yml's 'translations' is a BCP 47 tag of another language than the plan's own, listed once: translations: [es] or [es, zh-Hant].")
{
    public static readonly InvalidTranslationLanguage Instance = new();

    public Diagnostic Create(SourceSpan at, string where, string value) =>
        At(at, $"'{where}' is '{Prose.Shorten(value)}', which is not a BCP 47 language tag; write the language's tag, e.g. es, es-MX or zh-Hant");

    public Diagnostic CreateMainLanguage(SourceSpan at, string where, string value) =>
        At(at, $"'{where}' is '{value}', the plan's own language ('language: {value}'); 'translations' lists only the other languages, so remove it");

    public Diagnostic CreateRepeated(SourceSpan at, string where, string value) =>
        At(at, $"'{where}' lists '{value}' a second time; list each language once");
}

public sealed class UnmatchedTranslationEntry() : DiagnosticCode("MAP047", "parse", "Translation entry that matches nothing in the original",
    help: "An entry of a translation is matched to the original's by 'id' (logic-model items, indicators), 'indicator' (progress updates) or 'metric'/'file' (findings metrics): give it the id, indicator, metric or file of the entry it translates, or remove it.")
{
    public static readonly UnmatchedTranslationEntry Instance = new();

    /// <param name="key">"id", "indicator", "metric" or "file".</param>
    /// <param name="closest">The original's entry the value may be a misspelling of, not translated yet, or null.</param>
    public Diagnostic CreateNoMatch(SourceSpan at, string where, string key, string value, string original, string? closest = null) =>
        At(at, $"'{where}' translates the entry with {key} '{value}', which {original} does not have; " +
            (closest is null ? "" : $"did you mean '{closest}'? If not, ") +
            $"write the {key} of the original entry it translates, or remove this entry");

    /// <summary>An 'indicator' or 'metric' the original names with another spelling (it is defined elsewhere, so either file
    /// may be the one misspelled: the message suggests neither over the other).</summary>
    /// <param name="closest">The original's value no entry of the translation names, spelled like <paramref name="value"/>.</param>
    /// <param name="line">The line of the original where <paramref name="closest"/> is written.</param>
    public Diagnostic CreateNoMatchSpelledAlike(SourceSpan at, string where, string key, string value, string original, string closest, int line) =>
        At(at, $"'{where}' translates the entry with {key} '{value}', which {original} does not have; {original} has '{closest}' " +
            $"(line {line}), which no entry here translates: if they are the same, correct whichever of the two is misspelled, " +
            "or remove this entry");

    /// <param name="keys">"'id'" or "'metric' or 'file'".</param>
    public Diagnostic CreateNoKey(SourceSpan at, string where, string keys, string original) =>
        At(at, $"'{where}' has no {keys}, so it matches no entry of {original}; add the {keys} of the entry it translates (that field is copied, not translated)");

    public Diagnostic CreateTwice(SourceSpan at, string where, string key, string value, int firstLine) =>
        At(at, $"'{where}' translates the entry with {key} '{value}' a second time (it is already translated on line {firstLine}); keep one of the two");
}

public sealed class TranslationFieldDiffers() : DiagnosticCode("MAP048", "parse", "Translation changes a field that is not text",
    help: "Only text is translated; ids, metrics, files, values, years, dates, statuses and the like are taken from the original. Leave the field out of the translation, or write it exactly as in the original.")
{
    public static readonly TranslationFieldDiffers Instance = new();

    public Diagnostic Create(SourceSpan at, string where, string value, string originalValue, string original) =>
        At(at, $"'{where}' is '{Prose.Shorten(value, 60)}' here but '{Prose.Shorten(originalValue, 60)}' in {original}; it is not text to translate, so leave it out (it is taken from the original) or write '{Prose.Shorten(originalValue, 60)}'");

    public Diagnostic CreateAbsent(SourceSpan at, string where, string original) =>
        At(at, $"'{where}' is not in {original}, and a translation cannot add a field that is not text; remove it here, or add it to {original} first");

    public Diagnostic CreateShape(SourceSpan at, string where, string written, string expected, string original) =>
        At(at, $"'{where}' is {written} here but {expected} in {original}; write it as in the original, or leave it out (it is taken from the original)");
}

public sealed class TranslationListLength() : DiagnosticCode("MAP049", "parse", "Translated list of another length than the original's",
    help: "Lists without ids (timeline, commitments, coalition, theory-of-change lists) are matched by position: translate every entry, in the original's order, and add or remove entries in the original first.")
{
    public static readonly TranslationListLength Instance = new();

    public Diagnostic Create(SourceSpan at, string where, int count, int originalCount, string original) =>
        At(at, $"'{where}' has {Entries(count)} here and {Entries(originalCount)} in {original}; a list without ids is matched by position, so translate each of the {originalCount} entries, in the original's order");

    private static string Entries(int n) => n == 1 ? "1 entry" : $"{n} entries";
}

public sealed class ReleasedWithoutDate() : DiagnosticCode("MAP050", "parse", "Released plan without a release date",
    help: "A plan with 'status: released' needs 'released: YYYY-MM-DD', the date of its public release.")
{
    public static readonly ReleasedWithoutDate Instance = new();

    public Diagnostic Create(SourceSpan statusSpan) =>
        At(statusSpan, "the plan is released but has no 'released' date; add 'released: YYYY-MM-DD' to plan.yml, or set 'status: draft'");
}

public sealed class TranslationLanguageNotListed() : DiagnosticCode("MAP052", "parse", "Translation in a language plan.yml does not list",
    help: "A file named <name>.<lang>.md or plan.<lang>.yml is a translation into <lang>: add <lang> to plan.yml's 'translations' (translations: [es]), or rename the file if it is not a translation (notes-es.md).")
{
    public static readonly TranslationLanguageNotListed Instance = new();

    public Diagnostic Create(string path, string language, string languageName, string listed) =>
        At(SourceSpan.File(path), $"{FileName(path)} is named as a {languageName} translation ('{language}'), but plan.yml's 'translations' {listed}; add '{language}' to 'translations', or rename the file if it is not a translation");

    public Diagnostic CreateMainLanguage(string path, string language, string languageName) =>
        At(SourceSpan.File(path), $"{FileName(path)} is named as a {languageName} translation ('{language}'), but {languageName} is the plan's own language (plan.yml 'language'); merge it into the original, or rename the file");

    private static string FileName(string path) => path[(path.IndexOf('/', path.IndexOf('/') + 1) + 1)..];
}

public sealed class MissingTranslation() : DiagnosticCode("MAP053", "parse", "File without a translation", Severity.Warning,
    help: "Each language of plan.yml's 'translations' has a translation of every component and progress report beside the original (findings.es.md, progress/2025.es.md); a page without one is published in the main language on the translated site, with a notice.")
{
    public static readonly MissingTranslation Instance = new();

    /// <param name="path">The original, e.g. plans/x/findings.md.</param>
    /// <param name="expected">The translation's file name, e.g. findings.es.md.</param>
    public Diagnostic Create(string path, string expected, string languageName, string mainLanguageName) =>
        At(SourceSpan.File(path), $"{PlanRelative(path)} has no {languageName} translation ({expected}): its page is published in {mainLanguageName} on the {languageName} site");

    public Diagnostic CreatePlanYml(string path, string expected, string languageName, string mainLanguageName) =>
        At(SourceSpan.File(path), $"plan.yml has no {languageName} translation ({expected}): the plan's title, summary and coalition roles are shown in {mainLanguageName} on the {languageName} site");

    private static string PlanRelative(string path) => path[(path.IndexOf('/', path.IndexOf('/') + 1) + 1)..];
}

public sealed class TranslationNotAllowed() : DiagnosticCode("MAP054", "parse", "Translation with something it may not hold, or without an original",
    help: "plan.<lang>.yml holds only 'title', 'summary', 'jurisdiction' and 'contact' (each with only 'name') and 'coalition' (each member with only 'role'); everything else is taken from plan.yml. A translation sits beside the file it translates: write the original first.")
{
    public static readonly TranslationNotAllowed Instance = new();

    /// <param name="known">The key is a field of plan.yml; else the message does not say it "is taken from plan.yml" (review10,
    /// 2026-12-07: 'estado', written in Spanish, was said to be taken from a plan.yml that has no such field).</param>
    public Diagnostic CreateKey(SourceSpan at, string file, string key, bool known = true) =>
        At(at, known
            ? $"{file} may hold only 'title', 'summary', 'jurisdiction.name', 'contact.name' and 'coalition' (each member with only 'role'); '{key}' is taken from plan.yml, so remove it here"
            : $"'{key}' is not a field of plan.yml, and {file} may hold only 'title', 'summary', 'jurisdiction.name', 'contact.name' and 'coalition' " +
              $"(each member with only 'role'), with the keys in English as plan.yml writes them; everything else (status, dates, FIPS) is plan.yml's, so remove '{key}' here");

    public Diagnostic CreateNameOnlyKey(SourceSpan at, string file, string field, string key) =>
        At(at, $"'{field}.{key}' cannot be translated in {file}: its translation holds only 'name' ('{key}' is taken from plan.yml), so remove it here");

    public Diagnostic CreateCoalitionKey(SourceSpan at, string file, string where, string key) =>
        At(at, $"'{where}.{key}' cannot be translated in {file}: a coalition member's translation holds only 'role' ('{key}' is taken from plan.yml), so remove it here");

    public Diagnostic CreateNoComponent(SourceSpan at, string file, string component) =>
        At(at, $"{file} translates the {component} component, which this plan does not have (no file says 'component: {component}'); write the original first ({component}.md), or remove the translation");

    public Diagnostic CreateNoReport(SourceSpan at, string file, int year, string folder) =>
        At(at, $"{file} translates the {year} progress report, which this plan does not have ({folder}/progress/{year}.md); write the report first, or remove the translation");
}

public sealed class PathOutsidePlan() : DiagnosticCode("MAP061", "parse", "Path leaves the plan folder",
    help: "File paths in a plan are relative to the plan folder and stay inside it, e.g. 'data/employment.csv' or 'assets/map.png'.")
{
    public static readonly PathOutsidePlan Instance = new();

    public Diagnostic Create(SourceSpan at, string field, string value, string example) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which points outside the plan folder; use a path inside it, like '{example}'");

    public Diagnostic CreateOutsideRepository(SourceSpan at, string what, string value) =>
        At(at, $"the {what} '{Prose.Shorten(value)}' points outside the repository; link to files inside it");
}
