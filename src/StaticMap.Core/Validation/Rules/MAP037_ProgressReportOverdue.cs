using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class ProgressReportOverdue() : DiagnosticCode("MAP037", "validate", "Annual progress report overdue", Severity.Warning,
    help: "A released plan reports every year: the report for a year is due 6 months after it ends (July 1; change it with --report-grace-months or STATICMAP_REPORT_GRACE_MONTHS). Write progress/<year>.md ('staticmap progress <plan-id> <year>' drafts it). The date checked against is today, or --today / STATICMAP_TODAY."), IPlanRule
{
    public static readonly ProgressReportOverdue Instance = new();

    /// <summary>The plan and the build's date.</summary>
    public RuleInputs Reads => RuleInputs.Calendar;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (context.Calendar.OverdueYear(plan) is not { } year) return;
        // The year's file is there but says another year (MAP040, an error that names the fix): not also "add the file".
        if (plan.Progress.Any(r => r.Path.EndsWith($"/progress/{year}.md", StringComparison.Ordinal))) return;
        diagnostics.Add(At(plan.Metadata.StatusSpan, Message(plan, year, context.Calendar)));
    }

    public static string Message(Plan plan, int year, Progress.ReportingCalendar calendar) =>
        $"the plan is released but has no progress report for {year}, due by {Prose.Date(calendar.DueDate(year))} " +
        $"({calendar.GraceMonths} months after the year ended; today is {Prose.Date(calendar.Today)}); " +
        $"add {plan.Folder.TrimEnd('/')}/progress/{year}.md ('staticmap progress {plan.Id} {year}' drafts it)";
}
