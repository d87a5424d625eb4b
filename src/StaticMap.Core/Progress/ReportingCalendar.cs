using System.Globalization;
using StaticMap.Core.Model;

namespace StaticMap.Core.Progress;

/// <summary>
/// When annual progress reports are due: the report for a year is due <see cref="GraceMonths"/> months after the year
/// ends (default 6: the 2025 report by July 1, 2026). <see cref="Today"/> is the build date, settable for tests and
/// previews (--today, STATICMAP_TODAY).
/// </summary>
public sealed record ReportingCalendar(DateOnly Today, int GraceMonths = ReportingCalendar.DefaultGraceMonths)
{
    public const int DefaultGraceMonths = 6;
    public const string TodayVariable = "STATICMAP_TODAY";
    public const string GraceVariable = "STATICMAP_REPORT_GRACE_MONTHS";

    /// <summary>Today from STATICMAP_TODAY (YYYY-MM-DD) or the real date; the grace from STATICMAP_REPORT_GRACE_MONTHS or 6.</summary>
    public static ReportingCalendar FromEnvironment()
    {
        var today = ParseDate(Environment.GetEnvironmentVariable(TodayVariable)) ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var grace = int.TryParse(Environment.GetEnvironmentVariable(GraceVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var g) && g <= 120
            ? g : DefaultGraceMonths;
        return new ReportingCalendar(today, grace);
    }

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
