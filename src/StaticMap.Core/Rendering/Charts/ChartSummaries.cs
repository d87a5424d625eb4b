using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>
/// The sentences that say in words what a chart shows. Computed from the data, never written by hand, in the language of
/// the format's strings: every sentence is a whole template of the strings file (section <c>summaries</c>), so a language
/// keeps its own word order and agreement ("rose from … to a peak of …" / "subió de … a un máximo de …").
/// </summary>
public static class ChartSummaries
{
    /// <summary>
    /// "In Alameda County, California, it rose from 32 per 100 households in 2014 to a peak of 41 in 2021, then fell back to 32
    /// in 2023. In 2023 it was 25 per 100 households in Ramsey County, Minnesota." Every comparison is made on the values as
    /// shown (rounded first), so the words never contradict the numbers beside them; a series that turns says where it turned.
    /// </summary>
    public static string Trend(ChartSeries local, IReadOnlyList<ChartSeries> peers, ChartFormat format)
    {
        var t = format.Text;
        // A weak estimate (Urban's data quality 3) is never the ground of a sentence: it is left out and the sentence says so.
        var points = Usable(local);
        var weak = Weak(local);
        if (points.Count == 0)
            return weak.Count > 0
                ? t.Text("summaries.all_weak", ("place", local.SentenceName))
                : t.Text("summaries.no_estimate", ("place", local.SentenceName));
        var last = points[^1];
        var sentences = new List<string>();
        if (points.Count == 1)
            sentences.Add(t.Text("summaries.one_year", ("year", last.Year), ("value", format.Format(last.Value!.Value)), ("place", local.SentenceName)));
        else
            sentences.Add(t.Text("summaries.movement", ("place", local.SentenceName), ("movement", Movement(points, format))));
        if (weak.Count > 0) sentences.Add(WeakYears(weak, t));
        var comparisons = peers
            .Select(p => (Name: p.SentenceName, Point: p.Points.FirstOrDefault(x => x.Year == last.Year && x.Value is not null)))
            .Where(p => p.Point is not null)
            .ToList();
        var compared = comparisons.Where(p => p.Point!.Quality != DataQuality.Weak)
            .Select((p, i) => t.Text("summaries.value_in_place",
                ("value", i == 0 ? format.Format(p.Point!.Value!.Value) : format.Short(p.Point!.Value!.Value)), ("place", p.Name)))
            .ToList();
        if (compared.Count > 0)
            sentences.Add(t.Text("summaries.compared", ("year", last.Year), ("values", Join(compared, t))));
        var weakPeers = comparisons.Where(p => p.Point!.Quality == DataQuality.Weak).Select(p => p.Name).ToList();
        if (weakPeers.Count > 0)
            sentences.Add(t.Text("summaries.too_weak", ("list", Join(weakPeers, t)), ("year", last.Year)));
        return string.Join(" ", sentences);
    }

    /// <summary>"The 2014 and 2021 estimates are too weak to use: they are drawn hollow and left out of this description."</summary>
    private static string WeakYears(IReadOnlyList<ChartPoint> weak, UiStrings t) =>
        t.Plural("summaries.weak_years", weak.Count, ("years", Join(PlanMetrics.YearRuns(weak.Select(p => p.Year)), t)));

