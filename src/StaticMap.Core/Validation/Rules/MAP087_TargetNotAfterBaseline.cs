using System.Globalization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// An indicator whose 'target' is for the year of its 'baseline', or an earlier one. The status by the numbers follows the
/// straight path from the baseline to the target, so such a target is expected in full from the baseline's own year, and the
/// measurement plan reads "50% in 2024 ... target 100% by 2024" (fixes9, 2026-12-07: the sample Ramsey County plan had one).
/// Only a baseline the author wrote: a baseline taken from Urban's data is the latest data year, which the author does not choose.
/// </summary>
public sealed class TargetNotAfterBaseline() : DiagnosticCode("MAP087", "validate", "Target not after its baseline", Severity.Warning,
    help: "An indicator's 'target' is for the same year as its 'baseline', or an earlier one. A baseline is where the indicator stood when the plan started and a target where it should stand by a later year; the status by the numbers (docs/coalition-workflow.md, 'Status by the numbers') follows the straight path from one to the other, so a target of the baseline's year is expected in full from the first report. Write the year by which the target is to be met, or correct the baseline's year. A baseline filled in from Urban's data is not checked: its year is the data's."), IPlanRule
{
    public static readonly TargetNotAfterBaseline Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (plan.MeasurementPlan is not { } measurementPlan || context.HasErrors(measurementPlan.Path)) return;
        foreach (var indicator in measurementPlan.Indicators)
        {
            if (indicator.Baseline is not { } baseline || indicator.Target is not { } target || target.Year > baseline.Year) continue;
            if (indicator.Id.Length == 0) continue;
            var year = baseline.Year.ToString(CultureInfo.InvariantCulture);
            var when = target.Year == baseline.Year ? "the same year as its baseline" : $"earlier than its baseline ({year})";
            diagnostics.Add(At(target.YearSpan ?? indicator.Span,
                $"the target of '{indicator.Id}' is for {target.Year.ToString(CultureInfo.InvariantCulture)}, {when}: a target is where the indicator " +
                $"should stand by a later year, and the status by the numbers expects it in full from the baseline's year; write the year by which " +
                $"the target is to be met (after {year}), or correct the baseline's year"));
        }
    }
}
