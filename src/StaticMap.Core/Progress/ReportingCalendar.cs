using System.Globalization;
using StaticMap.Core.Model;

namespace StaticMap.Core.Progress;

/// <summary>
/// When annual progress reports are due: the report for a year is due <see cref="GraceMonths"/> months after the year
/// ends (default 6: the 2025 report by July 1, 2026). <see cref="Today"/> is the build date: today by the build's clock
/// (<see cref="On"/>), or the date the command line gives (--today, STATICMAP_TODAY, read by the CLI only).
/// </summary>
public sealed record ReportingCalendar(DateOnly Today, int GraceMonths = ReportingCalendar.DefaultGraceMonths)
{
    public const int DefaultGraceMonths = 6;

    /// <summary>Today (UTC) by <paramref name="clock"/>, with the default grace.</summary>
    public static ReportingCalendar On(TimeProvider clock) => new(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The date the report for <paramref name="year"/> is due: January 1 of the next year plus the grace.</summary>
    public DateOnly DueDate(int year) => new DateOnly(year + 1, 1, 1).AddMonths(GraceMonths);

    /// <summary>The latest year whose report is due by today.</summary>
    public int LastDueYear
    {
        get
        {
            var year = Today.Year - 1;
            while (DueDate(year) > Today) year--;
            return year;
        }
    }

    /// <summary>
    /// The year whose report is overdue for a released plan, or null: the last year due, when the plan was released
    /// before that year ended and has no report for it.
    /// </summary>
    public int? OverdueYear(Plan plan)
    {
        if (!plan.IsReleased || plan.Metadata.Released is not { } released) return null;
        var year = LastDueYear;
        if (released.Year > year) return null;
        return plan.Progress.Any(r => r.Year == year) ? null : year;
    }
}
