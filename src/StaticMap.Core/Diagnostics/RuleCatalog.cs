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
        sb.AppendLine();
        sb.AppendLine("This file is generated from the rules in the code (`dotnet run --project src/StaticMap -- rules > docs/rules.md`);");
        sb.AppendLine("a test fails when they differ. Each code has one class, in its own file named after it (`MAP012_WrongType.cs`):");
        sb.AppendLine("the codes that reading, parsing and loading the data report, with their messages, are in");
        sb.AppendLine("`src/StaticMap.Core/Diagnostics/Codes/`; the checks the validate stage runs over the parsed plans and pages,");
        sb.AppendLine("and the codes of rendering and writing, are in `src/StaticMap.Core/Validation/Rules/`.");
        sb.AppendLine("The Stage column says which stage reports the code.");
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
