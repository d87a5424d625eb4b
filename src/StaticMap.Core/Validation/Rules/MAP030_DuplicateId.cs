using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Logic-model items and indicators share one id space per plan, so links between them are unambiguous.</summary>
public sealed class DuplicateId() : DiagnosticCode("MAP030", "validate", "Id used twice",
    help: "Every id of a logic-model item or indicator is unique within the plan; rename one of the two."), IPlanRule
{
    public static readonly DuplicateId Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (id, span) in PlanIds.All(plan))
        {
            if (id.Length == 0) continue;
            if (seen.TryGetValue(id, out var first))
                diagnostics.Add(At(span, $"id '{Prose.Shorten(id)}' is already used at line {first.Line} of {first.Path}; ids must be unique in the plan, so rename one"));
            else
                seen[id] = span;
        }
    }
}

internal static class PlanIds
{
    /// <summary>Every id in the plan with where it is written, in file order.</summary>
    public static IEnumerable<(string Id, SourceSpan Span)> All(Plan plan)
    {
        if (plan.TheoryOfChange?.LogicModel is { } model)
            foreach (var item in model.AllItems) yield return (item.Id, item.IdSpan);
        if (plan.MeasurementPlan is { } measurement)
            foreach (var indicator in measurement.Indicators) yield return (indicator.Id, indicator.IdSpan);
    }
}
