using System.Globalization;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Progress;

/// <summary>Where an indicator stands by its numbers in a report's year (see docs/coalition-workflow.md, "Status by the numbers").</summary>
/// <param name="Status">OnTrack, AtRisk, OffTrack or Achieved; never NotStarted.</param>
/// <param name="Expected">The value on the straight path from baseline to target in the report's year.</param>
/// <param name="Ratio">The change made over the change needed by now; null when no change was needed yet (or for maintain).</param>
/// <param name="TargetMet">The value has reached the target (for maintain: it is within the margin of the target).</param>
/// <param name="Share">The share of the way from baseline to target the value has come (0.62: 62% of the way); null for
/// maintain and when baseline and target are the same. Negative when the value moved away from the target.</param>
public sealed record ComputedStatus(ProgressStatus Status, double Value, int Year, double Expected, double? Ratio, bool TargetMet,
    double? Share = null)
{
    /// <summary>The value moved away from its target since the baseline (a fall for increase, a rise for decrease).</summary>
    public bool MovedAway => Share is < 0;

    /// <summary>Which plain-language sentence says where the value stands (strings <c>status.explain_&lt;kind&gt;</c>).</summary>
    public ExplainKind Kind(Indicator indicator, Func<double, string> format)
    {
        var direction = StatusByNumbers.DirectionOf(indicator);
        if (direction == Direction.Maintain) return TargetMet ? ExplainKind.MaintainWithin : ExplainKind.MaintainOutside;
        if (TargetMet) return ExplainKind.Met;
        if (MovedAway) return ExplainKind.MovedAway;
        if (Ratio is null) return ExplainKind.Start;
        var sign = direction == Direction.Decrease ? -1 : 1;
        if (format(Value) == format(Expected)) return ExplainKind.AsExpected;
        if (sign * (Value - Expected) > 0) return ExplainKind.Ahead;
        // Short of the path but on track (at least 95% of the change needed by now): "behind" beside "On track" reads as a
        // contradiction, so the sentence says "close to".
        if (Ratio >= StatusByNumbers.OnTrackRatio) return ExplainKind.Close;
        // In the target's year (or after), the straight path has arrived at the target: "behind the 4 expected on the way to 4
        // by 2025" in 2025 says the target twice; the target was missed (review12, 2026-12-08).
        return indicator.Target is { } target && Year >= target.Year ? ExplainKind.Missed : ExplainKind.Behind;
    }

    /// <summary>
    /// For the coalition's diagnostics, in English: "610 in 2025, behind the 625 expected on the way to 900 by 2027".
    /// Pages write the same sentences in their language with their formatter (Rendering/Views/Formatting.Explain).
    /// </summary>
    public string Explain(Indicator indicator)
    {
        var decimals = StatusByNumbers.Decimals(indicator, Value);
        // Every number as the English page writes it ("$1 million", not "$1,000,000"), exact where the page is (PlainNumber.AsOnPage).
        // The expected value is computed (rounded to a tenth of a million); the coalition's own numbers are written exactly.
        string F(double x) => PlainNumber.AsOnPage(x, indicator.Unit, decimals);
        string Own(double x) => PlainNumber.AsOnPage(Math.Round(x, decimals, MidpointRounding.AwayFromZero), indicator.Unit);
        var b = indicator.Baseline!;
        var t = indicator.Target!;
        var (v, y, e, tv, ty, bv, by) = (Own(Value), Year, F(Expected), Own(t.Value.Number), t.Year, Own(b.Value.Number), b.Year);
        return Kind(indicator, F) switch
        {
            ExplainKind.Met => $"{v} in {y}, the target of {tv} by {ty} reached",
            ExplainKind.MaintainWithin => $"{v} in {y}, within {StatusByNumbers.MaintainPercent} of the {tv} to keep by {ty}",
            ExplainKind.MaintainOutside => $"{v} in {y}, more than {StatusByNumbers.MaintainPercent} from the {tv} to keep by {ty}",
            ExplainKind.MovedAway => $"{v} in {y}: it moved away from the target of {tv} by {ty} since the baseline of {bv} in {by}",
            ExplainKind.Start => $"{v} in {y}, from the baseline of {bv} in {by} on the way to {tv} by {ty}",
            ExplainKind.AsExpected => $"{v} in {y}, as expected on the way to {tv} by {ty}",
            ExplainKind.Ahead => $"{v} in {y}, ahead of the {e} expected on the way to {tv} by {ty}",
            ExplainKind.Close => $"{v} in {y}, close to the {e} expected on the way to {tv} by {ty}",
            ExplainKind.Missed => $"{v} in {y}: the target of {tv} by {ty} is not reached",
            _ => $"{v} in {y}, behind the {e} expected on the way to {tv} by {ty}",
        };
    }
}

