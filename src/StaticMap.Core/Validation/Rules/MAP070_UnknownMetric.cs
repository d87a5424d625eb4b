using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class UnknownMetric() : DiagnosticCode("MAP070", "validate", "Unknown Mobility Metrics variable",
    help: "'metric' names an Urban Mobility Metrics variable exactly as Urban writes it, e.g. share_employed or pctl_income_20; docs/metrics.md lists them all."), IPlanRule
{
    public static readonly UnknownMetric Instance = new();

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        var catalog = context.Metrics.Catalog;
        foreach (var entry in PlanMetrics.Findings(plan))
        {
            if (entry.Reference.Metric is { } metric) CheckName(metric, entry.PathOf("metric"), catalog, diagnostics);
        }
        var indicators = plan.MeasurementPlan?.Indicators ?? [];
        for (var i = 0; i < indicators.Length; i++)
        {
            if (indicators[i].Metric is { } metric) CheckName(metric, $"indicators[{i + 1}].metric", catalog, diagnostics);
        }
    }

    private void CheckName(Located<string> metric, string field, MetricCatalog catalog, DiagnosticBag diagnostics)
    {
        var name = metric.Value.Trim();
        if (name.Length == 0 || catalog.TryGet(name, out _)) return;
        diagnostics.Add(Create(metric.Span, field, name, catalog));
    }

    public Diagnostic Create(SourceSpan at, string field, string value, MetricCatalog catalog)
    {
        if (catalog.TryResolve(value, out var renamed))
            return At(at, $"'{field}' is '{Prose.Shorten(value)}', an older name of the Mobility Metrics variable {renamed.Variable}; write {renamed.Variable}");
        var needle = value.ToLowerInvariant();
        var allowed = Math.Max(2, needle.Length / 3);
        // Edit distance costs the value's length times each variable's: no suggestion for a value no variable is near.
        var close = needle.Length > 200 ? [] : Spelling.ClosestSeveral(value, catalog.Variables, 3)
            .Where(c => Spelling.Distance(needle, c.ToLowerInvariant()) <= allowed)
            .ToList();
        return At(at, close.Count > 0
            ? $"'{field}' is '{Prose.Shorten(value)}', which is not a Mobility Metrics variable; did you mean {Prose.Either(close)}? (see docs/metrics.md)"
            : $"'{field}' is '{Prose.Shorten(value)}', which is not a Mobility Metrics variable; use one of the variables listed in docs/metrics.md, e.g. share_employed");
    }
}
