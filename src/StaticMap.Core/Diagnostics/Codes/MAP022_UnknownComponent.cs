using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class UnknownComponent : Rule
{
    public static readonly UnknownComponent Instance = new();
    public override string Code => "MAP022";
    public override string Title => "Unknown component";
    public override string Stage => "parse";
    public override string Help => "'component:' says which of the plan's components the file is; the message lists the values StaticMap knows (docs/authoring.md).";

    public Diagnostic Create(SourceSpan at, string value, IReadOnlyList<string> allowed)
    {
        var closest = Spelling.Closest(value, allowed);
        return At(at, $"'component: {Prose.Shorten(value)}' is not one of the five MAP components" +
            (closest is null ? "" : $" (did you mean '{closest}'?)") + $"; use one of: {string.Join(", ", allowed)}");
    }

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
}
