using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The note above a measurement plan's indicators says which are reported for everyone together. An indicator that follows one
/// group's values ('subgroup') is not: the page names its group beside it (review12, 2026-12-08: Ramsey County's plan, whose
/// employment rate of Black residents follows the group 'Black, Non-Hispanic', said "No indicator is broken down by group; each
/// is reported for everyone together", in Spanish "… para toda la población en conjunto").
/// </summary>
public sealed class MeasurementNoteTests
{
    private const string Measurement = TestSite.Plan + "/measurement-plan.md";

    private static string Note(TestSite site, string url) =>
        site.BuiltPage(url).QuerySelector("main p.measurement-note")!.TextContent.Trim();

    [Fact]
    public void An_indicator_that_follows_a_group_is_not_said_to_be_reported_for_everyone()
    {
        using var site = SpanishFixture.Create();
        site.Replace(Measurement, "    disaggregate_by: [race-ethnicity]\n    metric: share_employed\n",
            "    metric: share_employed\n    subgroup: Black, Non-Hispanic\n");
        site.Replace(Measurement, "baseline: {value: 80.4, year: 2021}", "baseline: {year: 2021}");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Equal("Indicators with no “Broken down by” line and no group named beside them are reported for everyone together.",
            Note(site, "/test-county/measurement-plan/"));
        Assert.Equal("Los indicadores sin la línea «Desglosado por» y sin un grupo nombrado junto a ellos se informan para toda la " +
                     "población en conjunto.", Note(site, "/es/test-county/measurement-plan/"));
    }

    [Fact]
    public void Without_groups_or_breakdowns_every_indicator_is_reported_for_everyone()
    {
        using var site = SpanishFixture.Create();
        site.Replace(Measurement, "    disaggregate_by: [race-ethnicity]\n", "");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        Assert.Equal("No indicator is broken down by group; each is reported for everyone together.", Note(site, "/test-county/measurement-plan/"));
    }
}
