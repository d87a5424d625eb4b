using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class StatusDisagreesWithNumbers() : DiagnosticCode("MAP036", "validate", "Reported status disagrees with the numbers", Severity.Warning,
    help: "The coalition's 'status' is far from the status computed from the indicator's baseline, target, direction and the update's value (the straight path from baseline to target; see docs/coalition-workflow.md, 'Status by the numbers'): achieved while the target is not met, or two steps apart (e.g. on track but off track by the numbers). The page shows the coalition's status only. For an indicator with a 'subgroup', the message names the group whose numbers these are. A value Urban rates Weak gives no computed status, so it is not compared (MAP072 warns about it). Check the value and the status; leave 'status' out to publish the computed one; if the status is right for a reason the numbers miss, say why in the update's 'note' (the warning stays: it asks that the note be read against the numbers)."), IPlanRule
{
    public static readonly StatusDisagreesWithNumbers Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.MeasurementPlan is not { } measurementPlan || context.HasErrors(measurementPlan.Path)) return;
        var indicators = measurementPlan.IndicatorsById;
        foreach (var report in plan.Progress)
        {
            if (context.HasErrors(report.Path)) continue;
            foreach (var update in report.Updates)
            {
                if (!update.StatusGiven || update.Value is null || !indicators.TryGetValue(update.Indicator.Value, out var indicator)) continue;
                // No status is computed from an estimate Urban rates Weak (the page says so, MAP072 warns): there are no numbers to
                // disagree with, and "by the numbers it is on track" would contradict both (review9, 2026-12-07).
                if (update.WeakValue) continue;
                // A baseline of a later year than the report is MAP086's, one diagnostic for the one mistake: the numbers would
                // compare the report's year with one still ahead of it ("behind the 500 expected" in 2025 of a 2026 baseline).
                if (indicator.Baseline is { } baseline && baseline.Year > report.Year) continue;
                if (StatusByNumbers.Compute(indicator, report, update) is not { } computed) continue;
                if (!StatusByNumbers.Disagrees(update.Status, computed)) continue;
                var why = update.Status == ProgressStatus.Achieved && !computed.TargetMet
                    ? StatusByNumbers.DirectionOf(indicator) == Direction.Maintain ? "the value is not within " + StatusByNumbers.MaintainPercent + " of the target" : "the target is not reached"
                    : "they are two or more steps apart on off track, at risk, on track, achieved";
                // An update that already has a note is not told to write one: its note is what readers see beside the status.
                var fix = string.IsNullOrWhiteSpace(update.Note)
                    ? "check the value and the status, leave 'status' out to publish the computed one, or explain the status in 'note'"
                    : "check the value and the status, or leave 'status' out to publish the computed one; the update's note, shown beside the status, should say why they differ";
                // An indicator that follows one group's values is judged by that group's numbers: the message names the group, as
                // MAP038 and MAP055 do ("of the group 'Black, Non-Hispanic'"), so its numbers are not read as everyone's.
                var numbers = indicator is { Metric: not null, Subgroup: { } group } ? $"the numbers of the group '{group.Value.Trim()}'" : "the numbers";
                // In the target's year the sentence itself says "the target of … is not reached": not twice.
                var explained = computed.Explain(indicator);
                var reason = explained.EndsWith(" is not reached", StringComparison.Ordinal) && why == "the target is not reached" ? "" : $"{why}; ";
                diagnostics.Add(At(update.StatusSpan ?? update.Span,
                    $"'{update.Indicator.Value}' is reported {StatusByNumbers.Words(update.Status)}, but by {numbers} it is {StatusByNumbers.Words(computed.Status)} " +
                    $"({explained}); {reason}{fix}"));
            }
        }
    }
}