    /// <summary>"rose from 78.9% in 2014 to 83.0% in 2023", "stayed at 0.95 from 2016 to 2019", or, when the series turned,
    /// "rose from … to a peak of 41 in 2021, then fell back to 32 in 2023", or, when it turned twice, "rose from 2.2% in 2014 to
    /// a high of 2.9% in 2019, fell to a low of 1.6% in 2020, then rose to 4.0% in 2022", or, when it turned three times or more,
    /// "went up and down from 3% in 2014 to 4% in 2022, changing direction four times, between a low of 1% in 2016 and a high of 6%
    /// in 2019". The turns are <see cref="Turns"/>': every one the sentence could hide is told, or counted.</summary>
    private static string Movement(IReadOnlyList<ChartPoint> points, ChartFormat format)
    {
        var t = format.Text;
        var first = points[0];
        var last = points[^1];
        var shown = points.Select(p => format.Shown(p.Value!.Value)).ToList();
        var (a, z) = (shown[0], shown[^1]);
        (string, object?)[] ends =
        [
            ("from", format.Format(first.Value!.Value)), ("from_year", first.Year),
            ("to", format.Short(last.Value!.Value)), ("to_year", last.Year),
        ];
        if (shown.All(v => v == a))
            return t.Text("summaries.stayed", ("value", format.Format(first.Value!.Value)), ("from_year", first.Year), ("to_year", last.Year));
        (string, object?)[] Turn(string name, int k) => [(name, format.Short(points[k].Value!.Value)), ($"{name}_year", points[k].Year)];
        var turns = Turns(shown);
        switch (turns.Count)
        {
            case 0:
                return t.Text(z > a ? "summaries.rose" : "summaries.fell", ends);
            case 1:
                var back = z == a ? "_back" : "";
                return shown[turns[0]] > a
                    ? t.Text("summaries.rose_peak" + back, [.. ends, .. Turn("peak", turns[0])])
                    : t.Text("summaries.fell_low" + back, [.. ends, .. Turn("low", turns[0])]);
            case 2:
                return shown[turns[0]] > a
                    ? t.Text("summaries.rose_peak_fell_low", [.. ends, .. Turn("peak", turns[0]), .. Turn("low", turns[1])])
                    : t.Text("summaries.fell_low_rose_peak", [.. ends, .. Turn("low", turns[0]), .. Turn("peak", turns[1])]);
            default:
                // Three turns or more: a list of them would be a paragraph. The sentence counts them and names the series' own
                // high and low (the first year of each), unless an end already is it (then the sentence names the other, or neither).
                var high = Enumerable.Range(0, shown.Count).MaxBy(i => shown[i]);
                var low = Enumerable.Range(0, shown.Count).MinBy(i => shown[i]);
                var (highInside, lowInside) = (shown[high] > Math.Max(a, z), shown[low] < Math.Min(a, z));
                var key = (highInside, lowInside) switch
                {
                    (true, true) => "summaries.up_and_down",
                    (true, false) => "summaries.up_and_down_high",
                    (false, true) => "summaries.up_and_down_low",
                    _ => "summaries.up_and_down_ends",
                };
                // The count spelled out below ten ("three times", "tres cambios"), as the strings' numbers.word_N give it.
                var count = t.TextOr($"numbers.word_{turns.Count}", turns.Count.ToString(t.Culture));
                return t.Text(key, [.. ends, ("count", count), .. Turn("peak", high), .. Turn("low", low)]);
        }
    }

    /// <summary>
    /// The points where the series turns, in order: each is the highest (or lowest) point of a rise (or fall) that the series then
    /// goes back on by at least a quarter of its range. A smaller move back is a wobble, not a turn (7.1% → 7.0% → 8.0% "rose");
    /// so each leg between the first value, the turns and the last value moves one way, and nothing inside it moves the other way
    /// by a quarter of the range or more (review3, 2026-12-07: "fell from 2.2% in 2014 to a low of 1.6% in 2020" hid 2.9% in 2019).
    /// </summary>
    internal static List<int> Turns(IReadOnlyList<double> shown)
    {
        var turns = new List<int>();
        var range = shown.Max() - shown.Min();
        if (range <= 0) return turns;
        // A quarter exactly is a turn, also when the values' binary fractions leave it a hair short (5.5 - 5.2 against 1.2).
        bool Turned(double by) => by > 0 && by * 4 >= range * (1 - 1e-9);
        // Until the series has moved a quarter of its range it has no way yet: its high and low so far are kept, and a move of a
        // quarter from the first value the other way first is a turn.
        var (hi, lo, way, extreme) = (0, 0, 0, 0);
        for (var i = 1; i < shown.Count; i++)
        {
            var v = shown[i];
            if (way == 0)
            {
                if (v > shown[hi]) hi = i;
                if (v < shown[lo]) lo = i;
                if (!Turned(shown[hi] - shown[lo])) continue;
                // The later of the two is where it is going; the earlier one is a turn if the series went that way first.
                if (lo < hi)
                {
                    if (lo > 0 && Turned(shown[0] - shown[lo])) turns.Add(lo);
                    (way, extreme) = (1, hi);
                }
                else
                {
                    if (hi > 0 && Turned(shown[hi] - shown[0])) turns.Add(hi);
                    (way, extreme) = (-1, lo);
                }
                continue;
            }
            if (way > 0 ? v > shown[extreme] : v < shown[extreme]) extreme = i;
            else if (Turned(way > 0 ? shown[extreme] - v : v - shown[extreme]))
            {
                turns.Add(extreme);
                (way, extreme) = (-way, i);
            }
        }
        return turns;
    }

