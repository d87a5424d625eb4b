using StaticMap.Core.Model;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Views;
using StaticMap.Core.Validation;

namespace StaticMap.Core.Rendering.Pages;

/// <param name="Overdue">A note when a released plan's report for the last year due is missing; empty otherwise.</param>
/// <param name="Rollups">Per report year, the indicators counted by status, as reported and by the numbers.</param>
public sealed record StatusPage(IReadOnlyList<StatusComponentRow> Components, int ComponentsComplete, IReadOnlyList<StatusMeasure> Measures,
    string Overdue, IReadOnlyList<StatusRollupRow> Rollups, IReadOnlyList<string> Statuses);

/// <param name="Declared">One cell per status in <see cref="StatusPage.Statuses"/> order: "3 · 2" is read as reported, by the numbers.</param>
public sealed record StatusRollupRow(int Year, string Href, IReadOnlyList<StatusRollupCell> Cells, int NotComputed, int Disagreements);

public sealed record StatusRollupCell(string Status, int Declared, int Computed);

public sealed record StatusComponentRow(string Title, string Href, bool IsComplete, string State);

/// <param name="Percent">0–100, for the bar; the numbers are always written out too.</param>
public sealed record StatusMeasure(string Label, int Count, int Total, int Percent, string Text)
{
    /// <summary>A meter's max must exceed its min, even when there is nothing to count.</summary>
    public int MeterMax => Math.Max(Total, 1);
}

/// <summary>Each plan's reporting status page, from <see cref="ReportingStatus"/>.</summary>
public sealed class StatusPageKind : IPageKind
{
    public int Order => 70;

    public IEnumerable<Page> Pages(RenderContext context)
    {
        foreach (var plan in context.PlansInScope)
        {
            var status = ReportingStatus.Compute(plan, context.Components);
            var url = SiteUrls.Status(plan);
            var components = status.Components.Select(c => new StatusComponentRow(
                plan.Components.FirstOrDefault(x => x.Kind == c.Kind)?.Title ?? c.Kind.GuideName,
                context.Urls.Href(SiteUrls.Component(plan, c.Kind)), c.IsComplete,
                c.IsComplete ? "Complete" : c.IsPresent ? "Narrative missing" : "Missing")).ToList();
            var measures = new List<StatusMeasure>
            {
                Measure("Logic-model inputs, outputs and outcomes with an indicator", status.LogicModelItemsWithIndicator, status.LogicModelItems),
                Measure("Indicators with a baseline", status.IndicatorsWithBaseline, status.Indicators),
                Measure("Indicators with a target", status.IndicatorsWithTarget, status.Indicators),
                Measure(status.LatestYear is { } y ? $"Indicators with a value reported in {y}" : "Indicators with a value reported (no progress report yet)",
                    status.IndicatorsReportedInLatestYear, status.Indicators),
            };
            yield return new Page(url, "layouts/status.sbn-html",
                context.Layout(url, "Reporting status", $"How complete the reporting of the {plan.Metadata.Title} is.", plan,
                    [(plan.Metadata.Title, SiteUrls.Plan(plan))], "status"),
                new StatusPage(components, status.ComponentsComplete, measures, Overdue(plan, context), Rollups(plan, context),
                    RolledUp.Select(Formatting.Status).ToList()));
        }
    }

    private static readonly ProgressStatus[] RolledUp =
        [ProgressStatus.Achieved, ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.OffTrack, ProgressStatus.NotStarted];

    private static string Overdue(Plan plan, RenderContext context)
    {
        var calendar = context.Options.Reporting;
        return calendar.OverdueYear(plan) is { } year
            ? $"The progress report for {year} is overdue: it was due by {Formatting.Date(calendar.DueDate(year))}, {calendar.GraceMonths} months after the year ended."
            : "";
    }

    private static IReadOnlyList<StatusRollupRow> Rollups(Plan plan, RenderContext context) =>
        plan.Progress.Reverse().Select(report =>
        {
            var rollup = ProgressAssessment.Rollup(plan, report);
            return new StatusRollupRow(report.Year, context.Urls.Href(SiteUrls.Progress(plan, report.Year)),
                RolledUp.Select(s => new StatusRollupCell(Formatting.Status(s), rollup.Declared.GetValueOrDefault(s), rollup.Computed.GetValueOrDefault(s))).ToList(),
                rollup.NotComputed, rollup.Disagreements);
        }).ToList();

    private static StatusMeasure Measure(string label, int count, int total) =>
        new(label, count, total, total == 0 ? 0 : (int)Math.Round(100.0 * count / total), $"{count} of {total}");
}
