using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>A rule over narratives: it runs on every component and progress report of each plan, and on the site pages.</summary>
public abstract class MarkdownRule : Rule, IPlanRule, ISiteRule
{
    public override string Stage => "validate";

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