/// <summary>The plain-language sentences of <see cref="ComputedStatus"/>; never a negative share.</summary>
public enum ExplainKind { Met, MaintainWithin, MaintainOutside, MovedAway, Start, AsExpected, Ahead, Behind, Close, Missed }

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

    /// <summary>
    /// The way the indicator should move: its 'direction', or where none is written, the way from its baseline to its target
    /// (a target above the baseline is an increase, below it a decrease, equal to it a level to maintain), as the authoring
    /// contract computes a status from "a baseline, a target and a value"; null without a baseline or target.
    /// </summary>
    public static Direction? DirectionOf(Indicator indicator)
    {
        if (indicator.Direction is { } written) return written;
        if (indicator.Baseline is not { } b || indicator.Target is not { } t) return null;
        var (baseline, target) = (b.Value.Number, t.Value.Number);
        return Same(target, baseline) ? Direction.Maintain : target > baseline ? Direction.Increase : Direction.Decrease;
    }

    /// <summary>The status by the numbers, or null when the indicator lacks a baseline or target (the direction, when not
    /// written, is the way from the baseline to the target: <see cref="DirectionOf"/>).</summary>
    public static ComputedStatus? Compute(Indicator indicator, int year, double value)
    {
        if (indicator.Baseline is not { } b || indicator.Target is not { } t || DirectionOf(indicator) is not { } direction) return null;
        var baseline = b.Value.Number;
        var target = t.Value.Number;
        if (direction == Direction.Maintain)
        {
            // The level to keep is the target; a value still near the baseline is on its way there, not off track.
            var margin = MaintainMargin * Math.Max(Math.Abs(baseline), Math.Abs(target));
            var fromTarget = Math.Abs(value - target);
            var off = Math.Min(fromTarget, Math.Abs(value - baseline));
            var kept = fromTarget <= margin * (1 + 1e-9) + 1e-9;
            var status = kept && year >= t.Year ? ProgressStatus.Achieved
                : kept || off <= margin * (1 + 1e-9) + 1e-9 ? ProgressStatus.OnTrack
                : off <= 2 * margin ? ProgressStatus.AtRisk : ProgressStatus.OffTrack;
            return new ComputedStatus(status, value, year, target, null, kept);
        }
        var sign = direction == Direction.Increase ? 1 : -1;
        var fraction = t.Year <= b.Year ? 1.0 : Math.Clamp((double)(year - b.Year) / (t.Year - b.Year), 0, 1);
        var expected = baseline + (target - baseline) * fraction;
        double? share = Same(target, baseline) ? null : (value - baseline) / (target - baseline);
        var met = sign * (value - target) >= 0 || Same(value, target);
        if (met) return new ComputedStatus(ProgressStatus.Achieved, value, year, expected, null, true, share);
        var needed = expected - baseline;
        if (sign * needed <= 0)
        {
            // No change needed yet (the report's year is the baseline's), or a target on the wrong side of the baseline.
            var status = sign * (value - expected) >= 0 ? ProgressStatus.OnTrack : ProgressStatus.AtRisk;
            return new ComputedStatus(status, value, year, expected, null, false, share);
        }
        var ratio = (value - baseline) / needed;
        var computed = ratio >= OnTrackRatio ? ProgressStatus.OnTrack : ratio >= AtRiskRatio ? ProgressStatus.AtRisk : ProgressStatus.OffTrack;
        return new ComputedStatus(computed, value, year, expected, ratio, false, share);
    }

    /// <summary>
    /// The status by the numbers of a report's update: null without a value, and when the value is of the baseline's year or
    /// earlier in a report of a later year (<see cref="NothingSinceBaseline"/>). Every status and share of the way a page, a
    /// download or a rule gives of an update is this one.
    /// </summary>
    public static ComputedStatus? Compute(Indicator indicator, ProgressReport report, ProgressUpdate update) =>
        update.Value is { } value && !NothingSinceBaseline(indicator, report, update) ? Compute(indicator, update.YearOf(report), value.Number) : null;

    /// <summary>
    /// The update's value is of the baseline's year or earlier while its report is of a later year: a value from the data,
    /// which have nothing newer than the baseline. The numbers say nothing yet of how the indicator moved since, so no status
    /// and no share of the way is computed from them ("On track" and "0% of the way" beside "No newer data since 2021" would
    /// claim a judgement the data cannot give; fixes9, 2026-12-07): the row says "No status yet" and why.
    /// </summary>
    public static bool NothingSinceBaseline(Indicator indicator, ProgressReport report, ProgressUpdate update) =>
        update.Value is not null && indicator.Baseline is { } baseline && update.YearOf(report) <= baseline.Year && report.Year > baseline.Year;

    /// <summary>The same number written with other rounding (a value equal to its target is equal).</summary>
    private static bool Same(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>"5%": the margin of maintain in words.</summary>
    public static string MaintainPercent => $"{(MaintainMargin * 100).ToString("0.#", CultureInfo.InvariantCulture)}%";

    /// <summary>The decimals a computed figure is written with: as many as the indicator's baseline, target and value have (at most 2;
    /// 3 for a share from 0 to 1, written in percent with one decimal as the site writes shares: 0.804 is "80.4%").</summary>
    public static int Decimals(Indicator indicator, params double[] values) =>
        Math.Min(UnitWords.Kind(indicator.Unit) == UnitKind.Proportion ? 3 : 2, new[] { indicator.Baseline?.Value.Number, indicator.Target?.Value.Number }.OfType<double>().Concat(values)
            .Select(PlainNumber.DecimalsOf).DefaultIfEmpty(0).Max());

    /// <summary>The share of the way from baseline to target, as a whole percent between 0 and 100 for pages ("62% of the way"),
    /// or null when it cannot be said as one (maintain, baseline equal to target, a value that moved away).</summary>
    public static int? PercentOfTheWay(ComputedStatus computed) =>
        computed.Share is { } s && s >= 0 ? (int)Math.Min(100, Math.Floor(100 * s + 1e-9)) : null;

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
