using System.Globalization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// Dates still to come, on the build's date (<see cref="ValidationContext.Calendar"/>, as MAP037 reads it: today, or
/// --today / STATICMAP_TODAY): a progress report of a year that has not begun (an error; a warning for a draft, which
/// 'staticmap progress' writes and the published site leaves out), a 'released' date after today, a progress report's
/// 'published' date after today, and a baseline of a later year than a report that gives a value of its indicator
/// (warnings). Review8, 2026-12-07: "Latest progress report: 2027" and "Released June 1, 2027" were published on
/// December 7, 2026.
/// </summary>
public sealed class YearNotBegun() : DiagnosticCode("MAP086", "validate", "A year or date that has not come yet", Severity.Error,
    help: "Checked against the build's date (today, or --today / STATICMAP_TODAY). An error for a progress report of a year that has not begun: a report gives a year's results, so progress/<year>.md is published once the year has begun; rename the file to the year it reports on, or keep 'draft: true' until then (a draft report of a year to come, as 'staticmap progress' may write it, is a warning only: the published site leaves drafts out). A warning for a released plan whose 'released' date is after today: its pages would say it was released on a day to come; write the day of the public release. Likewise a warning for a progress report of a released plan whose 'published' date is after today: the site's feed dates the report with it; write the day it was published, or keep the report a draft until then. A warning for an indicator's baseline of a later year than a progress report that gives a value of it: a baseline is where the indicator stood before the reports that follow it, and the status computed from it (MAP036) would compare a year with one still ahead of it; correct the baseline's year or the report's."), IPlanRule
{
    public static readonly YearNotBegun Instance = new();

    /// <summary>The plan and the build's date.</summary>
    public RuleInputs Reads => RuleInputs.Calendar;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        var today = context.Calendar.Today;
        foreach (var report in plan.Progress.Where(r => r.Year > today.Year))
        {
            var file = $"progress/{report.Year.ToString(CultureInfo.InvariantCulture)}.md";
            // A 'year' that is not its file's (MAP040, an error that names the fix) is one mistake, not also a year to come.
            if (!report.Path.EndsWith("/" + file, StringComparison.Ordinal)) continue;
            diagnostics.Add(report.IsDraft
                ? new Diagnostic(Code, Severity.Warning, report.YearSpan,
                    $"{file} reports on {report.Year}, which has not begun (today is {Prose.Date(today)}); it is a draft, so the published site leaves it out, " +
                    $"but it cannot be published before {report.Year} has begun: if it reports on an earlier year, rename the file to that year")
                : At(report.YearSpan,
                    $"{file} reports on {report.Year}, which has not begun (today is {Prose.Date(today)}): the site would publish results of a year still to come; " +
                    $"rename the file to the year it reports on (and set its 'year'), or keep it as a draft ('draft: true') until {report.Year} has begun"));
        }

        if (plan.IsReleased && plan.Metadata.Released is { } released && released > today)
            diagnostics.Add(new Diagnostic(Code, Severity.Warning, ReleasedSpan(plan),
                $"'released' is {Prose.Date(released)}, after today ({Prose.Date(today)}): the plan's pages and feed would say it was released on a day still to come; " +
                "write the day of the public release, or set 'status: draft' until then"));

        // A report's 'published' date is the feed's date for it (ProgressReport.FeedDate): after today, the feed of a released plan
        // would announce it as published on a day to come. A draft may name the day it is to be published, as a draft plan its
        // release; a report of a year not begun is already refused above (one mistake, one diagnostic).
        if (plan.IsReleased)
            foreach (var report in plan.Progress.Where(r => !r.IsDraft && r.Year <= today.Year && r.Published > today))
                diagnostics.Add(new Diagnostic(Code, Severity.Warning, report.PublishedSpan,
                    $"'published' is {Prose.Date(report.Published!.Value)}, after today ({Prose.Date(today)}): the site's feed would say the {report.Year} progress report " +
                    "was published on a day still to come; write the day it was published, or keep the report as a draft ('draft: true') until then"));

        if (plan.MeasurementPlan is not { } measurementPlan) return;
        foreach (var indicator in measurementPlan.Indicators)
        {
            var (year, span) = indicator.Baseline is { } b ? (b.Year, b.YearSpan ?? indicator.Span)
                : indicator.BaselineFromData is { } d ? (d.Year, d.YearSpan ?? d.Span) : (0, default);
            if (year == 0 || indicator.Id.Length == 0) continue;
            var earlier = plan.Progress
                .Where(r => r.Year < year && r.Updates.Any(u => u.Indicator.Value == indicator.Id && u.Value is not null))
                .Select(r => r.Year).Distinct().Order().ToList();
            if (earlier.Count == 0) continue;
            var reports = earlier.Count == 1 ? $"the {earlier[0]} progress report, which gives a value"
                : $"the {string.Join(", ", earlier.Take(earlier.Count - 1))} and {earlier[^1]} progress reports, which give values";
            diagnostics.Add(new Diagnostic(Code, Severity.Warning, span,
                $"the baseline of '{indicator.Id}' is for {year}, later than {reports} of it: a baseline is where the indicator stood before the years reported on, " +
                $"and the status computed from it would compare {earlier[0]} with {year}; correct the baseline's year, or the year of the report"));
        }
    }

    /// <summary>Where plan.yml writes 'released', from the YAML kept for the rules (the plan's status when it cannot be found).</summary>
    private static SourceSpan ReleasedSpan(Plan plan)
    {
        foreach (var yaml in plan.Yaml)
        {
            if (!yaml.Path.EndsWith("/plan.yml", StringComparison.Ordinal) || yaml.IsReleased) continue;
            if (yaml.Root is YamlMapping map && map.Find("released") is { } entry) return entry.Value.Span;
        }
        return plan.Metadata.StatusSpan;
    }
}
