using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Tests.Progress;

public sealed class StatusByNumbersTests
{
    private static readonly SourceSpan At = new("plans/x/measurement-plan.md", 1, 1);

    internal static Indicator Indicator(Direction direction, double baseline, int baselineYear, double target, int targetYear) =>
        new("youth-jobs", "Youth employment", new Located<string>("jobs", At), "Records", "County", Frequency.Annual, null,
            direction, new Measurement(new MeasuredValue(baseline), baselineYear), new Measurement(new MeasuredValue(target), targetYear),
            ImmutableArray<string>.Empty, null, At, At);

    /// <summary>The status by the numbers of <paramref name="value"/> reported for <paramref name="year"/>.</summary>
    private static ProgressStatus StatusIn(Indicator indicator, int year, double value) => StatusByNumbers.Compute(indicator, year, value)!.Status;

    [Theory]
    [InlineData(625, ProgressStatus.OnTrack)]   // exactly on the path: 350 + 550 * 2/4
    [InlineData(612, ProgressStatus.OnTrack)]   // 262 of 275 = 95.3%
    [InlineData(610, ProgressStatus.AtRisk)]    // 260 of 275 = 94.5%
    [InlineData(500, ProgressStatus.AtRisk)]    // 150 of 275 = 55%
    [InlineData(480, ProgressStatus.OffTrack)]  // 130 of 275 = 47%
    [InlineData(900, ProgressStatus.Achieved)]
    [InlineData(950, ProgressStatus.Achieved)]
    public void Increase_against_the_straight_path(double value, ProgressStatus expected)
    {
        var indicator = Indicator(Direction.Increase, 350, 2023, 900, 2027);
        var computed = StatusByNumbers.Compute(indicator, 2025, value)!;
        Assert.Equal(expected, computed.Status);
        Assert.Equal(625, computed.Expected);
    }

    [Fact]
    public void Ratio_boundaries_are_inclusive()
    {
        var indicator = Indicator(Direction.Increase, 0, 2020, 100, 2030);
        Assert.Equal(ProgressStatus.OnTrack, StatusIn(indicator, 2025, 47.5));
        Assert.Equal(ProgressStatus.AtRisk, StatusIn(indicator, 2025, 47.4));
        Assert.Equal(ProgressStatus.AtRisk, StatusIn(indicator, 2025, 25));
        Assert.Equal(ProgressStatus.OffTrack, StatusIn(indicator, 2025, 24.9));
    }

    [Fact]
    public void Decrease_counts_falls_as_progress()
    {
        var indicator = Indicator(Direction.Decrease, 1000, 2021, 600, 2029);
        Assert.Equal(ProgressStatus.OnTrack, StatusIn(indicator, 2025, 790));
        Assert.Equal(ProgressStatus.OffTrack, StatusIn(indicator, 2025, 1100));
        Assert.Equal(ProgressStatus.Achieved, StatusIn(indicator, 2025, 590));
    }

    [Fact]
    public void Past_the_target_year_the_whole_change_is_needed()
    {
        var indicator = Indicator(Direction.Increase, 0, 2020, 100, 2024);
        var computed = StatusByNumbers.Compute(indicator, 2026, 96)!;
        Assert.Equal(100, computed.Expected);
        Assert.Equal(ProgressStatus.OnTrack, computed.Status);
        Assert.False(computed.TargetMet);
    }

    [Fact]
    public void Maintain_is_within_a_margin_of_the_baseline()
    {
        var indicator = Indicator(Direction.Maintain, 80, 2022, 80, 2028);
        Assert.Equal(ProgressStatus.OnTrack, StatusIn(indicator, 2025, 83.9));
        Assert.Equal(ProgressStatus.AtRisk, StatusIn(indicator, 2025, 87));
        Assert.Equal(ProgressStatus.OffTrack, StatusIn(indicator, 2025, 70));
        Assert.Equal(ProgressStatus.Achieved, StatusIn(indicator, 2028, 80));
    }

    [Fact]
    public void No_status_without_baseline_or_target()
    {
        var indicator = Indicator(Direction.Increase, 0, 2020, 100, 2024);
        Assert.Null(StatusByNumbers.Compute(indicator with { Target = null }, 2022, 50));
        Assert.Null(StatusByNumbers.Compute(indicator with { Baseline = null, Direction = null }, 2022, 50));
    }

