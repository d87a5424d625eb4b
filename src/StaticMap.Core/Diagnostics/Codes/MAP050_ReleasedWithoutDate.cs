using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class ReleasedWithoutDate : Rule
{
    public static readonly ReleasedWithoutDate Instance = new();
    public override string Code => "MAP050";
    public override string Title => "Released plan without a release date";
    public override string Stage => "parse";
    public override string Help => "A plan with 'status: released' needs 'released: YYYY-MM-DD', the date of its public release.";

    public Diagnostic Create(SourceSpan statusSpan) =>
        At(statusSpan, "the plan is released but has no 'released' date; add 'released: YYYY-MM-DD' to plan.yml, or set 'status: draft'");
}
