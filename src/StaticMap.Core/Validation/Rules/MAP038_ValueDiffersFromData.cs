using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class ValueDiffersFromData : Rule, IPlanRule
{
    public static readonly ValueDiffersFromData Instance = new();
    public override string Code => "MAP038";
    public override string Title => "Value differs from the Mobility Metrics data";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "validate";
    public override string Help => "An indicator with a 'metric' has a baseline or progress value that differs (by more than 0.5%, and more than rounding to the decimals written) from the Urban Institute's value of that metric for the plan's FIPS code and year. Use Urban's value, or leave 'value' out so that StaticMap fills it in from the data; a share from 0 to 1 is written as a percent (0.804 → 80.4) only when the indicator has 'unit: percent'.";

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips || plan.MeasurementPlan is not { } measurementPlan) return;
        var indicators = measurementPlan.Indicators.Where(i => i.Metric is not null).DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var indicator in indicators.Values)
        {
            if (indicator.Baseline is { Source: null, ValueSpan: { } span } baseline
                && DataValues.Urban(indicator, fips, baseline.Year, context.Metrics) is { } urban)
                Compare(indicator, "baseline", baseline.Value.Number, urban, span, fips, context, diagnostics);
        }
        foreach (var report in plan.Progress)
        {
            foreach (var update in report.Updates)
            {
                if (update is not { ValueSource: null, Value: { } value, ValueSpan: { } span }
                    || !indicators.TryGetValue(update.Indicator.Value, out var indicator)
                    || DataValues.Urban(indicator, fips, report.Year, context.Metrics) is not { } urban) continue;
                Compare(indicator, $"the {report.Year} value", value.Number, urban, span, fips, context, diagnostics);
            }
        }
    }

    private void Compare(Indicator indicator, string what, double author, UrbanValue urban, SourceSpan at, string fips,
        ValidationContext context, DiagnosticBag diagnostics)
    {
        var expected = urban.Raw * urban.Scale;
        if (DataValues.SameAsWritten(author, expected)) return;
        var metric = urban.Definition.Variable;
        // A percent as the site shows it, to one decimal: 0.660575 is "66.1", which the check accepts as written.
        var percent = DataValues.Show(Math.Round(expected, 1));
        var urbanText = urban.Scale == 100
            ? $"{DataValues.Show(urban.Raw)} (as a percent, {percent})"
            : DataValues.Show(urban.Raw);
        var hint = urban.Definition.Format != ValueFormat.Proportion ? ""
            : urban.Scale == 1 && DataValues.Same(author, urban.Raw * 100)
                ? $"; Urban gives {metric} as a share from 0 to 1 and {DataValues.Show(author)} looks like a percent: add 'unit: percent' to the indicator or write {DataValues.Show(urban.Raw)}"
            : urban.Scale == 100 && DataValues.Same(author, urban.Raw)
                ? $"; the indicator's unit is percent, so write Urban's share {DataValues.Show(urban.Raw)} as {percent}"
            : "";
        diagnostics.Add(At(at,
            $"'{indicator.Id}': {what} is {DataValues.Show(author)}, but the Urban Institute's Mobility Metrics give {metric} for " +
            $"{PlanMetrics.Describe(context.Metrics.Data, fips)} in {urban.Year} as {urbanText}{hint}; use Urban's value, " +
            "or leave 'value' out to fill it in from the data"));
    }
}
