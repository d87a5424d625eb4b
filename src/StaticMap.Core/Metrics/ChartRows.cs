using StaticMap.Core.Model;

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
    /// subgroup type of <paramref name="subgroupTypes"/> that has rows; the trend chart's rows include the <paramref name="peers"/>' everyone rows.
    /// </summary>
    public static IEnumerable<(string Chart, int Rows)> Count(IReadOnlyList<Observation> local, IReadOnlyList<string> subgroupTypes,
        IEnumerable<IReadOnlyList<Observation>>? peers = null)
    {
        var trend = new List<IReadOnlyList<Observation>> { Series(Everyone(local)) };
        trend.AddRange((peers ?? []).Select(p => Series(Everyone(p))));
        if (trend.Any(s => s.Count > 0)) yield return (Trend, Rows(trend));
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

/// <summary>
/// The observations a findings metric shows, decided once: the plan's own rows (everyone and the requested subgroup types),
/// and, when the metric is compared with the plan's peers, each peer's everyone rows. The page (its charts, data tables and
/// quality notices), the print view, the CSV downloads (which take the page's charts), MAP044 (a chart too large) and
/// MAP072 (Weak data shown) all read this one model, so what a check counts is what a reader sees.
/// </summary>
/// <param name="Fips">The plan's jurisdiction.</param>
/// <param name="Local">Every observation of the metric for the plan's place (or of its CSV), before choosing the charts' rows.</param>
/// <param name="SubgroupTypes">The subgroup types the author asked for, each a chart of its own.</param>
/// <param name="Peers">The peers compared with the place, in the plan's order: their everyone rows are drawn in the trend chart.</param>
/// <param name="IsText">A text-valued metric (Urban's "a:b" ratios): listed by year, not charted.</param>
public sealed record MetricRows(string Fips, IReadOnlyList<Observation> Local, IReadOnlyList<string> SubgroupTypes,
    IReadOnlyList<(string Geoid, IReadOnlyList<Observation> Observations)> Peers, bool IsText)
{
    /// <summary>The rows of a findings entry, from the data loaded once for the build.</summary>
    public static MetricRows Of(Plan plan, MetricReference reference, MetricsContext metrics)
    {
        var fips = plan.Metadata.Jurisdiction.Fips;
        var definition = reference.Metric is { } m && metrics.Catalog.TryGet(m.Value, out var d) ? d : null;
        var isText = definition?.Format == ValueFormat.Text;
        var peers = reference.ComparePeers && !reference.IsLocal && reference.Metric is { } metric && !isText
            ? PlanMetrics.Peers(plan, fips).Select(p => (p.Value, metrics.Data.Get(p.Value, metric.Value))).ToList()
            : [];
        return new MetricRows(fips, PlanMetrics.Observations(plan, reference, fips, metrics), PlanMetrics.RequestedSubgroupTypes(reference), peers, isText);
    }

    /// <summary>
    /// Every observation a reader is shown, one row of a data table each: for a text-valued metric its everyone values; else
    /// the rows of the trend chart (the place and its peers) and of each chart by subgroup type (<see cref="ChartRows.Series"/>).
    /// </summary>
    public IEnumerable<Observation> Shown()
    {
        if (IsText)
        {
            foreach (var o in ChartRows.Everyone(Local).Where(o => o.Text is not null)) yield return o;
            yield break;
        }
        foreach (var o in ChartRows.Series(ChartRows.Everyone(Local))) yield return o;
        foreach (var (_, observations) in Peers)
        foreach (var o in ChartRows.Series(ChartRows.Everyone(observations))) yield return o;
        foreach (var type in SubgroupTypes)
        foreach (var group in ChartRows.Groups(Local, type))
        foreach (var o in ChartRows.Series(group)) yield return o;
    }

    /// <summary>The shown observations with a value that Urban rates <paramref name="quality"/>: what the page's notices count and
    /// MAP072 names.</summary>
    public IReadOnlyList<Observation> Rated(DataQuality quality) => Shown().Where(o => o.Quality == quality && PlanMetrics.HasValue(o)).ToList();

    /// <summary>Every observation behind the charts, before choosing their rows: no chart has more rows than this.</summary>
    public int Total => Local.Count + Peers.Sum(p => p.Observations.Count);

    /// <summary>The rows of each chart's data table: <see cref="ChartRows.Trend"/> (the place and its peers), then each subgroup type
    /// of <see cref="SubgroupTypes"/> that has rows. A text-valued metric has no chart.</summary>
    public IEnumerable<(string Chart, int Rows)> ChartSizes() => IsText ? [] : ChartRows.Count(Local, SubgroupTypes, Peers.Select(p => p.Observations));
}
