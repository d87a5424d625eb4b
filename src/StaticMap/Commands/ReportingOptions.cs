using System.CommandLine;
using System.Globalization;
using StaticMap.Core.Progress;

namespace StaticMap.Cli.Commands;

/// <summary>--today and --report-grace-months, shared by build, check and serve: when progress reports are due.</summary>
public sealed class ReportingOptions
{
    /// <summary>The environment's override of today, YYYY-MM-DD: read here, at the edge, and nowhere in StaticMap.Core.</summary>
    public const string TodayVariable = "STATICMAP_TODAY";
    public const string GraceVariable = "STATICMAP_REPORT_GRACE_MONTHS";

    public Option<string?> Today { get; } = new("--today")
    {
        Description = $"Build as if today were this date, YYYY-MM-DD, for overdue reports (MAP037) [default: ${TodayVariable} or today]",
    };

    public Option<int?> GraceMonths { get; } = new("--report-grace-months")
    {
        Description = $"Months after a year ends before its progress report is overdue [default: ${GraceVariable} or {ReportingCalendar.DefaultGraceMonths}]",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Today);
        command.Options.Add(GraceMonths);
    }

    /// <summary>The calendar the options (then the environment, then the real date) give, or a usage problem.</summary>
    public ReportingCalendar? Resolve(ParseResult result, out string? problem)
    {
        problem = null;
        var calendar = FromEnvironment(TimeProvider.System);
        if (result.GetValue(Today) is { } text)
        {
            if (ReportingCalendar.ParseDate(text) is not { } today)
            {
                problem = $"--today '{text}' is not a date; write it year-month-day, e.g. --today 2027-07-01";
                return null;
            }
            calendar = calendar with { Today = today };
        }
        if (result.GetValue(GraceMonths) is { } grace)
        {
            if (grace is < 0 or > 120)
            {
                problem = $"--report-grace-months {grace} is not between 0 and 120";
                return null;
            }
            calendar = calendar with { GraceMonths = grace };
        }
        return calendar;
    }

    /// <summary>Today from STATICMAP_TODAY (YYYY-MM-DD), else by <paramref name="clock"/>; the grace from STATICMAP_REPORT_GRACE_MONTHS, else 6.</summary>
    public static ReportingCalendar FromEnvironment(TimeProvider clock)
    {
        var calendar = ReportingCalendar.On(clock);
        if (ReportingCalendar.ParseDate(Environment.GetEnvironmentVariable(TodayVariable)) is { } today) calendar = calendar with { Today = today };
        if (int.TryParse(Environment.GetEnvironmentVariable(GraceVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var grace) && grace <= 120)
            calendar = calendar with { GraceMonths = grace };
        return calendar;
    }
}
