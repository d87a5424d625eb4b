namespace StaticMap.Core.Metrics;

/// <summary>
/// Which observations a chart of a metric shows, one row of its data table each: decided here, below the charts, so that
/// Rendering draws exactly these rows and MAP044 (a chart too large to use) counts them without drawing a chart.
/// </summary>
public static class ChartRows
{
    /// <summary>The name of the chart of everyone's values over the years; the others are named by their subgroup type.</summary>
    public const string Trend = "trend";

    /// <summary>
    /// One observation a year; the years before the first and after the last estimate are left out (Urban's files write
    /// NA for every year a metric was not computed), gaps in between are kept as "not available".
    /// </summary>
    public static IReadOnlyList<Observation> Series(IEnumerable<Observation> observations)
    {
        var points = observations.GroupBy(o => o.Year).Select(g => g.First()).OrderBy(o => o.Year).ToList();
        var first = points.FindIndex(o => o.Value is not null);
        var last = points.FindLastIndex(o => o.Value is not null);
        return first < 0 ? [] : points[first..(last + 1)];
    }

    /// <summary>The everyone rows of a place's observations, the trend chart's series.</summary>
    public static IEnumerable<Observation> Everyone(IEnumerable<Observation> observations) =>
        observations.Where(o => o.SubgroupType == SubgroupNames.AllType);

    /// <summary>The groups of one subgroup type, by label: one series each in the chart by that type.</summary>
    public static IReadOnlyList<IGrouping<string, Observation>> Groups(IEnumerable<Observation> observations, string subgroupType) =>
        observations.Where(o => o.SubgroupType == subgroupType)
            .GroupBy(o => o.Subgroup).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The years a chart of these series shows: those some series has an estimate for. The others are years the metric
    /// was not computed, left out of the chart and its table.
    /// </summary>
    public static IReadOnlySet<int> MeasuredYears(IEnumerable<IEnumerable<(int Year, double? Value)>> series) =>
        series.SelectMany(s => s).Where(p => p.Value is not null).Select(p => p.Year).ToHashSet();

    /// <summary>
    /// The rows of the data table of each chart drawn from a plan's own observations: <see cref="Trend"/>, then each
    /// subgroup type of <paramref name="subgroupTypes"/> that has rows (peers not counted).
    /// </summary>
    public static IEnumerable<(string Chart, int Rows)> Count(IReadOnlyList<Observation> local, IReadOnlyList<string> subgroupTypes)
    {
        var trend = Series(Everyone(local));
        if (trend.Count > 0) yield return (Trend, Rows([trend]));
        foreach (var type in subgroupTypes)
        {
            var groups = Groups(local, type).Select(g => Series(g)).ToList();
            if (groups.Count > 0) yield return (type, Rows(groups));
        }
    }

    private static int Rows(IReadOnlyList<IReadOnlyList<Observation>> series)
    {
        var measured = MeasuredYears(series.Select(s => s.Select(o => (o.Year, o.Value))));
        return series.Sum(s => s.Count(o => measured.Contains(o.Year)));
    }
}
