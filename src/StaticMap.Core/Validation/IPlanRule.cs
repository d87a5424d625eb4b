using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>A rule that checks one plan as a whole, after parsing. A new check is one class implementing this.</summary>
public interface IPlanRule
{
    void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics);
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
}
