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
            var t = context.Text(plan.Metadata.Language);
            var url = SiteUrls.Status(plan);
            var components = status.Components.Select(c => new StatusComponentRow(
                plan.Components.FirstOrDefault(x => x.Kind == c.Kind) is { } present ? Formatting.ComponentTitle(present, t) : Formatting.ComponentName(c.Kind, t),
                context.Urls.Href(SiteUrls.Component(plan, c.Kind)), c.IsComplete,
                t.Text(c.IsComplete ? "status.component_complete" : c.IsPresent ? "status.component_narrative_missing" : "status.component_missing"))).ToList();
            var measures = new List<StatusMeasure>
            {
                Measure(t.Text("status.measure_logic_model"), status.LogicModelItemsWithIndicator, status.LogicModelItems, t),
                Measure(t.Text("status.measure_baseline"), status.IndicatorsWithBaseline, status.Indicators, t),
                Measure(t.Text("status.measure_target"), status.IndicatorsWithTarget, status.Indicators, t),
                Measure(status.LatestYear is { } y ? t.Text("status.measure_reported", ("year", y)) : t.Text("status.measure_reported_none"),
                    status.IndicatorsReportedInLatestYear, status.Indicators, t),
            };
            yield return new Page(url, "layouts/status.sbn-html",
                context.Layout(url, t.Text("views.status_title"), t.Text("views.status_description", ("plan", plan.Metadata.Title)), plan,
                    [(plan.Metadata.Title, SiteUrls.Plan(plan))], "status"),
                new StatusPage(components, status.ComponentsComplete, measures, Overdue(plan, context), Rollups(plan, context),
                    RolledUp.Select(s => Formatting.Status(s, t)).ToList()));
        }
    }

    private static readonly ProgressStatus[] RolledUp =
        [ProgressStatus.Achieved, ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.OffTrack, ProgressStatus.NotStarted];

    private static string Overdue(Plan plan, RenderContext context)
    {
        var calendar = context.Options.Reporting;
        var t = context.Text(plan.Metadata.Language);
        return calendar.OverdueYear(plan) is { } year
            ? t.Plural("notices.overdue", calendar.GraceMonths, ("year", year), ("date", Formatting.Date(calendar.DueDate(year), t)))
            : "";
    }

    private static IReadOnlyList<StatusRollupRow> Rollups(Plan plan, RenderContext context) =>
        plan.Progress.Reverse().Select(report =>
        {
            var t = context.Text(plan.Metadata.Language);
            var rollup = ProgressAssessment.Rollup(plan, report);
            return new StatusRollupRow(report.Year, context.Urls.Href(SiteUrls.Progress(plan, report.Year)),
                RolledUp.Select(s => new StatusRollupCell(Formatting.Status(s, t), rollup.Declared.GetValueOrDefault(s), rollup.Computed.GetValueOrDefault(s))).ToList(),
                rollup.NotComputed, rollup.Disagreements);
        }).ToList();

    private static StatusMeasure Measure(string label, int count, int total, Localization.UiStrings t) =>
        new(label, count, total, total == 0 ? 0 : (int)Math.Round(100.0 * count / total), t.Text("status.count_of", ("count", count), ("total", total)));
}
