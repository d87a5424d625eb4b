using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>
/// A rule that checks one plan as a whole, after parsing. A new check is one class implementing this. Its scope is the
/// plan and what <see cref="Reads"/> declares: it runs again for a plan only when that plan or one of those changed.
/// </summary>
public interface IPlanRule
{
    void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics);

    /// <summary>What the rule reads besides the plan; by default everything, so it runs over every plan on every run.</summary>
    RuleInputs Reads => RuleInputs.Everything;
}

/// <summary>What plan rules may consult besides the plan: the whole site, its links and the data.</summary>
/// <param name="FilesWithErrors">Files that already have an error from reading or parsing. A rule whose check depends on
/// such a file stays quiet, so one fault gives one diagnostic rather than a cascade.</param>
public sealed record ValidationContext(SiteInput Site, LinkResolver Links, Metrics.MetricsContext Metrics, IReadOnlySet<string> FilesWithErrors)
{
    public ValidationContext(SiteInput site, LinkResolver links, Metrics.MetricsContext metrics)
        : this(site, links, metrics, new HashSet<string>())
    {
    }

    public bool HasErrors(string path) => FilesWithErrors.Contains(path);

    /// <summary>The build date and report grace, for the overdue-report rule; today by the system clock unless the build says otherwise.</summary>
    public Progress.ReportingCalendar Calendar { get; init; } = Progress.ReportingCalendar.On(TimeProvider.System);

    /// <summary>The rules <see cref="Validator"/> runs: the build's registry's; none for a context a test makes to call one rule itself.</summary>
    public RuleSet Rules { get; init; } = RuleSet.None;

    /// <summary>The interface text of the theme the run uses (MAP085); null for a context made without a theme.</summary>
    public Localization.ThemeStrings? Strings { get; init; }

    private IReadOnlyList<PlanSummary>? _summaries;

    /// <summary>What the rules that look across plans read of each plan (<see cref="PlanSummary"/>), in the site's order;
    /// the validate stage keeps them per plan, a context made by hand summarises <see cref="Site"/>.</summary>
    public IReadOnlyList<PlanSummary> Summaries
    {
        get => _summaries ??= Site.Plans.Select(PlanSummary.Of).ToList();
        init => _summaries = value;
    }
}
