using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class DuplicateProgressUpdate() : DiagnosticCode("MAP035", "validate", "Indicator updated twice in one year", Severity.Warning,
    help: "A progress report gives each indicator one update; merge the two."), IPlanRule
{
    public static readonly DuplicateProgressUpdate Instance = new();

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var report in plan.Progress)
        {
            var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            foreach (var update in report.Updates.Where(u => u.Indicator.Value.Length > 0))
            {
                if (seen.TryGetValue(update.Indicator.Value, out var first))
                    diagnostics.Add(At(update.Indicator.Span,
                        $"indicator '{update.Indicator.Value}' already has an update at line {first.Line}; merge the two into one"));
                else
                    seen[update.Indicator.Value] = update.Indicator.Span;
            }
        }
    }
}
