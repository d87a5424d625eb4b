using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>Runs every <see cref="IPlanRule"/> over every plan, in parallel.</summary>
public static class Validator
{
    public static readonly IReadOnlyList<IPlanRule> PlanRules = RuleCatalog.All.OfType<IPlanRule>().ToList();

    public static void Validate(ValidationContext context, DiagnosticBag diagnostics)
    {
        Parallel.ForEach(context.Site.Plans, plan =>
        {
            foreach (var rule in PlanRules) rule.Check(plan, context, diagnostics);
        });
        foreach (var rule in RuleCatalog.All.OfType<ISiteRule>()) rule.Check(context, diagnostics);
    }
}

/// <summary>A rule over the whole site, e.g. plan ids that collide with site pages.</summary>
public interface ISiteRule
{
    void Check(ValidationContext context, DiagnosticBag diagnostics);
}