    /// <summary>
    /// "In 2021 it was highest for White, non-Hispanic (84.0%) and lowest for Black, non-Hispanic (74.9%), a gap of 9.1
    /// percentage points, narrower than the 12.1 percentage points of 2018." Gaps are the differences of the values shown.
    /// </summary>
    public static string Groups(IReadOnlyList<ChartSeries> groups, ChartFormat format)
    {
        var t = format.Text;
        // Weak estimates (Urban's data quality 3) are left out of every comparison: the year told is the latest with a usable
        // estimate, and the groups whose estimate that year is weak are named as too weak to compare.
        var years = groups.SelectMany(Usable).Select(p => p.Year).Distinct().Order().ToList();
        if (years.Count == 0)
            return groups.Any(g => Weak(g).Count > 0) ? t.Text("summaries.groups_all_weak") : t.Text("summaries.no_groups");
        var latest = years[^1];
        var values = ValuesIn(groups, latest);
        var weakThen = groups.Where(g => g.Points.Any(p => p.Year == latest && p.Value is not null && p.Quality == DataQuality.Weak))
            .Select(g => g.SentenceName).ToList();
        var laterWeak = groups.SelectMany(Weak).Where(p => p.Year > latest).Select(p => p.Year).Distinct().Order().ToList();
        string sentence;
        if (values.Count == 1)
            sentence = t.Text(weakThen.Count > 0 ? "summaries.one_group_usable" : "summaries.one_group",
                ("year", latest), ("value", format.Format(values[0].Value)), ("group", values[0].Name));
        else
            sentence = Compare(groups, values, years, latest, format);
        var notes = new List<string> { sentence };
        if (weakThen.Count > 0) notes.Add(t.Text("summaries.too_weak", ("list", Join(weakThen, t)), ("year", latest)));
        if (laterWeak.Count > 0)
            notes.Add(t.Plural("summaries.weak_years", laterWeak.Count, ("years", Join(PlanMetrics.YearRuns(laterWeak), t))));
        return string.Join(" ", notes);
    }

    /// <summary>"In 2021 it was highest for … and lowest for …, a gap of …, narrower than … of 2018."</summary>
    private static string Compare(IReadOnlyList<ChartSeries> groups, List<(string Label, string Name, double Value)> values, List<int> years,
        int latest, ChartFormat format)
    {
        var t = format.Text;
        var high = values.MaxBy(v => format.Shown(v.Value));
        var low = values.MinBy(v => format.Shown(v.Value));
        if (format.Shown(high.Value) == format.Shown(low.Value))
            return t.Text("summaries.every_group", ("year", latest), ("value", format.Format(high.Value)));
        var gap = format.ShownGap(high.Value, low.Value);
        var sentence = t.Text("summaries.groups", ("year", latest), ("high", high.Name), ("high_value", format.Format(high.Value)),
            ("low", low.Name), ("low_value", format.Short(low.Value)), ("gap", format.Gap(high.Value, low.Value)));
        var earlier = years.Where(y => y < latest).Reverse()
            .Select(y => (Year: y, Values: ValuesIn(groups, y)))
            .FirstOrDefault(e => e.Values.Any(v => v.Label == high.Label) && e.Values.Any(v => v.Label == low.Label));
        if (earlier.Values is null) return t.Text("summaries.groups_end", ("sentence", sentence));
        var earlierHigh = earlier.Values.First(v => v.Label == high.Label).Value;
        var earlierLow = earlier.Values.First(v => v.Label == low.Label).Value;
        var earlierGap = format.ShownGap(earlierHigh, earlierLow);
        var flipped = format.Shown(earlierHigh) < format.Shown(earlierLow);
        var before = format.Gap(earlierHigh, earlierLow);
        var change = flipped ? t.Text("summaries.flipped", ("year", earlier.Year), ("low", low.Name), ("gap", before))
            : earlierGap == gap ? t.Text("summaries.same_gap", ("year", earlier.Year))
            : t.Text(gap < earlierGap ? "summaries.narrower" : "summaries.wider", ("gap", before), ("year", earlier.Year));
        return t.Text("summaries.groups_change", ("sentence", sentence), ("change", change));
    }

    /// <summary>The points with a value that a sentence may rest on: every one but those Urban rates weak.</summary>
    private static List<ChartPoint> Usable(ChartSeries series) =>
        series.Points.Where(p => p.Value is not null && p.Quality != DataQuality.Weak).ToList();

    private static List<ChartPoint> Weak(ChartSeries series) =>
        series.Points.Where(p => p.Value is not null && p.Quality == DataQuality.Weak).ToList();

    private static List<(string Label, string Name, double Value)> ValuesIn(IReadOnlyList<ChartSeries> groups, int year) =>
        groups.Select(g => (g.Label, g.SentenceName, Point: g.Points.FirstOrDefault(p => p.Year == year && p.Value is not null && p.Quality != DataQuality.Weak)))
            .Where(x => x.Point is not null)
            .Select(x => (x.Label, x.SentenceName, x.Point!.Value!.Value))
            .ToList();

    /// <summary>"a and b", "a, b, and c" (English), "a, b y c" (Spanish): the list templates of the strings.</summary>
    public static string Join(IReadOnlyList<string> items, UiStrings t) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => t.Text("summaries.and_two", ("first", items[0]), ("second", items[1])),
        _ => t.Text("summaries.and_last", ("list", string.Join(t.Text("summaries.list_separator"), items.Take(items.Count - 1))), ("last", items[^1])),
    };
}
