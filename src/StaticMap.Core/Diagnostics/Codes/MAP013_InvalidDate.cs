using System.Globalization;
using System.Text.RegularExpressions;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed partial class InvalidDate : Rule
{
    public static readonly InvalidDate Instance = new();
    public override string Code => "MAP013";
    public override string Title => "Invalid date or year";
    public override string Stage => "parse";
    public override string Help =>
        $"Dates are written YYYY-MM-DD (e.g. 2024-03-15) and must exist on the calendar; years (baseline, target and progress " +
        $"'year', and the year column of a plan's data/*.csv) are four digits. Both lie between {StrictNumber.FirstYear} and {StrictNumber.LastYear}. " +
        "A timeline date may be words ('Spring 2021'), but one written in digits must be a real year, month or day: 2021, 2021-06 or 2021-06-15.";

    public Diagnostic CreateDate(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is {DateProblem(value)}; write it as YYYY-MM-DD, e.g. 2024-03-15");

    public Diagnostic CreateYear(SourceSpan at, string field, string value, YearFault fault) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is {Problem(fault)}; write four digits, e.g. 2024");

    /// <summary>A year cell of a plan's CSV: "'FY21' in column 'year' is not a year; write four digits, e.g. 2021".</summary>
    public Diagnostic CreateYearCell(SourceSpan at, string value, YearFault fault) =>
        At(at, $"'{Prose.Shorten(value)}' in column 'year' is {Problem(fault)}; write four digits, e.g. 2021");

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

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
}
