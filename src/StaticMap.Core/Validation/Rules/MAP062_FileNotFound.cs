using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Validation.Rules;

public sealed class FileNotFound : Rule
{
    public static readonly FileNotFound Instance = new();
    public override string Code => "MAP062";
    public override string Title => "Referenced file not found";
    public override string Stage => "validate";
    public override string Help => "The file named here does not exist in the plan folder; check the spelling (names are case-sensitive) and that the file was committed.";

    public Diagnostic Create(SourceSpan at, string field, string value, IReadOnlyList<string> candidates)
    {
        var closest = Spelling.Closest(value, candidates);
        return At(at, $"'{field}' names '{value}', which does not exist in the plan folder" +
            (closest is null ? "; add the file or correct the path" : $"; did you mean '{closest}'?"));
    }
}
