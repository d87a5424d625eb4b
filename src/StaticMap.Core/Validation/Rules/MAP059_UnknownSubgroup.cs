using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class UnknownSubgroup() : DiagnosticCode("MAP059", "validate", "Indicator subgroup not in the data", Severity.Error,
    help: "An indicator's 'subgroup' takes that group's values of its 'metric' from the Mobility Metrics data, so it needs a 'metric', and the group must be one the data give for the plan's place, named as Urban names it (any case and spacing: \"Black, Non-Hispanic\"). Write one of the groups listed, or leave 'subgroup' out for everyone's values."), IPlanRule
{
    public static readonly UnknownSubgroup Instance = new();

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.MeasurementPlan is not { } measurementPlan || context.HasErrors(measurementPlan.Path)) return;
        foreach (var indicator in measurementPlan.Indicators)
        {
            if (indicator.Subgroup is not { } subgroup) continue;
            if (indicator.Metric is null)
            {
                diagnostics.Add(At(subgroup.Span,
                    $"'{indicator.Id}': 'subgroup: {subgroup.Value}' takes a group's values from the Mobility Metrics data, but the indicator has no 'metric'; add the metric, or remove 'subgroup'"));
                continue;
            }
            if (PlanMetrics.Fips(plan) is not { } fips) continue;
            var groups = DataValues.Subgroups(indicator, fips, context.Metrics);
            if (groups.Count == 0 || groups.Any(g => DataValues.SubgroupKey(g) == DataValues.SubgroupKey(subgroup.Value))) continue;
            var closest = Spelling.ClosestName(subgroup.Value, groups);
            var list = string.Join("; ", groups.Select(g => $"'{g}'"));
            diagnostics.Add(At(subgroup.Span,
                $"'{indicator.Id}': the data have no group '{subgroup.Value}' for {indicator.Metric.Value.Value} in {PlanMetrics.Describe(context.Metrics.Data, fips)}" +
                (closest is null ? $"; write one of the groups the data have: {list}" : $"; did you mean '{closest}'? The groups are: {list}")));
        }
    }
}
