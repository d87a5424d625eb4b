using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class StatusDisagreesWithNumbers : Rule, IPlanRule
{
    public static readonly StatusDisagreesWithNumbers Instance = new();
    public override string Code => "MAP036";
    public override string Title => "Reported status disagrees with the numbers";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "validate";
    public override string Help => "The status computed from the indicator's baseline, target, direction and this year's value (the straight path from baseline to target; see docs/coalition-workflow.md, 'Status by the numbers') is far from the reported one: reported achieved while the target is not met, or two steps apart (e.g. on track but off track by the numbers). Check the value and the status; if the status is right for a reason the numbers miss, say why in the update's 'note'.";

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.MeasurementPlan is not { } measurementPlan || context.HasErrors(measurementPlan.Path)) return;
        var indicators = measurementPlan.Indicators.DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var report in plan.Progress)
        {
            if (context.HasErrors(report.Path)) continue;
            foreach (var update in report.Updates)
            {
                if (update.Value is null || !indicators.TryGetValue(update.Indicator.Value, out var indicator)) continue;
                if (StatusByNumbers.Compute(indicator, update.YearOf(report), update.Value.Number) is not { } computed) continue;
                if (!StatusByNumbers.Disagrees(update.Status, computed)) continue;
                var why = update.Status == ProgressStatus.Achieved && !computed.TargetMet
                    ? $"the target {indicator.Target!.Value.Text} ({indicator.Target.Year}) is not met"
                    : "they are two or more steps apart on off track, at risk, on track, achieved";
                diagnostics.Add(At(update.StatusSpan ?? update.Span,
                    $"'{update.Indicator.Value}' is reported {StatusByNumbers.Words(update.Status)}, but by the numbers it is {computed.Explain(indicator)}; {why}; " +
                    "check the value and the status, or explain the status in 'note'"));
            }
        }
    }
}
