using AngleSharp.Dom;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// A translation that translates a percent unit ("por ciento") writes the same numbers and the same status as the original: the
/// unit says how the numbers are read (Urban's share 0.804 is 80.4 percent), and the site writes "%" in every language
/// (review10, 2026-12-07: the Spanish measurement plan said "0.8 por ciento" and its progress page "Logrado" where the English
/// pages said 80.4% and "On track").
/// </summary>
public sealed class TranslatedPercentUnitTests
{
    private const string Measurement = SpanishFixture.P + "/measurement-plan.md";
    private const string Progress = SpanishFixture.P + "/progress/2024.md";

    private static string Text(IElement e) => e.TextContent.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();

    [Fact]
    public void A_translated_percent_unit_shows_the_originals_numbers_and_status()
    {
        using var site = SpanishFixture.Create();
        // The baseline is Urban's 2021 share; the 2024 update's status is computed from the numbers.
        site.Replace(Measurement, "baseline: {value: 80.4, year: 2021}", "baseline: {year: 2021}");
        site.Replace(Progress, "    value: 80.9\n    status: at-risk\n", "    value: 80.9\n");
        site.Replace(SpanishFixture.P + "/progress/2024.es.md", "    status: at-risk\n", "");
        site.Replace(SpanishFixture.P + "/measurement-plan.es.md", "  - id: staff-hours\n",
            "  - id: employment-rate\n    name: Tasa de empleo\n    unit: por ciento\n  - id: staff-hours\n");
        site.Built();

        var plan = site.BuiltPage("/es/test-county/measurement-plan/").GetElementById("sm-indicator-employment-rate")!;
        var cells = plan.QuerySelectorAll("td").Select(Text).ToList();
        Assert.Contains("80.4 % (2021); Urban Institute, Mobility Metrics, 2021", cells);
        Assert.Contains("83 % (2027)", cells);
        Assert.DoesNotContain("por ciento", plan.TextContent);

        var english = SpanishFixture.UpdateRow(site, "/test-county/progress/2024/", "employment-rate");
        var spanish = SpanishFixture.UpdateRow(site, "/es/test-county/progress/2024/", "employment-rate");
        Assert.StartsWith("80.9 % en 2024", Text(spanish.Children[2]));
        Assert.StartsWith("80.9% in 2024", Text(english.Children[2]));
        // One status, whatever the language: both are computed from the same numbers.
        Assert.Equal(english.QuerySelector(".status")!.ClassName, spanish.QuerySelector(".status")!.ClassName);
    }

    [Fact]
    public void A_local_csv_in_percent_stays_in_percent_when_its_unit_is_translated()
    {
        using var site = SpanishFixture.Create();
        site.Replace(SpanishFixture.P + "/findings.md", "unit: people", "unit: percent");
        site.Replace(SpanishFixture.P + "/findings.es.md", "unit: personas", "unit: por ciento");
        var findings = site.Built().BuiltPage("/es/test-county/findings/").QuerySelector("main")!;
        Assert.DoesNotContain("por ciento", findings.TextContent);
        Assert.Contains(" %", Text(findings.QuerySelector("table")!));
    }
}
