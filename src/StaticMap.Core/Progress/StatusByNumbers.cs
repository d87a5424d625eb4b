using System.Globalization;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Progress;

/// <summary>Where an indicator stands by its numbers in a report's year (see docs/coalition-workflow.md, "Status by the numbers").</summary>
/// <param name="Status">OnTrack, AtRisk, OffTrack or Achieved; never NotStarted.</param>
/// <param name="Expected">The value on the straight path from baseline to target in the report's year.</param>
/// <param name="Ratio">The change made over the change needed by now; null when no change was needed yet (or for maintain).</param>
/// <param name="TargetMet">The value has reached the target (for maintain: it is within the margin of the baseline).</param>
public sealed record ComputedStatus(ProgressStatus Status, double Value, int Year, double Expected, double? Ratio, bool TargetMet)
{
    /// <summary>"at risk: 610 in 2025, 625 expected on the straight path from 350 (2023) to 900 (2027), 95% of the change needed".</summary>
    public string Explain(Indicator indicator)
    {
        var b = indicator.Baseline!;
        var t = indicator.Target!;
        var path = indicator.Direction == Direction.Maintain
            ? $"to stay within {StatusByNumbers.MaintainMargin.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "")} of the baseline {b.Value.Text} ({b.Year})"
            : $"{StrictNumber.Format(Round(Expected))} expected on the straight path from {b.Value.Text} ({b.Year}) to {t.Value.Text} ({t.Year})";
        var ratio = Ratio is { } r ? $", {(Math.Round(100 * r) + 0.0).ToString(CultureInfo.InvariantCulture)}% of the change needed by then" : "";
        return $"{StatusByNumbers.Words(Status)}: {StrictNumber.Format(Value)} in {Year}, {path}{ratio}";
    }

    private static double Round(double x) => Math.Abs(x) >= 100 ? Math.Round(x) : Math.Round(x, 2);
}

/// <summary>
/// The status of an indicator computed from its baseline, target and direction, in the manner of Open SDG's progress
/// status: the change made since the baseline compared with the change the straight path to the target needed by now.
/// </summary>
public static class StatusByNumbers
{
    /// <summary>At least this share of the change needed by now is on track.</summary>
    public const double OnTrackRatio = 0.95;

    /// <summary>At least this share (and less than <see cref="OnTrackRatio"/>) is at risk; less is off track.</summary>
    public const double AtRiskRatio = 0.5;

    /// <summary>For 'direction: maintain': within this share of the baseline is on track, within twice it at risk.</summary>
    public const double MaintainMargin = 0.05;

    /// <summary>The status by the numbers, or null when the indicator lacks a baseline, target or direction.</summary>
    public static ComputedStatus? Compute(Indicator indicator, int year, double value)
    {
        if (indicator.Baseline is not { } b || indicator.Target is not { } t || indicator.Direction is not { } direction) return null;
        var baseline = b.Value.Number;
        var target = t.Value.Number;
        if (direction == Direction.Maintain)
        {
            var margin = MaintainMargin * Math.Max(Math.Abs(baseline), Math.Abs(target));
            var off = Math.Abs(value - baseline);
            var within = off <= margin * (1 + 1e-9);
            var status = within ? (year >= t.Year ? ProgressStatus.Achieved : ProgressStatus.OnTrack)
                : off <= 2 * margin ? ProgressStatus.AtRisk : ProgressStatus.OffTrack;
            return new ComputedStatus(status, value, year, baseline, null, within);
        }
        var sign = direction == Direction.Increase ? 1 : -1;
        var fraction = t.Year <= b.Year ? 1.0 : Math.Clamp((double)(year - b.Year) / (t.Year - b.Year), 0, 1);
        var expected = baseline + (target - baseline) * fraction;
        var met = sign * (value - target) >= -1e-9 * Math.Max(1, Math.Abs(target));
        if (met) return new ComputedStatus(ProgressStatus.Achieved, value, year, expected, null, true);
        var needed = expected - baseline;
        if (sign * needed <= 0)
        {
            // No change needed yet (the report's year is the baseline's), or a target on the wrong side of the baseline.
            var status = sign * (value - expected) >= 0 ? ProgressStatus.OnTrack : ProgressStatus.AtRisk;
            return new ComputedStatus(status, value, year, expected, null, false);
        }
        var ratio = (value - baseline) / needed;
        var computed = ratio >= OnTrackRatio ? ProgressStatus.OnTrack : ratio >= AtRiskRatio ? ProgressStatus.AtRisk : ProgressStatus.OffTrack;
        return new ComputedStatus(computed, value, year, expected, ratio, false);
    }

    /// <summary>
    /// Whether a declared status disagrees with the computed one beyond the documented margin: declared achieved while the
    /// target is not met, or two or more steps apart on off track · at risk · on track · achieved. Not started never does.
    /// </summary>
    public static bool Disagrees(ProgressStatus declared, ComputedStatus computed)
    {
        if (declared == ProgressStatus.NotStarted) return false;
        if (declared == ProgressStatus.Achieved && !computed.TargetMet) return true;
        return Math.Abs(Rank(declared) - Rank(computed.Status)) >= 2;
    }

    private static int Rank(ProgressStatus s) => s switch
    {
        ProgressStatus.OffTrack => 0,
        ProgressStatus.AtRisk => 1,
        ProgressStatus.OnTrack => 2,
        _ => 3,
    };

    /// <summary>The status in lower-case words for sentences: "at risk".</summary>
    public static string Words(ProgressStatus s) => s switch
    {
        ProgressStatus.NotStarted => "not started",
        ProgressStatus.OnTrack => "on track",
        ProgressStatus.AtRisk => "at risk",
        ProgressStatus.OffTrack => "off track",
        _ => "achieved",
    };
}
