using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>Runs the context's rules (<see cref="ValidationContext.Rules"/>): every <see cref="IPlanRule"/> over every plan, in parallel, then every <see cref="ISiteRule"/>.</summary>
public static class Validator
{
    public static void Validate(ValidationContext context, DiagnosticBag diagnostics) =>
        Validate(context, context.Site.Plans, diagnostics);

    /// <summary>The plan rules over one plan.</summary>
    /// <param name="timed">When given, told how long each rule took (the stage profiler's finer view); null in builds.</param>
    public static void ValidatePlan(ValidationContext context, Plan plan, DiagnosticBag diagnostics, Action<IPlanRule, TimeSpan>? timed = null)
    {
        if (timed is null)
        {
            foreach (var rule in context.Rules.PlanRules) rule.Check(plan, context, diagnostics);
            return;
        }
        foreach (var rule in context.Rules.PlanRules)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            rule.Check(plan, context, diagnostics);
            timed(rule, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Runs the plan rules over <paramref name="plans"/> only, and the site rules; the preview server re-checks changed plans.</summary>
    public static void Validate(ValidationContext context, IEnumerable<Plan> plans, DiagnosticBag diagnostics)
    {
        Parallel.ForEach(plans, plan =>
        {
            foreach (var rule in context.Rules.PlanRules) rule.Check(plan, context, diagnostics);
        });
        foreach (var rule in context.Rules.SiteRules) rule.Check(context, diagnostics);
    }
}

/// <summary>
/// A rule over the whole site, e.g. plan ids that collide with site pages. It looks across plans through their compact
/// summaries (<see cref="ValidationContext.Summaries"/>), and at the site pages of input/; <see cref="Reads"/> says what
/// else, so the validate stage runs it only when the pages or something it reads changed.
/// </summary>
public interface ISiteRule
{
    void Check(ValidationContext context, DiagnosticBag diagnostics);

    /// <summary>What the rule reads besides the site pages; by default everything, so it runs on every run.</summary>
    RuleInputs Reads => RuleInputs.Everything;
}
