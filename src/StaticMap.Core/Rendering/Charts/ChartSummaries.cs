using StaticMap.Core.Metrics;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>The sentences that say in words what a chart shows. Computed from the data, never written by hand.</summary>
public static class ChartSummaries
{
    /// <summary>
    /// "In Alameda County, California, it rose from 32 per 100 households in 2014 to a peak of 41 in 2021, then fell back to 32
    /// in 2023. In 2023 it was 25 per 100 households in Ramsey County, Minnesota." Every comparison is made on the values as
    /// shown (rounded first), so the words never contradict the numbers beside them; a series that turns says where it turned.
    /// </summary>
    public static string Trend(ChartSeries local, IReadOnlyList<ChartSeries> peers, ChartFormat format)
    {
        var points = WithValues(local);
        if (points.Count == 0) return $"No estimate is available for {local.Label}.";
        var last = points[^1];
        var sentences = new List<string>();
        if (points.Count == 1)
            sentences.Add($"In {last.Year} it was {format.Format(last.Value!.Value)} in {local.Label}.");
        else
            sentences.Add($"In {local.Label}, it {Movement(points, format)}.");
        var comparisons = peers
            .Select(p => (p.Label, Point: p.Points.FirstOrDefault(x => x.Year == last.Year && x.Value is not null)))
            .Where(p => p.Point is not null)
            .Select((p, i) => $"{(i == 0 ? format.Format(p.Point!.Value!.Value) : format.Short(p.Point!.Value!.Value))} in {p.Label}")
            .ToList();
        if (comparisons.Count > 0)
            sentences.Add($"In {last.Year} it was {Join(comparisons)}.");
        return string.Join(" ", sentences);
    }

    /// <summary>"rose from 78.9% in 2014 to 83.0% in 2023", "stayed at 0.95 from 2016 to 2019", or, when the series turned,
    /// "rose from … to a peak of 41 in 2021, then fell back to 32 in 2023".</summary>
    private static string Movement(IReadOnlyList<ChartPoint> points, ChartFormat format)
    {
        var first = points[0];
        var last = points[^1];
        var shown = points.Select(p => format.Shown(p.Value!.Value)).ToList();
        var (a, z) = (shown[0], shown[^1]);
        var from = $"{format.Format(first.Value!.Value)} in {first.Year}";
        var to = $"{format.Short(last.Value!.Value)} in {last.Year}";
        if (shown.All(v => v == a)) return $"stayed at {format.Format(first.Value!.Value)} from {first.Year} to {last.Year}";
        var inner = Enumerable.Range(1, points.Count - 2).ToList();
        var peak = inner.Count == 0 ? -1 : inner.MaxBy(i => shown[i]);
        var trough = inner.Count == 0 ? -1 : inner.MinBy(i => shown[i]);
        var rise = peak < 0 ? 0 : shown[peak] - Math.Max(a, z);
        var dip = trough < 0 ? 0 : Math.Min(a, z) - shown[trough];
        var back = z == a ? "back " : "";
        // A turn is told when it is a real part of the story (at least a quarter of the series' range, or the ends are equal),
        // not for every wobble: 7.1% → 7.0% → 8.0% "rose".
        var range = shown.Max() - shown.Min();
        if (z != a && rise * 4 < range) rise = 0;
        if (z != a && dip * 4 < range) dip = 0;
        if (rise > 0 && rise >= dip)
            return $"rose from {from} to a peak of {format.Short(points[peak].Value!.Value)} in {points[peak].Year}, then fell {back}to {to}";
        if (dip > 0)
            return $"fell from {from} to a low of {format.Short(points[trough].Value!.Value)} in {points[trough].Year}, then rose {back}to {to}";
        return z > a ? $"rose from {from} to {to}" : $"fell from {from} to {to}";
    }

    /// <summary>
    /// "In 2021 it was highest for White, non-Hispanic (84.0%) and lowest for Black, non-Hispanic (74.9%), a gap of 9.1
    /// percentage points, narrower than the 12.1 percentage points of 2018." Gaps are the differences of the values shown.
    /// </summary>
    public static string Groups(IReadOnlyList<ChartSeries> groups, ChartFormat format)
    {
        var years = groups.SelectMany(g => g.Points).Where(p => p.Value is not null).Select(p => p.Year).Distinct().Order().ToList();
        if (years.Count == 0) return "No estimates by group are available.";
        var latest = years[^1];
        var values = ValuesIn(groups, latest);
        if (values.Count == 1)
            return $"In {latest} it was {format.Format(values[0].Value)} for {values[0].Label}.";
        var high = values.MaxBy(v => format.Shown(v.Value));
        var low = values.MinBy(v => format.Shown(v.Value));
        if (format.Shown(high.Value) == format.Shown(low.Value))
            return $"In {latest} it was {format.Format(high.Value)} for every group.";
        var gap = format.ShownGap(high.Value, low.Value);
        var sentence = $"In {latest} it was highest for {high.Label} ({format.Format(high.Value)}) and lowest for {low.Label} ({format.Short(low.Value)}), a gap of {format.Gap(high.Value, low.Value)}";
        var earlier = years.Take(years.Count - 1).Reverse()
            .Select(y => (Year: y, Values: ValuesIn(groups, y)))
            .FirstOrDefault(e => e.Values.Any(v => v.Label == high.Label) && e.Values.Any(v => v.Label == low.Label));
        if (earlier.Values is null) return sentence + ".";
        var earlierHigh = earlier.Values.First(v => v.Label == high.Label).Value;
        var earlierLow = earlier.Values.First(v => v.Label == low.Label).Value;
        var earlierGap = format.ShownGap(earlierHigh, earlierLow);
        var flipped = format.Shown(earlierHigh) < format.Shown(earlierLow);
        var before = format.Gap(earlierHigh, earlierLow);
        var change = flipped ? $"while in {earlier.Year} {low.Label} was higher, by {before}"
            : earlierGap == gap ? $"the same as in {earlier.Year}"
            : gap < earlierGap ? $"narrower than the {before} of {earlier.Year}"
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
