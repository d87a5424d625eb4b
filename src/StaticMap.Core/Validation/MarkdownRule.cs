using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>A rule over narratives: it runs on every component and progress report of each plan, and on the site pages.
/// Its constructor's arguments are its catalogue entry, as a <see cref="DiagnosticCode"/>'s, of the validate stage.</summary>
public abstract class MarkdownRule(string code, string title, Severity severity = Severity.Error, string help = "")
    : DiagnosticCode(code, "validate", title, severity, help), IPlanRule, ISiteRule
{
    /// <summary>What the rule reads besides the narratives (<see cref="RuleInputs"/>); by default everything.</summary>
    public virtual RuleInputs Reads => RuleInputs.Everything;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var body in MarkdownInspector.Bodies(plan)) CheckBody(body, context, diagnostics);
    }

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var page in context.Site.Pages) CheckBody(page.Body, context, diagnostics);
    }

    public abstract void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics);
}
