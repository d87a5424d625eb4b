using System.CommandLine;
using StaticMap.Core.Progress;

namespace StaticMap.Cli.Commands;

/// <summary>--today and --report-grace-months, shared by build, check and serve: when progress reports are due.</summary>
public sealed class ReportingOptions
{
    public Option<string?> Today { get; } = new("--today")
    {
        Description = $"Build as if today were this date, YYYY-MM-DD, for overdue reports (MAP037) [default: ${ReportingCalendar.TodayVariable} or today]",
    };

    public Option<int?> GraceMonths { get; } = new("--report-grace-months")
    {
        Description = $"Months after a year ends before its progress report is overdue [default: ${ReportingCalendar.GraceVariable} or {ReportingCalendar.DefaultGraceMonths}]",
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
        var environment = ReportingCalendar.FromEnvironment();
        var calendar = environment;
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
}
