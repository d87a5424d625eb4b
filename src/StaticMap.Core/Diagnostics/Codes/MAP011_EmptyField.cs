using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class EmptyField : Rule
{
    public static readonly EmptyField Instance = new();
    public override string Code => "MAP011";
    public override string Title => "Required field empty";
    public override string Stage => "parse";
    public override string Help => "The field is present but has no value (or an empty list); fill it in.";

    public Diagnostic Create(SourceSpan at, string field, string what) =>
        At(at, $"'{field}' is empty; fill in {what}");
}
