using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// <c>staticmap check --release</c> only: a draft plan has no release date yet. (A plan already released without one is
/// MAP050, an error of every check.) Run by <see cref="Release.ReleaseChecklist"/>, not by every check.
/// </summary>
public sealed class ReleaseWithoutDate() : DiagnosticCode("MAP092", "release", "Release checklist: the plan has no release date", Severity.Warning,
    help: "Reported by 'staticmap check --release'. The plan's pages, its summary and its feed entry show the date it was released: add 'released: YYYY-MM-DD' to plan.yml with the day of the public release, then set 'status: released'.")
{
    public static readonly ReleaseWithoutDate Instance = new();

    public Diagnostic? Check(Plan plan) => plan.Metadata.Released is not null ? null
        : At(plan.Metadata.StatusSpan, "plan.yml has no 'released' date; add 'released: YYYY-MM-DD' with the day of the public release, then set 'status: released'");
}
