using System.Text.RegularExpressions;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// An indicator chart's SVG download names its target once, as the page's legend does: "Target for 2027: …", not also a bare
/// "Target" entry (review, 2026-12-07: the SVG legend read "Baseline, Reported, Target, Target for 2027: $1 million").
/// </summary>
public sealed class IndicatorChartLegendTests
{
    [Fact]
    public void The_svg_legend_names_the_target_once_with_its_value()
    {
        using var site = TestSite.Valid();
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 4, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var svgs = Directory.GetFiles(Path.Combine(site.Output, "test-county", "downloads"), "progress-*.svg");
        Assert.NotEmpty(svgs);
        var withTarget = 0;
        foreach (var file in svgs)
        {
            var texts = Regex.Matches(File.ReadAllText(file), "<text[^>]*>\\s*([^<]*?)\\s*</text>").Select(m => m.Groups[1].Value).ToList();
            Assert.DoesNotContain("Target", texts);
            if (texts.Any(t => t.StartsWith("Target for ", StringComparison.Ordinal))) withTarget++;
            Assert.Contains("Reported", texts);
        }
        Assert.True(withTarget > 0, "no indicator chart of the fixture has a target");
    }
}
