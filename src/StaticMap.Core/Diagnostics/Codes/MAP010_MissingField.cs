using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class MissingField : Rule
{
    public static readonly MissingField Instance = new();
    public override string Code => "MAP010";
    public override string Title => "Required field missing";
    public override string Stage => "parse";
    public override string Help => "Add the field; the message says where and what it holds. The authoring guide lists every field.";

    /// <param name="at">The mapping that should hold the field.</param>
    /// <param name="field">Dotted path of the field, e.g. "jurisdiction.fips".</param>
    /// <param name="what">What the field holds, e.g. "the 5-digit county FIPS code".</param>
    public Diagnostic Create(SourceSpan at, string field, string what) =>
        At(at, $"'{field}' is required; add {what}");
}
