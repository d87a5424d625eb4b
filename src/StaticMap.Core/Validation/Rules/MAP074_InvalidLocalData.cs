using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class InvalidLocalData : Rule, IPlanRule
{
    public static readonly InvalidLocalData Instance = new();
    public override string Code => "MAP074";
    public override string Title => "Local data file cannot be charted";
    public override string Stage => "validate";
    public override string Help => "A plan's data/*.csv needs a header with 'year' and 'value' (optionally 'subgroup_type', 'subgroup', 'lb', 'ub', 'quality'), one row per year and subgroup, and plain numbers such as 0.72 or 1200.";

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);

    /// <summary>Checks every 'file:' of the findings: that it exists (MAP062) and that it reads as a local metric (MAP074).</summary>
    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        var fips = PlanMetrics.Fips(plan) ?? "";
        var checkedFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in PlanMetrics.Findings(plan))
        {
            if (entry.Reference.File is not { } file) continue;
            if (!plan.DataFiles.Contains(file.Value))
            {
                diagnostics.Add(FileNotFound.Instance.Create(file.Span, entry.PathOf("file"), file.Value, plan.DataFiles));
                continue;
            }
            // A file shown twice has its problems reported once.
            if (checkedFiles.Add(file.Value))
                LocalMetricReader.Read(PlanMetrics.Layout(context), PlanMetrics.LocalPath(plan, file.Value), fips, entry.Reference.Key, diagnostics);
        }
    }
}
