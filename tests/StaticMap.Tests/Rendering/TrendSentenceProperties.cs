using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Templates;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The trend sentence of a chart names values at years; every one is the series' value that year, the years run forward, and
/// each "rose" or "fell" is the way the series went between the two values it joins. A series that rose above its first value
/// before falling to a low (or the reverse) names that high too (review3, 2026-12-07: "fell from 2.2% in 2014 to a low of 1.6%
/// in 2020" when 2019 was 2.9%).
/// </summary>
public sealed class TrendSentenceProperties
{
    private static ChartSeries Series(IReadOnlyList<int> values, int start = 2014) =>
        new("Philadelphia County, Pennsylvania",
            values.Select((v, i) => new ChartPoint(start + i, v / 10.0, null, null, DataQuality.Strong)).ToList(), ChartPalette.For(0));

    private static string Trend(IReadOnlyList<int> values, bool spanish) =>
        ChartSummaries.Trend(Series(values), [], ChartFormat.FromUnit("percent", Theme.DefaultStrings.For(spanish ? "es" : "en")));

    /// <summary>Checks one sentence against its series; returns what is wrong, or null.</summary>
    /// <param name="oneTurnAtMost">The series rises, falls, or turns once: its first leg must hide no turn (a walk that turns
    /// three times or more is told by its two largest turns).</param>
    private static string? Wrong(IReadOnlyList<int> values, bool spanish, bool oneTurnAtMost = true)
    {
        var text = Trend(values, spanish);
        var (at, verbs) = spanish ? ("en", "subió|bajó|subir|bajar") : ("in", "rose|fell");
        var named = Regex.Matches(text, $@"(\d+(?:\.\d)?)\s?% {at} (\d{{4}})")
            .Select(m => (Value: double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Year: int.Parse(m.Groups[2].Value)))
            .ToList();
        var stayed = Regex.Match(text, @"(\d+(?:\.\d)?)\s?% (?:from|de) (\d{4}) (?:to|a) (\d{4})");
        if (stayed.Success)
            return values.All(v => v == values[0]) ? null : $"'{text}' says it stayed, for [{string.Join(", ", values)}]";
        if (named.Count < 2) return $"'{text}' names fewer than two values";
        foreach (var (value, year) in named)
            if (values[year - 2014] / 10.0 != value) return $"'{text}' gives {value} for {year}, which was {values[year - 2014] / 10.0}";
        if (named[0].Year != 2014 || named[^1].Year != 2014 + values.Count - 1) return $"'{text}' does not run from first to last year";
        var legs = Regex.Matches(text, $@"\b({verbs})\b").Select(m => m.Value is "rose" or "subió" or "subir").ToList();
        if (legs.Count != named.Count - 1) return $"'{text}': {legs.Count} verbs for {named.Count} values";
        for (var i = 0; i < legs.Count; i++)
        {
            if (named[i + 1].Year <= named[i].Year) return $"'{text}': years out of order";
            if (legs[i] != named[i + 1].Value > named[i].Value || named[i + 1].Value == named[i].Value)
                return $"'{text}': leg {i + 1} goes the other way";
        }
        // The first leg hides no turn a quarter of the range or more: "fell from 2.2% … to a low of 1.6%" with 2.9% between.
        if (!oneTurnAtMost) return null;
        var range = values.Max() - values.Min();
        var first = values[0];
        var between = values.Skip(1).Take(named[1].Year - 2015).ToList();
        if (between.Any(v => (legs[0] ? first - v : v - first) * 4 >= range && v != first))
            return $"'{text}': the first leg hides a turn in [{string.Join(", ", values)}]";
        return null;
    }

    /// <summary>Shapes: rising, falling, peak then fall, dip then rise, flat (true: at most one turn), and any other walk, of 2
    /// to 9 years.</summary>
    private static Arbitrary<(int[] Values, bool OneTurnAtMost)> Shapes() =>
        Gen.OneOf(
                Gen.Choose(0, 60).ArrayOf().Select(a => (a, false)),
                Gen.Choose(0, 60).ArrayOf().Select(a => (a.Order().ToArray(), true)),
                Gen.Choose(0, 60).ArrayOf().Select(a => (a.OrderDescending().ToArray(), true)),
                Gen.Choose(0, 60).ArrayOf().Select(a => (a.Order().Concat(a.OrderDescending().Skip(1)).ToArray(), true)),
                Gen.Choose(0, 60).ArrayOf().Select(a => (a.OrderDescending().Concat(a.Order().Skip(1)).ToArray(), true)),
                Gen.Choose(0, 60).Select(v => (Enumerable.Repeat(v, 4).ToArray(), true)))
            .Where(a => a.Item1.Length is >= 2 and <= 9)
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Every_number_is_the_series_value_at_the_year_named_and_every_verb_its_way() =>
        Prop.ForAll(Shapes(), ArbMap.Default.ArbFor<bool>(), (shape, spanish) =>
        {
            var wrong = Wrong(shape.Values, spanish, shape.OneTurnAtMost);
            return wrong is null ? true.ToProperty() : false.Label(wrong);
        });

    [Fact]
    public void A_rise_above_the_first_value_before_the_low_is_told()
    {
        // Philadelphia County, share of public-school students homeless: 2.2% (2014) … 2.9% (2019), 1.6% (2020), … 4.0% (2022).
        int[] homeless = [22, 24, 25, 27, 28, 29, 16, 30, 40];
        Assert.Equal("In Philadelphia County, Pennsylvania, it rose from 2.2% in 2014 to a high of 2.9% in 2019, fell to a low of 1.6% in 2020, " +
                     "then rose to 4% in 2022.", Trend(homeless, false));
        Assert.Equal("En Philadelphia County, Pennsylvania, subió de 2.2\u00A0% en 2014 a un máximo de 2.9\u00A0% en 2019, bajó a un mínimo de 1.6\u00A0% en 2020 " +
                     "y luego subió a 4\u00A0% en 2022.", Trend(homeless, true));
        Assert.Null(Wrong(homeless, false));
        Assert.Null(Wrong(homeless, true));
    }

    [Fact]
    public void A_fall_below_the_first_value_before_the_peak_is_told()
    {
        int[] values = [30, 20, 50, 10];
        Assert.Equal("In Philadelphia County, Pennsylvania, it rose from 3% in 2014 to a peak of 5% in 2016, then fell to 1% in 2017.",
            Trend([30, 40, 50, 10], false));
        Assert.Equal("In Philadelphia County, Pennsylvania, it fell from 3% in 2014 to a low of 2% in 2015, rose to a high of 5% in 2016, " +
                     "then fell to 1% in 2017.", Trend(values, false));
    }
}
