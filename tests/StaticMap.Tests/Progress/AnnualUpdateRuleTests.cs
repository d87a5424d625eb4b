using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

public sealed class AnnualUpdateRuleTests
{
    private const string PlanFile = TestSite.Plan + "/plan.yml";
    private const string Progress = TestSite.Plan + "/progress/2024.md";

    private static IReadOnlyList<Diagnostic> Check(TestSite site, string today, int grace = ReportingCalendar.DefaultGraceMonths) =>
        SiteBuilder.Check(site.Root, new SiteOptions(IncludeDrafts: true,
            Calendar: new ReportingCalendar(ReportingCalendar.ParseDate(today)!.Value, grace))).Result.Diagnostics;

    [Fact]
    public void MAP036_reported_on_track_but_off_track_by_the_numbers()
    {
        using var site = TestSite.Valid();
        // 120 (2023) to 300 (2026): 180 expected in 2024; 125 is 5 of the 60 needed.
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 125\n    status: on-track");
        var d = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "on-track\n    note: Two"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("'trainees' is reported on track, but by the numbers it is off track (125 people in 2024, behind the 180 people expected " +
                     "on the way to 300 people by 2026); they are two or more steps apart on off track, at risk, on track, achieved; check the " +
                     "value and the status, leave 'status' out to publish the computed one, or explain the status in 'note'", d.Message);
    }

    [Fact]
    public void MAP036_reported_achieved_but_the_target_is_not_met()
    {
        using var site = TestSite.Valid();
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 200\n    status: achieved");
        var d = RuleAssert.Single(site, "MAP036", site.PositionOf(Progress, "achieved"));
        Assert.Equal("'trainees' is reported achieved, but by the numbers it is on track (200 people in 2024, ahead of the 180 people expected " +
                     "on the way to 300 people by 2026); the target is not reached; check the value and the status, leave 'status' out to publish " +
                     "the computed one, or explain the status in 'note'", d.Message);
    }

    [Fact]
    public void MAP036_one_step_apart_is_not_reported()
    {
        using var site = TestSite.Valid();
        site.Replace(Progress, "value: 150\n    status: on-track", "value: 160\n    status: on-track"); // at risk by the numbers (67%)
        Assert.Empty(site.Check());
    }

    [Fact]
    public void MAP037_released_plan_without_last_years_report_past_the_grace_date()
    {
        using var site = TestSite.Valid();
        var d = RuleAssert.Single(Check(site, "2026-12-01"), "MAP037", site.PositionOf(PlanFile, "status: released", "status: ".Length));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("the plan is released but has no progress report for 2025, due by July 1, 2026 (6 months after the year ended; " +
                     "today is 2026-12-01); add plans/test-county/progress/2025.md ('staticmap progress test-county 2025' drafts it)", d.Message);
    }

    [Theory]
    [InlineData("2026-06-30", 6)]  // the day before the grace date
    [InlineData("2026-12-01", 12)] // a longer grace: due January 1, 2027
    public void MAP037_not_before_the_grace_date(string today, int grace)
    {
        using var site = TestSite.Valid();
        Assert.Empty(Check(site, today, grace));
    }

    [Fact]
    public void MAP037_not_for_drafts_or_plans_released_after_the_year()
    {
        using var site = TestSite.Valid();
        site.Replace(PlanFile, "status: released", "status: draft");
        Assert.Empty(Check(site, "2026-12-01"));
        site.Replace(PlanFile, "status: draft", "status: released").Replace(PlanFile, "released: 2024-05-01", "released: 2026-01-15");
        Assert.Empty(Check(site, "2026-12-01"));
    }

    [Fact]
    public void MAP037_passes_once_the_report_is_there()
    {
        using var site = TestSite.Valid();
        site.Write(TestSite.Plan + "/progress/2025.md", "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    value: 240\n    status: on-track\n---\nThe second year.\n");
        Assert.Empty(Check(site, "2026-12-01"));
    }

    [Fact]
    public void Calendar_due_dates()
    {
        var calendar = new ReportingCalendar(new DateOnly(2026, 12, 1));
        Assert.Equal(new DateOnly(2026, 7, 1), calendar.DueDate(2025));
        Assert.Equal(2025, calendar.LastDueYear);
        Assert.Equal(2024, (calendar with { Today = new DateOnly(2026, 6, 30) }).LastDueYear);
        Assert.Equal(2024, (calendar with { GraceMonths = 12 }).LastDueYear);
    }
}
