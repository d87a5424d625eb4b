using AngleSharp.Html.Parser;
using StaticMap.Core.Numbers;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// Money reads one way on a Spanish page: "$24,203", as Urban's dollar metrics are written there (es-US). An indicator whose
/// translated unit is "dólares" is money, not a count of "dólares" (review9, 2026-12-07: "24,203 dólares" beside a metric's
/// "$24,203"); likewise "por ciento" is percent.
/// </summary>
public class TranslatedUnitTests
{
    [Fact]
    public void An_indicator_in_dolares_is_written_with_the_dollar_sign_on_the_spanish_page()
    {
        using var site = SpanishFixture.Create()
            .Replace(SpanishFixture.P + "/measurement-plan.md", "    responsible: County analyst\n    frequency: annual\n---",
                "    responsible: County analyst\n    frequency: annual\n    unit: dollars\n    direction: increase\n" +
                "    baseline: {value: 24203, year: 2021}\n    target: {value: 26000, year: 2027}\n---")
            .Replace(SpanishFixture.P + "/measurement-plan.es.md", "indicators:\n", "indicators:\n  - id: median-income\n    unit: dólares\n");
        var result = site.Build(new SiteOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "es", "test-county", "measurement-plan", "index.html")));
        var row = page.QuerySelectorAll("table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("20th percentile"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("$24,203 (2021)", cells);
        Assert.Contains("$26,000 (2027)", cells);
        Assert.DoesNotContain("dólares", page.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("dollars", UnitKind.Dollars)]
    [InlineData("dólares", UnitKind.Dollars)]
    [InlineData("Dólares estadounidenses", UnitKind.Dollars)]
    [InlineData("US$", UnitKind.Dollars)]
    [InlineData("por ciento", UnitKind.Percent)]
    [InlineData("porcentaje", UnitKind.Percent)]
    [InlineData("percent", UnitKind.Percent)]
    [InlineData("proporción", UnitKind.Proportion)]
    [InlineData("viviendas por hogar", UnitKind.PerHousehold)]
    [InlineData("personas", UnitKind.Noun)]
    [InlineData(" ", UnitKind.None)]
    public void Unit_words_in_english_and_spanish_say_how_values_are_written(string unit, UnitKind kind) =>
        Assert.Equal(kind, UnitWords.Kind(unit));
}
