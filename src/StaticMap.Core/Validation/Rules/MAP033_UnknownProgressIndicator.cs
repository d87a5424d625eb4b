using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class UnknownProgressIndicator() : DiagnosticCode("MAP033", "validate", "Progress update names no indicator",
    help: "A progress update's 'indicator' is the id of an indicator in the measurement plan."), IPlanRule
{
    public static readonly UnknownProgressIndicator Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.MeasurementPlan is not { } measurement) return;
        var ids = measurement.Indicators.Select(i => i.Id).Where(id => id.Length > 0).ToList();
        foreach (var update in plan.Progress.SelectMany(r => r.Updates))
        {
            var id = update.Indicator.Value;
            if (id.Length == 0 || ids.Contains(id)) continue;
            var closest = Spelling.Closest(id, ids);
            diagnostics.Add(At(update.Indicator.Span, closest is not null
                ? $"'indicator' is '{id}', which is not an indicator of the measurement plan; did you mean '{closest}'?"
                : $"'indicator' is '{id}', which is not an indicator of the measurement plan; use one of the ids in {measurement.Path}"));
        }
    }
}
