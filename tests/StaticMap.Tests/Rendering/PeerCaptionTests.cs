using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Components;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// A trend chart's caption names its peers as what they are (review10, 2026-12-07: Pittsburgh compared with Philadelphia and
/// Allegheny County read "Pittsburgh, Pennsylvania and peer cities" over the county's line).
/// </summary>
public class PeerCaptionTests
{
    [Theory]
    [InlineData(new[] { "4260000" }, PeerKind.Cities)]
    [InlineData(new[] { "42003", "06001" }, PeerKind.Counties)]
    [InlineData(new[] { "4260000", "42003" }, PeerKind.Mixed)]
    public void The_peers_kind_comes_from_their_codes(string[] geoids, PeerKind expected) =>
        Assert.Equal(expected, FindingsView.PeerKindOf(geoids));

    [Theory]
    [InlineData(PeerKind.Cities, "Employment rate, Pittsburgh, Pennsylvania and peer cities, 2014 to 2015.")]
    [InlineData(PeerKind.Counties, "Employment rate, Pittsburgh, Pennsylvania and peer counties, 2014 to 2015.")]
    [InlineData(PeerKind.Mixed, "Employment rate, Pittsburgh, Pennsylvania and peers, 2014 to 2015.")]
    public void The_caption_names_the_peers_as_they_are(PeerKind kind, string caption)
    {
        Observation At(string geoid, int year, double value) => new(geoid, "share_employed", year, "all", "All", value, null, null, null, DataQuality.Strong, "test.csv");
        var data = new MetricData("Employment rate", "share_employed", ChartFormat.From(ValueFormat.Proportion), true,
            "Pittsburgh, Pennsylvania", [At("4261000", 2014, 0.75), At("4261000", 2015, 0.76)],
            [("Allegheny County, Pennsylvania", [At("42003", 2014, 0.8), At("42003", 2015, 0.81)])], [])
        { PeerKind = kind };
        var trend = MetricCharts.Build(data, "sm-chart-share_employed", s => s).Single(c => c.Id.EndsWith("-trend", StringComparison.Ordinal));
        Assert.StartsWith(caption, trend.Caption);
    }
}
