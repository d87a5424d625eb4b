using StaticMap.Core.Model;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Views;
using StaticMap.Core.Validation;

namespace StaticMap.Core.Rendering.Pages;

/// <param name="Overdue">A note when a released plan's report for the last year due is missing; empty otherwise.</param>
/// <param name="Rollups">Per report year, how complete the report is: indicators updated, with a value, and who set their status.</param>
public sealed record StatusPage(IReadOnlyList<StatusComponentRow> Components, int ComponentsComplete, IReadOnlyList<StatusMeasure> Measures,
    string Overdue, IReadOnlyList<StatusRollupRow> Rollups);

/// <param name="Updated">"14 of 16": the plan's indicators the report updates.</param>
/// <param name="WithValue">"12 of 14": the updates with a value, and <paramref name="FromData"/> how many came from the data
/// (with those that had no newer data than the year before).</param>
/// <param name="ByCoalition">Updates whose status the coalition set; <paramref name="Computed"/> those computed from the numbers.</param>
/// <param name="NoStatus">Updates with neither: no status yet. The three add up to the updates.</param>
public sealed record StatusRollupRow(int Year, string Href, string Title, string Updated, string WithValue, string FromData, int ByCoalition, int Computed,
    int NoStatus = 0);

public sealed record StatusComponentRow(string Title, string Href, bool IsComplete, string State);

/// <param name="Percent">0–100, for the bar; the numbers are always written out too.</param>
/// <param name="PercentText"><paramref name="Percent"/> as the page's language writes it ("100%", "100 %" in Spanish).</param>
public sealed record StatusMeasure(string Label, int Count, int Total, int Percent, string Text, string PercentText)
{
    /// <summary>A meter's max must exceed its min, even when there is nothing to count.</summary>
    public int MeterMax => Math.Max(Total, 1);
}

/// <summary>Each plan's reporting status page, from <see cref="ReportingStatus"/>.</summary>
public sealed class StatusPageKind : IPageKind
{
    public int Order => 70;

    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Declarations.PlanEditions(site).Select(e => Declarations.PlanPage(this, "status", e.Main, e.Segment, SiteUrls.Status(e.Edition),
            () => ThemeIds.Page().Add("sm-parts-status-heading", "sm-measures-heading", "sm-rollup-heading", "sm-rollup-caption")) with
        {
            Nav = t => new NavEntry(t.Text("nav.status")),
        });

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
            if (status.LatestYear is { } latest && status.IndicatorsWithEarlierData > 0)
                measures.Add(Measure(t.Text("status.measure_earlier_data", ("year", latest),
                    ("years", Charts.ChartSummaries.Join(status.EarlierDataYears.Select(y => y.ToString(t.Culture)).ToList(), t))),
                    status.IndicatorsWithEarlierData, status.Indicators, t));
            yield return new Page(url, "layouts/status.sbn-html",
                context.Layout(url, t.Text("views.status_title"), t.Text("views.status_description", ("plan", plan.Metadata.Title)), plan,
                    [(plan.Metadata.Title, SiteUrls.Plan(plan))], "status") with
                {
                    // Counts and statuses computed from pages that are indexed themselves: out of the search index (docs/theme.md, "What is indexed").
                    Searchable = false,
                },
                new StatusPage(components, status.ComponentsComplete, measures, Overdue(plan, context), Rollups(plan, context)));
        }
    }

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
            var indicators = plan.IndicatorsById.Count;
            return new StatusRollupRow(report.Year, context.Urls.Href(SiteUrls.Progress(plan, report.Year)), Formatting.ReportTitle(report, t),
                t.Text("status.count_of", ("count", rollup.Updates), ("total", indicators)),
                t.Text("status.count_of", ("count", rollup.ValueForYear), ("total", rollup.Updates)),
                FromData(rollup, t),
                rollup.StatusByCoalition, rollup.StatusComputed, rollup.NoStatus);
        }).ToList();

    /// <summary>"3 (2021 and 2023 data; 1 with no newer data)": the values from the Mobility Metrics with their latest data years.</summary>
    private static string FromData(ProgressRollup rollup, Localization.UiStrings t)
    {
        if (rollup.FromData == 0) return rollup.FromData.ToString(t.Culture);
        var years = Charts.ChartSummaries.Join(rollup.DataYears.Select(y => y.ToString(t.Culture)).ToList(), t);
        return rollup.NoNewerData > 0
            ? t.Text("status_page.from_data_years_stale", ("count", rollup.FromData), ("years", years), ("stale", rollup.NoNewerData))
            : t.Text("status_page.from_data_years", ("count", rollup.FromData), ("years", years));
    }

    private static StatusMeasure Measure(string label, int count, int total, Localization.UiStrings t) =>
        Measure(label, count, total, Share(count, total), t);

    /// <summary>
    /// <paramref name="count"/> of <paramref name="total"/> in whole percent, a half rounded up as a reader rounds it (5 of 8 is
    /// 63%, as 7 of 8 is 88%; .NET's default rounds a half to the even number, 62%); never 100% before every one is counted,
    /// nor 0% once one is (199 of 200 is 99%, 1 of 300 is 1%).
    /// </summary>
    public static int Share(int count, int total)
    {
        if (total <= 0 || count <= 0) return 0;
        if (count >= total) return 100;
        return Math.Clamp((int)Math.Round(100.0 * count / total, MidpointRounding.AwayFromZero), 1, 99);
    }

    private static StatusMeasure Measure(string label, int count, int total, int percent, Localization.UiStrings t) =>
        new(label, count, total, percent, t.Text("status.count_of", ("count", count), ("total", total)), Formatting.Percent(percent, t));
}
