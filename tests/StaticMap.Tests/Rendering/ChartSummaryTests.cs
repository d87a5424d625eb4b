using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Tests.Rendering;

/// <summary>The sentences that tell a chart in words, computed from the data.</summary>
public class ChartSummaryTests
{
    private static readonly ChartFormat Share = new("proportion");

    private static ChartSeries Series(string label, params (int Year, double? Value)[] points) =>
        new(label, points.Select(p => new ChartPoint(p.Year, p.Value, null, null, DataQuality.Strong)).ToList(), ChartPalette.For(0));

    [Fact]
    public void Trend_says_where_it_started_and_ended()
    {
        var local = Series("Alameda County, California", (2014, 0.71), (2018, null), (2023, 0.76));
        Assert.Equal("From 2014 to 2023 it rose from 71.0% to 76.0% in Alameda County, California.",
            ChartSummaries.Trend(local, [], Share));
    }

    [Fact]
    public void Trend_compares_peers_in_the_latest_year()
    {
        var local = Series("Ramsey County", (2016, 0.5), (2021, 0.45));
        var peers = new[] { Series("Alameda County", (2021, 0.55)), Series("Allegheny County", (2016, 0.4)), Series("Boone County", (2021, 0.5)) };
        Assert.Equal("From 2016 to 2021 it fell from 50.0% to 45.0% in Ramsey County. In 2021 it was 55.0% in Alameda County and 50.0% in Boone County.",
            ChartSummaries.Trend(local, peers, Share));
    }

    [Fact]
    public void Trend_with_one_year_or_none()
    {
        Assert.Equal("In 2021 it was $41,197 in Alameda County.", ChartSummaries.Trend(Series("Alameda County", (2021, 41197.2)), [], new ChartFormat("dollars")));
        Assert.Equal("No estimate is available for Alameda County.", ChartSummaries.Trend(Series("Alameda County", (2021, null)), [], Share));
    }

    [Fact]
    public void Groups_name_the_highest_and_lowest_and_how_the_gap_moved()
    {
        var groups = new[]
        {
            Series("Black, Non-Hispanic", (2018, 0.71), (2021, 0.76)),
            Series("Hispanic", (2018, 0.78), (2021, 0.80)),
            Series("White, Non-Hispanic", (2018, 0.83), (2021, 0.85)),
        };
        Assert.Equal("In 2021 it was highest for White, Non-Hispanic (85.0%) and lowest for Black, Non-Hispanic (76.0%), " +
                     "a gap of 9.0 percentage points, narrower than the 12.0 percentage points of 2018.",
            ChartSummaries.Groups(groups, Share));
    }

    [Fact]
    public void Format_writes_values_as_readers_expect()
    {
        Assert.Equal("78.9%", Share.Format(0.7886818158881805));
        Assert.Equal("$29,547", new ChartFormat("dollars").Format(29546.852499999997));
        Assert.Equal("53.8", new ChartFormat("rate").Format(53.8));
        Assert.Equal("3,481", new ChartFormat("count").Format(3481));
        Assert.Equal("0.86", new ChartFormat("ratio").Format(0.8557074));
        Assert.Equal("72%", ChartFormat.FromUnit("percent").Format(72));
        Assert.Equal("150 people", ChartFormat.FromUnit("people").Format(150));
    }
}
