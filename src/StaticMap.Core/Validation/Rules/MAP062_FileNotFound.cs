using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <remarks>Also checks that a findings 'file:' names a file in the plan's data/ (the file itself is read by Metrics, MAP074).</remarks>
public sealed class FileNotFound() : DiagnosticCode("MAP062", "validate", "Referenced file not found",
    help: "The file named here does not exist in the plan folder; check the spelling (names are case-sensitive) and that the file was committed."), IPlanRule
{
    public static readonly FileNotFound Instance = new();

    public Diagnostic Create(SourceSpan at, string field, string value, IReadOnlyList<string> candidates)
    {
        var closest = Spelling.Closest(value, candidates);
        return At(at, $"'{field}' names '{value}', which does not exist in the plan folder" +
            (closest is null ? "; add the file or correct the path" : $"; did you mean '{closest}'?"));
    }

    /// <summary>The plan alone.</summary>
    public RuleInputs Reads => RuleInputs.None;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var entry in PlanMetrics.Findings(plan))
        {
            if (entry.Reference.File is { } file && !plan.DataFiles.Contains(file.Value))
                diagnostics.Add(FileNotFound.Instance.Create(file.Span, entry.PathOf("file"), file.Value, plan.DataFiles));
        }
    }
}