    /// <summary>The contract computes a status from "a baseline, a target and a value": without 'direction', the way from the
    /// baseline to the target is the direction (0 → 400 seats: an increase; 30 → 20 days: a decrease; 50 → 50: maintain).</summary>
    [Fact]
    public void Without_direction_the_way_from_baseline_to_target_is_the_direction()
    {
        var seats = Indicator(Direction.Increase, 0, 2023, 400, 2027) with { Direction = null };
        Assert.Equal(Direction.Increase, StatusByNumbers.DirectionOf(seats));
        Assert.Equal(ProgressStatus.AtRisk, StatusIn(seats, 2024, 60));    // 60 of the 100 expected
        Assert.Equal(ProgressStatus.OnTrack, StatusIn(seats, 2025, 200));
        Assert.Equal(ProgressStatus.Achieved, StatusIn(seats, 2026, 400));
        var days = Indicator(Direction.Decrease, 30, 2020, 20, 2030) with { Direction = null };
        Assert.Equal(Direction.Decrease, StatusByNumbers.DirectionOf(days));
        Assert.Equal(ProgressStatus.OnTrack, StatusIn(days, 2025, 25));
        Assert.Equal(ProgressStatus.OffTrack, StatusIn(days, 2025, 31));
        var level = Indicator(Direction.Maintain, 50, 2020, 50, 2030) with { Direction = null };
        Assert.Equal(Direction.Maintain, StatusByNumbers.DirectionOf(level));
        Assert.Equal(ProgressStatus.OnTrack, StatusIn(level, 2025, 51));
        // A written direction wins over the way the numbers go.
        Assert.Equal(Direction.Decrease, StatusByNumbers.DirectionOf(seats with { Direction = Direction.Decrease }));
    }

    [Theory]
    [InlineData(ProgressStatus.OnTrack, 20, true)]    // off track by the numbers
    [InlineData(ProgressStatus.OnTrack, 30, false)]   // at risk (60%): one step
    [InlineData(ProgressStatus.Achieved, 90, true)]   // target not met
    [InlineData(ProgressStatus.OffTrack, 60, true)]   // on track by the numbers
    [InlineData(ProgressStatus.AtRisk, 40, false)]
    [InlineData(ProgressStatus.NotStarted, 0, false)]
    public void Disagreement_beyond_the_margin(ProgressStatus declared, double value, bool disagrees)
    {
        // 0 (2020) to 100 (2030): by 2025, 50 expected.
        var indicator = Indicator(Direction.Increase, 0, 2020, 100, 2030);
        Assert.Equal(disagrees, StatusByNumbers.Disagrees(declared, StatusByNumbers.Compute(indicator, 2025, value)!));
    }

    [Fact]
    public void Explains_the_numbers()
    {
        var indicator = Indicator(Direction.Increase, 350, 2023, 900, 2027);
        Assert.Equal("500 in 2025, behind the 625 expected on the way to 900 by 2027", StatusByNumbers.Compute(indicator, 2025, 500)!.Explain(indicator));
        // On track yet short of the path (612 of 625: 95.3% of the change needed): "close to", never "behind" beside "On track".
        var close = StatusByNumbers.Compute(indicator, 2025, 612)!;
        Assert.Equal(ProgressStatus.OnTrack, close.Status);
        Assert.Equal("612 in 2025, close to the 625 expected on the way to 900 by 2027", close.Explain(indicator));
        Assert.Equal("700 in 2025, ahead of the 625 expected on the way to 900 by 2027", StatusByNumbers.Compute(indicator, 2025, 700)!.Explain(indicator));
        Assert.Equal("300 in 2025: it moved away from the target of 900 by 2027 since the baseline of 350 in 2023",
            StatusByNumbers.Compute(indicator, 2025, 300)!.Explain(indicator));
    }

    [Fact]
    public void Maintain_keeps_the_target_level_and_a_value_equal_to_the_target_is_met()
    {
        // baseline 1, target 2, value 2: met, not "the target 2 (2025) is not met".
        var maintain = Indicator(Direction.Maintain, 1, 2024, 2, 2025);
        var computed = StatusByNumbers.Compute(maintain, 2025, 2)!;
        Assert.True(computed.TargetMet);
        Assert.Equal(ProgressStatus.Achieved, computed.Status);
        Assert.False(StatusByNumbers.Disagrees(ProgressStatus.Achieved, computed));
        var decrease = Indicator(Direction.Decrease, 10, 2020, 4, 2030);
        Assert.Equal(ProgressStatus.Achieved, StatusIn(decrease, 2025, 4));
        var increase = Indicator(Direction.Increase, 80, 2020, 83.33, 2030);
        Assert.True(StatusByNumbers.Compute(increase, 2025, 83.33)!.TargetMet);
    }

    [Fact]
    public void Progress_toward_the_target_is_a_neutral_share_never_negative()
    {
        var indicator = Indicator(Direction.Increase, 1_500_000, 2024, 4_200_000, 2027);
        Assert.Equal(59, StatusByNumbers.PercentOfTheWay(StatusByNumbers.Compute(indicator, 2025, 3_100_000)!));
        Assert.Null(StatusByNumbers.PercentOfTheWay(StatusByNumbers.Compute(indicator, 2025, 1_000_000)!));
        Assert.True(StatusByNumbers.Compute(indicator, 2025, 1_000_000)!.MovedAway);
    }
}
