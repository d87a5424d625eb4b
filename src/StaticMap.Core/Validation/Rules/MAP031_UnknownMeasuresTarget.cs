using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class UnknownMeasuresTarget() : DiagnosticCode("MAP031", "validate", "'measures' names no logic-model item",
    help: "An indicator's 'measures' is the id of an input, output or outcome in the logic model; correct the id or add the item."), IPlanRule
{
    public static readonly UnknownMeasuresTarget Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.MeasurementPlan is not { } measurement) return;
        var model = plan.TheoryOfChange?.LogicModel;
        if (model is null)
        {
            // No theory-of-change file, or one with neither part (MAP020, MAP024): that is the fault to report.
            if (plan.TheoryOfChange is not { Statement: not null }) return;
            foreach (var indicator in measurement.Indicators.Where(i => i.Measures.Value.Length > 0))
                diagnostics.Add(At(indicator.Measures.Span,
                    $"'measures' is '{indicator.Measures.Value}', but the plan has no logic model; add 'logic_model' to {plan.TheoryOfChange.Path} with an item of that id"));
            return;
        }
        var ids = model.AllItems.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var measurable = model.MeasurableItems.Select(i => i.Id).ToList();
        foreach (var indicator in measurement.Indicators)
        {
            var target = indicator.Measures.Value;
            if (target.Length == 0 || ids.Contains(target)) continue;
            var closest = Spelling.Closest(target, measurable);
            diagnostics.Add(At(indicator.Measures.Span, closest is not null
                ? $"'measures' is '{target}', which is not an id in the logic model; did you mean '{closest}'?"
                : $"'measures' is '{target}', which is not an id in the logic model; use the id of an input, output or outcome in {plan.TheoryOfChange!.Path}"));
        }
    }

    /// <summary>The logic-model id a mistyped 'measures' most likely meant, so coverage is not reported twice.</summary>
    internal static string? IntendedTarget(Indicator indicator, LogicModel model) =>
        model.AllItems.Any(i => i.Id == indicator.Measures.Value)
            ? indicator.Measures.Value
            : Spelling.Closest(indicator.Measures.Value, model.MeasurableItems.Select(i => i.Id));
}
