using StaticMap.Core.Model;

namespace StaticMap.Core.Progress;

/// <summary>One update of a report with its indicator and its status by the numbers (null when it cannot be computed).</summary>
public sealed record AssessedUpdate(ProgressUpdate Update, Indicator? Indicator, ComputedStatus? Computed);

/// <summary>A report's indicators counted by status, declared and by the numbers.</summary>
/// <param name="NotComputed">Updates whose status could not be computed (no value, baseline, target or direction).</param>
/// <param name="Public">The updates counted by their one public status (the coalition's, or computed where it gave none).</param>
/// <param name="WithValue">Updates with a value; <paramref name="FromData"/> of them filled in from the data,
/// <paramref name="NoNewerData"/> of those the same data year as the previous report's.</param>
/// <param name="StatusByCoalition">Updates whose status the coalition wrote; <paramref name="StatusComputed"/> computed from the numbers.</param>
public sealed record ProgressRollup(int Year, IReadOnlyDictionary<ProgressStatus, int> Declared, IReadOnlyDictionary<ProgressStatus, int> Computed,
    int NotComputed, int Disagreements)
{
    public IReadOnlyDictionary<ProgressStatus, int> Public { get; init; } = new Dictionary<ProgressStatus, int>();
    public int Updates { get; init; }
    public int WithValue { get; init; }
    public int FromData { get; init; }
    public int NoNewerData { get; init; }
    public int StatusByCoalition { get; init; }
    public int StatusComputed { get; init; }

    /// <summary>Updates with neither the coalition's status nor a computed one: no status yet.</summary>
    public int NoStatus => Updates - StatusByCoalition - StatusComputed;

    /// <summary>Updates with a value for the report's own year (the coalition's, or data of that year).</summary>
    public int ValueForYear { get; init; }

    /// <summary>The data years of the values filled in from an earlier year's data (2021, 2023).</summary>
    public IReadOnlyList<int> DataYears { get; init; } = [];
}

/// <summary>Status by the numbers for each update of a plan's reports, and the per-year roll-up.</summary>
public static class ProgressAssessment
{
    public static IReadOnlyList<AssessedUpdate> Assess(Plan plan, ProgressReport report)
    {
        var indicators = plan.IndicatorsById;
        return report.Updates.Select(u =>
        {
            var indicator = indicators.GetValueOrDefault(u.Indicator.Value);
            // No status is computed from an estimate Urban rates Weak.
            var computed = indicator is not null && u.Value is not null && !u.WeakValue ? StatusByNumbers.Compute(indicator, report, u) : null;
            return new AssessedUpdate(u, indicator, computed);
        }).ToList();
    }

    public static ProgressRollup Rollup(Plan plan, ProgressReport report)
    {
        var assessed = Assess(plan, report);
        var declared = assessed.Where(a => a.Update.StatusGiven).GroupBy(a => a.Update.Status).ToDictionary(g => g.Key, g => g.Count());
        var computed = assessed.Where(a => a.Computed is not null).GroupBy(a => a.Computed!.Status).ToDictionary(g => g.Key, g => g.Count());
        return new ProgressRollup(report.Year, declared, computed, assessed.Count(a => a.Computed is null),
            assessed.Count(a => a.Update.StatusGiven && a.Computed is not null && StatusByNumbers.Disagrees(a.Update.Status, a.Computed)))
        {
            ValueForYear = assessed.Count(a => a.Update.Value is not null && a.Update.YearOf(report) == report.Year),
            DataYears = assessed.Where(a => a.Update is { Value: not null, ValueSource: not null }).Select(a => a.Update.YearOf(report))
                .Distinct().Order().ToList(),
            Public = assessed.GroupBy(a => a.Update.Status).ToDictionary(g => g.Key, g => g.Count()),
            Updates = assessed.Count,
            WithValue = assessed.Count(a => a.Update.Value is not null),
            FromData = assessed.Count(a => a.Update is { Value: not null, ValueSource: not null }),
            NoNewerData = assessed.Count(a => a.Update.NoNewerData),
            StatusByCoalition = assessed.Count(a => a.Update.StatusGiven),
            StatusComputed = assessed.Count(a => a.Update.StatusComputed),
        };
    }
}
