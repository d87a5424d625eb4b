using StaticMap.Core.Metrics;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>The sentences that say in words what a chart shows. Computed from the data, never written by hand.</summary>
public static class ChartSummaries
{
    /// <summary>"From 2014 to 2023 it rose from 78.9% to 81.4% in Alameda County. In 2023 it was 79.8% in Ramsey County."</summary>
    public static string Trend(ChartSeries local, IReadOnlyList<ChartSeries> peers, ChartFormat format)
    {
        var points = WithValues(local);
        if (points.Count == 0) return $"No estimate is available for {local.Label}.";
        var last = points[^1];
        var sentences = new List<string>();
        if (points.Count == 1)
        {
            sentences.Add($"In {last.Year} it was {format.Format(last.Value!.Value)} in {local.Label}.");
        }
        else
        {
            var first = points[0];
            var from = format.Format(first.Value!.Value);
            var to = format.Format(last.Value!.Value);
            var movement = from == to ? $"stayed at {to}"
                : last.Value > first.Value ? $"rose from {from} to {to}" : $"fell from {from} to {to}";
            sentences.Add($"From {first.Year} to {last.Year} it {movement} in {local.Label}.");
        }
        var comparisons = peers
            .Select(p => (p.Label, Point: p.Points.FirstOrDefault(x => x.Year == last.Year && x.Value is not null)))
            .Where(p => p.Point is not null)
            .Select(p => $"{format.Format(p.Point!.Value!.Value)} in {p.Label}")
            .ToList();
        if (comparisons.Count > 0)
            sentences.Add($"In {last.Year} it was {Join(comparisons)}.");
        return string.Join(" ", sentences);
    }

    /// <summary>
    /// "In 2021 it was highest for White, Non-Hispanic residents (85.1%) and lowest for Black, Non-Hispanic residents (72.4%),
    /// a gap of 12.7 percentage points; the gap narrowed from 14.0 percentage points in 2018."
    /// </summary>
    public static string Groups(IReadOnlyList<ChartSeries> groups, ChartFormat format)
    {
        var years = groups.SelectMany(g => g.Points).Where(p => p.Value is not null).Select(p => p.Year).Distinct().Order().ToList();
        if (years.Count == 0) return "No estimates by group are available.";
        var latest = years[^1];
        var values = ValuesIn(groups, latest);
        if (values.Count == 1)
            return $"In {latest} it was {format.Format(values[0].Value)} for {values[0].Label}.";
        var high = values.MaxBy(v => v.Value);
        var low = values.MinBy(v => v.Value);
        var gap = high.Value - low.Value;
        var sentence = $"In {latest} it was highest for {high.Label} ({format.Format(high.Value)}) and lowest for {low.Label} ({format.Format(low.Value)}), a gap of {format.Difference(gap)}";
        var earlier = years.Take(years.Count - 1).Reverse()
            .Select(y => (Year: y, Values: ValuesIn(groups, y)))
            .FirstOrDefault(e => e.Values.Any(v => v.Label == high.Label) && e.Values.Any(v => v.Label == low.Label));
        if (earlier.Values is null) return sentence + ".";
        var earlierGap = earlier.Values.First(v => v.Label == high.Label).Value - earlier.Values.First(v => v.Label == low.Label).Value;
        var before = format.Difference(earlierGap);
        var now = format.Difference(gap);
        var change = before == now ? $"the same as in {earlier.Year}"
            : Math.Abs(gap) < Math.Abs(earlierGap) ? $"narrower than the {before} of {earlier.Year}"
            : $"wider than the {before} of {earlier.Year}";
        return $"{sentence}, {change}.";
    }

    private static List<ChartPoint> WithValues(ChartSeries series) => series.Points.Where(p => p.Value is not null).ToList();

    private static List<(string Label, double Value)> ValuesIn(IReadOnlyList<ChartSeries> groups, int year) =>
        groups.Select(g => (g.Label, Point: g.Points.FirstOrDefault(p => p.Year == year && p.Value is not null)))
            .Where(x => x.Point is not null)
            .Select(x => (x.Label, x.Point!.Value!.Value))
            .ToList();

    private static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        1 => items[0],
        2 => $"{items[0]} and {items[1]}",
        _ => string.Join(", ", items.Take(items.Count - 1)) + ", and " + items[^1],
    };
}
