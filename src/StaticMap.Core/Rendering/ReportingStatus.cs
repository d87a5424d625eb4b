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
    /// <summary>Indicators whose value in the latest report is from an earlier year's Mobility Metrics data (its latest data year).</summary>
    public int IndicatorsWithEarlierData { get; init; }

    /// <summary>The data years of those values (2021, 2023).</summary>
    public IReadOnlyList<int> EarlierDataYears { get; init; } = [];

    public int ComponentsComplete => Components.Count(c => c.IsComplete);

    /// <param name="components">The component kinds the plan should have (the build's registry's).</param>
    public static ReportingStatus Compute(Plan plan, ComponentRegistry components)
    {
        var kinds = components.Kinds;
        var byKind = kinds.Select(kind =>
        {
            var component = plan.Components.FirstOrDefault(c => c.Kind == kind);
            return new ComponentStatus(kind, component is not null, component is not null && !component.Body.IsEmpty, kind.IsComplete(component));
        }).ToList();

        var measurable = plan.TheoryOfChange?.LogicModel?.MeasurableItems.ToList() ?? [];
        var indicators = plan.MeasurementPlan?.Indicators ?? [];
        var measured = measurable.Count(item => indicators.Any(i => i.Measures.Value == item.Id));
        var latest = plan.Progress.IsEmpty ? null : plan.Progress[^1];
        // A value for the report's own year: a value filled in from an earlier year's data is that year's, not this one's.
        var reported = latest is null ? 0
            : indicators.Count(i => latest.Updates.Any(u => u.Indicator.Value == i.Id && u.Value is not null && u.YearOf(latest) == latest.Year));
        var fromData = latest is null ? 0
            : indicators.Count(i => latest.Updates.Any(u => u.Indicator.Value == i.Id && u is { Value: not null, ValueSource: not null }
                && u.YearOf(latest) < latest.Year));
        return new ReportingStatus(byKind, measurable.Count, measured, indicators.Length,
            indicators.Count(i => i.Baseline is not null), indicators.Count(i => i.Target is not null),
            latest?.Year, reported)
        {
            IndicatorsWithEarlierData = fromData,
            EarlierDataYears = latest is null ? [] : latest.Updates.Where(u => u is { Value: not null, ValueSource: not null } && u.YearOf(latest) < latest.Year)
                .Select(u => u.YearOf(latest)).Distinct().Order().ToList(),
        };
    }
}

/// <param name="IsPresent">The plan has a file for the component.</param>
/// <param name="HasNarrative">Its narrative is written.</param>
/// <param name="IsComplete">What the kind calls complete (<see cref="ComponentKind.IsComplete"/>: the measurement plan and theory of change may rely on their fields alone).</param>
public sealed record ComponentStatus(ComponentKind Kind, bool IsPresent, bool HasNarrative, bool IsComplete);
