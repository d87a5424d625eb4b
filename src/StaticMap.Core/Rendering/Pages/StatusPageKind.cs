using StaticMap.Core.Model;
using StaticMap.Core.Validation;

namespace StaticMap.Core.Rendering.Pages;

public sealed record StatusPage(IReadOnlyList<StatusComponentRow> Components, int ComponentsComplete, IReadOnlyList<StatusMeasure> Measures);

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
    public IEnumerable<Page> Pages(RenderContext context)
    {
        foreach (var plan in context.PlansInScope)
        {
            var status = ReportingStatus.Compute(plan);
            var url = SiteUrls.Status(plan.Id);
            var components = status.Components.Select(c => new StatusComponentRow(
                plan.Components.FirstOrDefault(x => x.Kind == c.Kind)?.Title ?? c.Kind.GuideName(),
                context.Urls.Href(SiteUrls.Component(plan.Id, c.Kind)), c.IsComplete,
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
                    [(plan.Metadata.Title, SiteUrls.Plan(plan.Id))], "status"),
                new StatusPage(components, status.ComponentsComplete, measures));
        }
    }

    private static StatusMeasure Measure(string label, int count, int total) =>
        new(label, count, total, total == 0 ? 0 : (int)Math.Round(100.0 * count / total), $"{count} of {total}");
}
