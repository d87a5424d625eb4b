using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Guide Step 8: the measurement plan tracks every input, output and outcome of the logic model.</summary>
public sealed class ItemWithoutIndicator() : DiagnosticCode("MAP032", "validate", "Logic-model item without an indicator",
    help: "Every input, output and outcome of the logic model needs at least one indicator in the measurement plan whose 'measures' is its id."), IPlanRule
{
    public static readonly ItemWithoutIndicator Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.TheoryOfChange?.LogicModel is not { } model || plan.MeasurementPlan is not { } measurement) return;
        // An indicator whose 'measures' is missing could have been meant for any item: reporting them all would bury the real fault.
        if (measurement.Indicators.Any(i => i.Measures.Value.Length == 0)) return;
        var measured = measurement.Indicators
            .Select(i => UnknownMeasuresTarget.IntendedTarget(i, model))
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var item in model.MeasurableItems.Where(i => i.Id.Length > 0 && !measured.Contains(i.Id)))
        {
            diagnostics.Add(At(item.IdSpan,
                $"{item.Stage.DisplayName().ToLowerInvariant()} '{item.Id}' has no indicator; add one to {measurement.Path} with 'measures: {item.Id}'"));
        }
    }
}
