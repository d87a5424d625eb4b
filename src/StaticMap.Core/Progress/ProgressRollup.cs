using StaticMap.Core.Model;

namespace StaticMap.Core.Progress;

/// <summary>One update of a report with its indicator and its status by the numbers (null when it cannot be computed).</summary>
public sealed record AssessedUpdate(ProgressUpdate Update, Indicator? Indicator, ComputedStatus? Computed);

/// <summary>A report's indicators counted by status, declared and by the numbers.</summary>
/// <param name="NotComputed">Updates whose status could not be computed (no value, baseline, target or direction).</param>
public sealed record ProgressRollup(int Year, IReadOnlyDictionary<ProgressStatus, int> Declared, IReadOnlyDictionary<ProgressStatus, int> Computed,
    int NotComputed, int Disagreements);

/// <summary>Status by the numbers for each update of a plan's reports, and the per-year roll-up.</summary>
public static class ProgressAssessment
{
    public static IReadOnlyList<AssessedUpdate> Assess(Plan plan, ProgressReport report)
    {
        var indicators = Indicators(plan);
        return report.Updates.Select(u =>
        {
            var indicator = indicators.GetValueOrDefault(u.Indicator.Value);
            var computed = indicator is not null && u.Value is not null ? StatusByNumbers.Compute(indicator, u.YearOf(report), u.Value.Number) : null;
            return new AssessedUpdate(u, indicator, computed);
        }).ToList();
    }

    public static ProgressRollup Rollup(Plan plan, ProgressReport report)
    {
        var assessed = Assess(plan, report);
        var declared = assessed.GroupBy(a => a.Update.Status).ToDictionary(g => g.Key, g => g.Count());
        var computed = assessed.Where(a => a.Computed is not null).GroupBy(a => a.Computed!.Status).ToDictionary(g => g.Key, g => g.Count());
        return new ProgressRollup(report.Year, declared, computed, assessed.Count(a => a.Computed is null),
            assessed.Count(a => a.Computed is not null && StatusByNumbers.Disagrees(a.Update.Status, a.Computed)));
    }

    public static Dictionary<string, Indicator> Indicators(Plan plan) =>
        (plan.MeasurementPlan?.Indicators ?? []).DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
}
