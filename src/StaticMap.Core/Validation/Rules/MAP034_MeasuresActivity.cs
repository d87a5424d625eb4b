using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class MeasuresActivity() : DiagnosticCode("MAP034", "validate", "Indicator measures an activity",
    help: "Indicators measure inputs, outputs and outcomes (guide Step 8); point 'measures' at the output or outcome the activity produces."), IPlanRule
{
    public static readonly MeasuresActivity Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.TheoryOfChange?.LogicModel is not { } model || plan.MeasurementPlan is not { } measurement) return;
        var activities = model.Activities.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var indicator in measurement.Indicators.Where(i => activities.Contains(i.Measures.Value)))
        {
            diagnostics.Add(At(indicator.Measures.Span,
                $"'measures' is '{indicator.Measures.Value}', an activity; indicators measure inputs, outputs and outcomes, so point it at what the activity produces"));
        }
    }
}
