using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Validation.Rules;

public sealed class InvalidDate : Rule
{
    public static readonly InvalidDate Instance = new();
    public override string Code => "MAP013";
    public override string Title => "Invalid date or year";
    public override string Stage => "parse";
    public override string Help => "Dates are written YYYY-MM-DD (e.g. 2024-03-15) and must exist on the calendar; years are four digits. A timeline date may be words ('Spring 2021'), but one written in digits must be a real year, month or day: 2021, 2021-06 or 2021-06-15.";

    public Diagnostic CreateDate(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Shorten(value)}', which is not a date; write it as YYYY-MM-DD, e.g. 2024-03-15");

    public Diagnostic CreateYear(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Shorten(value)}', which is not a year; write four digits, e.g. 2024");

    public Diagnostic CreateTimelineDate(SourceSpan at, string field, string value) =>
        At(at, $"'{field}' is '{Shorten(value)}', which is not a date on the calendar; write a year (2021), a month (2021-06) " +
               "or a day (2021-06-15) that exists, with two-digit months and days, or the date in words, e.g. 'Spring 2021'");

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
