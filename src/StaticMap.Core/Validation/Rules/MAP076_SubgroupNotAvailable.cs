using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class SubgroupNotAvailable() : DiagnosticCode("MAP076", "validate", "Requested subgroups have no data", Severity.Warning,
    help: "'subgroups' shows a breakdown only when the data has rows of that subgroup type for the plan's FIPS code; add Urban's subgroup file for the metric to input/data/ (or the rows to the local CSV), or remove the subgroup type."), IPlanRule
{
    public static readonly SubgroupNotAvailable Instance = new();

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips) return;
        var catalog = context.Metrics.Catalog;
        var data = context.Metrics.Data;
        foreach (var entry in PlanMetrics.Findings(plan))
        {
            var reference = entry.Reference;
            var requested = PlanMetrics.RequestedSubgroupTypes(reference);
            if (requested.Count == 0) continue;
            MetricDefinition? definition = null;
            if (!reference.IsLocal && (reference.Metric is null || !catalog.TryGet(reference.Metric.Value.Value, out definition))) continue;
            // Without any data for the FIPS, MAP071 has said so already.
            if (!reference.IsLocal && !data.HasGeography(fips)) continue;
            var observations = PlanMetrics.Observations(plan, reference, fips, context.Metrics);
            if (reference.IsLocal && observations.Count == 0) continue;
            var available = observations.Where(PlanMetrics.HasValue).Select(o => o.SubgroupType)
                .Where(t => t != SubgroupNames.AllType).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var type in requested.Where(t => !available.Contains(t)))
            {
                diagnostics.Add(At(reference.Span, definition is null
                    ? LocalMessage(reference, type, available)
                    : UrbanMessage(definition, type, available, PlanMetrics.Describe(data, fips))));
            }
        }
    }

    private static string UrbanMessage(MetricDefinition metric, string type, IReadOnlyList<string> available, string where)
    {
        var fix = metric.SubgroupTypes.Contains(type)
            ? $"add Urban's {type} file for {metric.Variable} to input/data/, or remove {type} from 'subgroups'"
            : metric.SubgroupTypes.Count > 0
                ? $"Urban publishes {metric.Variable} by {Prose.Either(metric.SubgroupTypes.ToList())} only, so remove {type} from 'subgroups'"
                : $"Urban does not publish {metric.Variable} by subgroup, so remove {type} from 'subgroups'";
        return $"'subgroups' asks for {type}, but input/data has no {type} rows of {metric.Variable} for {where}" +
               (available.Count > 0 ? $" (it has {Prose.Either(available, "and")})" : "") + $"; {fix}";
    }

    private static string LocalMessage(MetricReference reference, string type, IReadOnlyList<string> available) =>
        $"'subgroups' asks for {type}, but {reference.File?.Value} has no rows with subgroup_type {type}" +
        (available.Count > 0 ? $" (it has {Prose.Either(available, "and")})" : "") +
        $"; add them (columns subgroup_type and subgroup), or remove {type} from 'subgroups'";
}
