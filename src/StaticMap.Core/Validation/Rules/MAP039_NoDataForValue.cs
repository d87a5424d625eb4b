using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class NoDataForValue() : DiagnosticCode("MAP039", "validate", "Baseline left to the data, but the data has no value", Severity.Warning,
    help: "A baseline with a 'year' and no 'value' takes its value from the Mobility Metrics files in input/data/ for the indicator's 'metric', the plan's FIPS code and that year; none has one. Write the value, choose a year the data has, or add Urban's file to input/data/."), IPlanRule
{
    public static readonly NoDataForValue Instance = new();

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips || plan.MeasurementPlan is not { } measurementPlan) return;
        foreach (var indicator in measurementPlan.Indicators)
        {
            if (indicator is not { Baseline: null, BaselineFromData: { } wanted, Metric: { } metric }
                || !context.Metrics.Catalog.TryGet(metric.Value, out var definition)) continue;
            // The years of the indicator's own values: everyone's, or its subgroup's.
            var years = DataValues.Values(indicator, fips, context.Metrics).Select(v => v.Year).ToList();
            // With a 'subgroup', the group's values: everyone's are other numbers, of other years (review12, 2026-12-08: "no value
            // of share_employed for 2758000 … in 2021" for a group the data do not have, where everyone's 2021 value is there).
            var of = indicator.Subgroup is { } group ? $"{definition.Variable} of the group '{group.Value}'" : definition.Variable;
            diagnostics.Add(At(wanted.Span,
                $"'{indicator.Id}': the baseline has no 'value', and input/data has no value of {of} for " +
                $"{PlanMetrics.Describe(context.Metrics.Data, fips)} in {wanted.Year}" +
                (years.Count > 0 ? $" (it has {PlanMetrics.Years(years)})" : "") +
                "; write the value, or choose a year the data has"));
        }
    }
}
