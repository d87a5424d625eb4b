using StaticMap.Tests.Hostile;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Rendering;

/// <summary>The details of an indicator on the measurement plan page: a line the author left out is not written as a
/// label with nothing after it.</summary>
public class MeasurementPlanDetailsTests
{
    [Fact]
    public void An_indicator_without_a_direction_has_no_empty_Direction_line_in_the_table_or_the_cards()
    {
        using var site = Valid();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html");

        // Every detail line says something: no <dd> is empty.
        var empty = page.QuerySelectorAll("dl.indicator-details dd, .indicator-card dd")
            .Where(dd => dd.TextContent.Trim().Length == 0)
            .Select(dd => dd.PreviousElementSibling?.TextContent.Trim()).ToList();
        Assert.Empty(empty);

        // "Staff hours" has no direction: its row lists Source and Responsible only; "People trained" says "Increase".
        string Details(string indicator) => string.Join("; ", page.QuerySelector($"#sm-indicator-{indicator}")!
            .QuerySelectorAll("dl.indicator-details > div").Select(d => d.TextContent.Trim().Replace("\n", "")));
        Assert.Equal("Source Timesheets; Responsible County", Details("staff-hours"));
        Assert.Equal("Source Program records; Responsible Workforce board; Direction Increase", Details("trainees"));
    }
}
