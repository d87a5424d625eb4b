using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// An indicator follows a metric that Urban gives as a share from 0 to 1 (the employment rate 0.856), has no 'unit: percent',
/// and a value its author wrote is more than 1: a share cannot be, so the number was written as a percent (88 for 88%), and the
/// pages would read it as a share: "8,800.0%", and a status computed from it (review10, 2026-12-07: the Pittsburgh plan's
/// target of 88 was "8,800.0% (2028)" and the 2025 report "Off track, behind the 2,571.0% expected"). A baseline or progress value
/// of a year Urban has is MAP038's, which compares it with Urban's; this rule takes the others, the target first of all. A warning,
/// as MAP038 is: the number is a plain number, only its scale is in doubt (and `check --release` stops on it).
/// The other way round too: an indicator with 'unit: percent' whose value is a share (0.79 beside Urban's 75.9% and a target of
/// 84) would be shown as "0.79%", and a status computed from it (review12, 2026-12-08: the Saint Paul 2025 report said the
/// employment rate "went down from 75.9% in 2021 to 0.79% in 2025", "Off track").
/// </summary>
public sealed class ShareWrittenAsPercent() : DiagnosticCode("MAP096", "validate", "A share written as a percent, or a percent as a share", Severity.Warning,
    help: "An indicator with a 'metric' that Urban gives as a share from 0 to 1 (share_employed, share_debt_coll …) has no 'unit: percent', so its values are shares (0.88 is shown as 88%); a target, baseline or progress value of more than 1 is then a percent written as a share, and would be shown a hundred times too large (88 as 8,800%). Add 'unit: percent' to the indicator and write every value of it in percent (88), or write the share (0.88). Likewise, an indicator with 'unit: percent' whose other values are percents (Urban's 75.9, a target of 84) and a value under 1 (0.79): that value is a share written for a percent, and would be shown as 0.79%; write it in percent (79). A baseline or progress value of a year Urban has data for is compared with Urban's by MAP038 instead."), IPlanRule
{
    public static readonly ShareWrittenAsPercent Instance = new();

    /// <summary>The plan and the data (the metric catalog; Urban's values, to leave MAP038's values to it).</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.MeasurementPlan is not { } measurementPlan) return;
        var fips = PlanMetrics.Fips(plan);
        var proportions = measurementPlan.Indicators
            .Where(i => i.Metric is { } m && context.Metrics.Catalog.TryGet(m.Value, out var d) && d.Format == ValueFormat.Proportion)
            .DistinctBy(i => i.Id).ToList();
        var shares = proportions.Where(i => !UnitWords.IsPercent(i.Unit)).ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var indicator in proportions.Where(i => UnitWords.IsPercent(i.Unit)))
            CheckPercents(plan, indicator, fips, context, diagnostics);
        foreach (var indicator in shares.Values)
        {
            if (indicator.Target is { ValueSpan: { } span } target)
                Report(indicator, "the target", target.Value.Number, span, diagnostics);
            if (indicator.Baseline is { Source: null, ValueSpan: { } at } baseline && !ComparedWithData(indicator, fips, baseline.Year, context))
                Report(indicator, "the baseline", baseline.Value.Number, at, diagnostics);
        }
        foreach (var (report, indicator, value, span) in TypedUpdateValue.Of(plan.Progress, shares))
        {
            if (ComparedWithData(indicator, fips, report.Year, context)) continue;
            Report(indicator, $"the {report.Year} value", value, span, diagnostics);
        }
    }

    /// <summary>An indicator in percent: a written value under 1 whose hundredfold sits among the indicator's other numbers
    /// (Urban's values of it and the values written) is a share written for a percent. A value really under 1% (a small share)
    /// stays unflagged, since the other numbers are then small too.</summary>
    private void CheckPercents(Plan plan, Indicator indicator, string? fips, ValidationContext context, DiagnosticBag diagnostics)
    {
        var written = new List<(string What, double Value, SourceSpan At)>();
        if (indicator.Target is { ValueSpan: { } targetAt } target) written.Add(("the target", target.Value.Number, targetAt));
        if (indicator.Baseline is { Source: null, ValueSpan: { } baselineAt } baseline && !ComparedWithData(indicator, fips, baseline.Year, context))
            written.Add(("the baseline", baseline.Value.Number, baselineAt));
        foreach (var report in plan.Progress)
            foreach (var update in report.Updates)
                if (update is { ValueSource: null, Value: { } value, ValueSpan: { } at } && update.Indicator.Value == indicator.Id
                    && !ComparedWithData(indicator, fips, report.Year, context))
                    written.Add(($"the {report.Year} value", value.Number, at));
        var urban = fips is null ? [] : DataValues.Values(indicator, fips, context.Metrics).ToList();
        foreach (var (what, value, at) in written)
        {
            if (value == 0 || Math.Abs(value) >= 1) continue;
            // The others: Urban's values of the indicator for the place, and the other values written.
            var others = urban.Select(u => u.Scaled).Concat(written.Where(w => w.At != at).Select(w => w.Value)).Where(v => v != 0).ToList();
            if (others.Count == 0 || others.Any(o => Math.Abs(o) < 1)) continue;
            var percent = value * 100;
            if (percent < others.Min() / 2 || percent > others.Max() * 2) continue;
            var shown = PlainNumber.Format(value, null, PlainNumber.DecimalsOf(value));
            var latest = urban.MaxBy(u => u.Year);
            var example = latest is null ? "" : $" (Urban's {DataValues.ShowWritten(latest.Scaled, latest.Definition, latest.Scale)} in {latest.Year})";
            diagnostics.Add(At(at,
                $"'{indicator.Id}': {what} is {shown}, but the indicator has 'unit: percent', so it would be shown as {shown}% beside the " +
                $"indicator's other values, which are percents{example}; {shown} looks like a share: write it in percent " +
                $"({StrictNumber.Format(Math.Round(percent, 6))})"));
        }
    }

    /// <summary>MAP038 compares a value of a year Urban has, and says when it looks like a percent: one diagnostic per mistake.</summary>
    private static bool ComparedWithData(Indicator indicator, string? fips, int year, ValidationContext context) =>
        fips is not null && DataValues.Urban(indicator, fips, year, context.Metrics) is not null;

    private void Report(Indicator indicator, string what, double value, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (Math.Abs(value) <= 1) return;
        var written = PlainNumber.Format(value, null, PlainNumber.DecimalsOf(value));
        var share = StrictNumber.Format(Math.Round(value / 100, 6));
        diagnostics.Add(At(at,
            $"'{indicator.Id}': {what} is {written}, but {indicator.Metric?.Value} is a share from 0 to 1 and the indicator has no " +
            $"'unit: percent', so {written} would be shown as {PlainNumber.Format(value, UnitKind.Proportion)}; add 'unit: percent' to the indicator " +
            $"and write its values in percent ({written}), or write the share ({share})"));
    }
}
