using System.Text;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Cards;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// A plan's chart SVGs in one language are kept in the image cache as one file (SvgPack), not one file each: taken whole
/// when every chart is the same, whatever order the part lists them in; drawn again when one differs or the file is damaged.
/// </summary>
public sealed class ChartSvgPackTests
{
    private sealed class MemoryCache : IImageCache
    {
        public Dictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);
        public byte[]? Get(string name) => Files.GetValueOrDefault(name);
        public void Put(string name, byte[] content) => Files[name] = content;
    }

    private static readonly ChartImageText Source = new("Source: Urban Institute, Mobility Metrics.", null);

    /// <summary>Charts of a caption no other test draws (the process's memo is keyed by what is drawn).</summary>
    private static List<(ChartSpec, ChartImageText)> Charts(string run) =>
    [
        (MetricCharts.Spec("sm-chart-a", $"Preschool by race, 2021 ({run}).", "In 2021 …", "Group",
            [new ChartSeries("Black", [new ChartPoint(2021, 0.45, null, null, DataQuality.Strong)], ChartPalette.For(0)),
             new ChartSeries("White", [new ChartPoint(2021, 0.62, null, null, DataQuality.Strong)], ChartPalette.For(1))],
            new ChartFormat("proportion"), "/a.csv"), Source),
        (MetricCharts.Spec("sm-chart-b", $"Año fiscal, niñez ({run}).", "En 2021 …", "Grupo",
            [new ChartSeries("Todas", [new ChartPoint(2019, 0.30, null, null, DataQuality.Strong), new ChartPoint(2021, 0.35, null, null, DataQuality.Strong)], ChartPalette.For(0))],
            new ChartFormat("proportion"), "/b.csv"), Source),
    ];

    [Fact]
    public void A_plan_s_charts_are_one_file_of_the_cache_and_the_SVGs_are_each_chart_s_own()
    {
        var cache = new MemoryCache();
        var charts = Charts(Guid.NewGuid().ToString("N"));
        var svgs = ChartPainter.Svgs(charts, CardStyle.Default, cache);
        var (name, pack) = Assert.Single(cache.Files);
        Assert.EndsWith(".svgs", name);
        Assert.Equal(2, svgs.Length);
        Assert.Contains("Preschool by race", Encoding.UTF8.GetString(svgs[0]));
        Assert.Contains("Año fiscal, niñez", Encoding.UTF8.GetString(svgs[1]));
        foreach (var svg in svgs)
        {
            Assert.StartsWith("<?xml", Encoding.UTF8.GetString(svg));
            Assert.EndsWith("</svg>\n", Encoding.UTF8.GetString(svg));
            // Both SVGs are in the pack, byte for byte.
            Assert.True(pack.AsSpan().IndexOf(svg) > 0);
        }
        Assert.Equal(svgs[0], ChartPainter.Svg(charts[0].Item1, charts[0].Item2, CardStyle.Default));
    }

    [Fact]
    public void The_pack_is_read_in_another_order_and_a_changed_chart_or_a_damaged_pack_is_drawn_again()
    {
        var run = Guid.NewGuid().ToString("N");
        var cache = new MemoryCache();
        var first = ChartPainter.Svgs(Charts(run), CardStyle.Default, cache);
        var (name, pack) = Assert.Single(cache.Files);
        // A pack a later build reads: its bytes are what the site gets (a mark put into the kept copy shows they came from it).
        var marked = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(pack).Replace("Preschool by race", "Preschool BY RACE", StringComparison.Ordinal));
        cache.Files[name] = marked;
        var reversed = Charts(run);
        reversed.Reverse();
        var kept = ChartPainter.Svgs(reversed, CardStyle.Default, cache);
        Assert.Contains("Preschool BY RACE", Encoding.UTF8.GetString(kept[1]));
        Assert.Equal(first[1], kept[0]);
        Assert.Single(cache.Files);

        // Cut short: passed over, the charts drawn (the same bytes as the first time) and the pack written again.
        cache.Files[name] = pack[..^10];
        Assert.Equal(first, ChartPainter.Svgs(Charts(run), CardStyle.Default, cache));
        Assert.Equal(pack, cache.Files[name]);

        // One chart changed: another pack; the first stays for a build that has the old charts.
        var changed = Charts(run);
        changed[1] = (changed[1].Item1, new ChartImageText("Fuente: datos propios.", null));
        var again = ChartPainter.Svgs(changed, CardStyle.Default, cache);
        Assert.Equal(2, cache.Files.Count);
        Assert.Equal(first[0], again[0]);
        Assert.Contains("Fuente: datos propios.", Encoding.UTF8.GetString(again[1]));
    }
}
