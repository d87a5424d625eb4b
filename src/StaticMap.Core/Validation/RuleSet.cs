using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Validation;

/// <summary>
/// The rules a build knows, in code order: every code it can report (docs/rules.md is generated from them) and, among
/// them, the checks the validate stage runs (<see cref="IPlanRule"/>, <see cref="ISiteRule"/>). Built by
/// <c>StaticMapBuilder</c>; a <see cref="ValidationContext"/> carries it to the <see cref="Validator"/>.
/// </summary>
public sealed class RuleSet
{
    public RuleSet(IEnumerable<Rule> rules)
    {
        All = rules.OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
        var twin = All.GroupBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twin is not null)
            throw new ArgumentException($"two rules have the code {twin.Key}: {string.Join(" and ", twin.Select(r => r.GetType().Name))}", nameof(rules));
        PlanRules = All.OfType<IPlanRule>().ToList();
        SiteRules = All.OfType<ISiteRule>().ToList();
    }

    /// <summary>No rules: a context that only runs the rules a test calls itself.</summary>
    public static RuleSet None { get; } = new([]);

    /// <summary>Every rule, in code order.</summary>
    public IReadOnlyList<Rule> All { get; }

    /// <summary>The checks run over each plan, in code order.</summary>
    public IReadOnlyList<IPlanRule> PlanRules { get; }

    /// <summary>The checks run once over the whole site, in code order.</summary>
    public IReadOnlyList<ISiteRule> SiteRules { get; }
}
