using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class ValueOutsideInterval : Rule
{
    public static readonly ValueOutsideInterval Instance = new();
    public override string Code => "MAP043";
    public override string Title => "Value outside its confidence interval";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "metrics";
    public override string Help =>
        "In a plan's data/*.csv, each row needs lb ≤ value ≤ ub. A value outside its bounds is shown as written, with this warning; " +
        "a lower bound above the upper bound is never swapped: the row is shown without its interval until the columns are fixed. " +
        "Check that lb and ub are not swapped and are in the same unit as the value.";

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);
}
