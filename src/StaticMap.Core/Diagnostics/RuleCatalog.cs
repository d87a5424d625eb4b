namespace StaticMap.Core.Diagnostics;

/// <summary>The rule reference: docs/rules.md, generated from the rules a build's registry holds (<c>StaticMapBuilder</c>).</summary>
public static class RuleCatalog
{
    /// <summary>The rule reference as Markdown, the content of docs/rules.md, in code order.</summary>
    public static string ToMarkdown(IEnumerable<Rule> rules)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("# Rule reference");
        sb.AppendLine();
        sb.AppendLine("Every problem StaticMap reports has a stable code. A diagnostic reads");
        sb.AppendLine("`path(line,col): error MAP012: message`; the message says how to fix it.");
        sb.AppendLine("Errors stop the build (exit code 1) and leave the output folder as it was; warnings do not.");
        sb.AppendLine("A message names an entry of a list by its place counted from 1, as an author counts: `updates[1]` is the first");
        sb.AppendLine("entry of `updates` (the first `- indicator:`), `updates[2].value` the second entry's value.");
        sb.AppendLine();
        sb.AppendLine("This file is generated from the rules in the code (`dotnet run --project src/StaticMap -- rules > docs/rules.md`);");
        sb.AppendLine("a test fails when they differ. Every code is registered in one place, `StaticMapBuilder.UseRules()`");
        sb.AppendLine("(`src/StaticMap.Core/Pipeline/StaticMapBuilder.cs`). The codes that reading, parsing, loading the data, the theme,");
        sb.AppendLine("rendering and writing report are entries of the catalogue in `src/StaticMap.Core/Diagnostics/Codes/`, one file");
        sb.AppendLine("per stage (`ParseCodes.cs`: code, title, severity, help and the typed messages); the checks the validate stage runs");
        sb.AppendLine("over the parsed plans and pages, and those of `check --release`, are classes in `src/StaticMap.Core/Validation/Rules/`");
        sb.AppendLine("named after their code (`MAP030_DuplicateId.cs`).");
        sb.AppendLine("The Stage column says which stage reports the code.");
        var advice = rules.Where(r => !r.BlocksRelease).Select(r => r.Code).OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (advice.Count > 0)
        {
            sb.AppendLine($"Every warning blocks `check --release` except advice a plan cannot act on ({string.Join(", ", advice)}: Urban's own");
            sb.AppendLine("ratings of its data), which the checklist lists as a note and does not count.");
        }
        sb.AppendLine();
        sb.AppendLine("| Code | Severity | Stage | Rule | How to fix |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var rule in rules.OrderBy(r => r.Code, StringComparer.Ordinal))
        {
            sb.AppendLine($"| {rule.Code} | {rule.Severity.ToString().ToLowerInvariant()} | {rule.Stage} | {rule.Title} | {rule.Help.Replace("|", "\\|")} |");
        }
        return sb.ToString();
    }
}
