using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class UnknownField : Rule
{
    public static readonly UnknownField Instance = new();
    public override string Code => "MAP015";
    public override string Title => "Unknown field";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "parse";
    public override string Help => "StaticMap does not know this field and ignores it; it is usually a typo of a known field.";

    public Diagnostic Create(SourceSpan at, string field, string where, IReadOnlyList<string> known)
    {
        var closest = Spelling.Closest(field, known);
        return At(at, closest is null
            ? $"'{field}' is not a field of {where} and is ignored; known fields: {string.Join(", ", known)}"
            : $"'{field}' is not a field of {where} and is ignored; did you mean '{closest}'?");
    }
}
