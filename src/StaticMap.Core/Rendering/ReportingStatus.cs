using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering;

/// <summary>
/// How complete a plan's reporting is, in the spirit of Open SDG's reporting status: the five components, logic-model
/// items with indicators, and indicators with baselines, targets and values in the latest progress report.
/// </summary>
public sealed record ReportingStatus(
    IReadOnlyList<ComponentStatus> Components,
    int LogicModelItems,
    int LogicModelItemsWithIndicator,
    int Indicators,
    int IndicatorsWithBaseline,
    int IndicatorsWithTarget,
    int? LatestYear,
    int IndicatorsReportedInLatestYear)
{
    public int ComponentsComplete => Components.Count(c => c.IsComplete);

    public static ReportingStatus Compute(Plan plan)
    {
        var components = ComponentKinds.InGuideOrder.Select(kind =>
        {
            var component = plan.Components.FirstOrDefault(c => c.Kind == kind);
            return new ComponentStatus(kind, component is not null, component is not null && !component.Body.IsEmpty);
        }).ToList();

        var measurable = plan.TheoryOfChange?.LogicModel?.MeasurableItems.ToList() ?? [];
        var indicators = plan.MeasurementPlan?.Indicators ?? [];
        var measured = measurable.Count(item => indicators.Any(i => i.Measures.Value == item.Id));
        var latest = plan.Progress.IsEmpty ? null : plan.Progress[^1];
        var reported = latest is null ? 0
            : indicators.Count(i => latest.Updates.Any(u => u.Indicator.Value == i.Id && u.Value is not null));
        return new ReportingStatus(components, measurable.Count, measured, indicators.Length,
            indicators.Count(i => i.Baseline is not null), indicators.Count(i => i.Target is not null),
            latest?.Year, reported);
    }
}

/// <param name="IsPresent">The plan has a file for the component.</param>
/// <param name="HasNarrative">Its narrative is written (the measurement plan and theory of change may rely on their fields alone).</param>
public sealed record ComponentStatus(ComponentKind Kind, bool IsPresent, bool HasNarrative)
{
    public bool IsComplete => IsPresent && (HasNarrative || Kind is ComponentKind.MeasurementPlan or ComponentKind.TheoryOfChange);
}
