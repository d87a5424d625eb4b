namespace StaticMap.BrowserTests.Infrastructure;

/// <param name="Rule">The axe rule id.</param>
/// <param name="Page">The page's path.</param>
/// <param name="Target">A piece of the failing elements' selectors; only elements that match it are excused.</param>
/// <param name="Reason">Why it cannot be fixed in the theme, and what fixes it.</param>
public sealed record KnownIssue(string Rule, string Page, string Target, string Reason);

/// <summary>
/// Violations that need a change outside the theme (in src/), excused one by one until that change lands.
/// Each entry must still happen: once it is fixed the test fails and asks for the entry to be removed.
/// </summary>
public static class KnownIssues
{
    public static readonly KnownIssue[] Axe = [];

    /// <summary>The violation without the elements a known issue excuses; null when nothing is left.</summary>
    public static AxeViolation? Excuse(string page, AxeViolation violation, ISet<KnownIssue> used)
    {
        var issues = Axe.Where(k => k.Rule == violation.Rule && k.Page == page).ToList();
        if (issues.Count == 0) return violation;
        var left = violation.Targets.Where(t => !issues.Any(k => t.Contains(k.Target, StringComparison.Ordinal))).ToList();
        foreach (var issue in issues.Where(k => violation.Targets.Any(t => t.Contains(k.Target, StringComparison.Ordinal)))) used.Add(issue);
        return left.Count == 0 ? null : violation with { Targets = left };
    }
}
