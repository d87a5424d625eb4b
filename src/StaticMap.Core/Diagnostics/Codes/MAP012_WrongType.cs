using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class WrongType : Rule
{
    public static readonly WrongType Instance = new();
    public override string Code => "MAP012";
    public override string Title => "Value of the wrong type";
    public override string Stage => "parse";
    public override string Help => "The field holds the wrong kind of value, e.g. text where a list is expected. Lists are written one '- item' per line.";

    public Diagnostic Create(SourceSpan at, string field, string expected, string found, string? example = null) =>
        At(at, $"'{field}' must be {expected}, but it is {found}" + (example is null ? "" : $"; write it like {example}"));
}
