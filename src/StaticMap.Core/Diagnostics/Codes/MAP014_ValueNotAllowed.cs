using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class ValueNotAllowed : Rule
{
    public static readonly ValueNotAllowed Instance = new();
    public override string Code => "MAP014";
    public override string Title => "Value not one of the allowed values";
    public override string Stage => "parse";
    public override string Help => "The field takes one of a fixed list of values; the message lists them and suggests the closest.";

    public Diagnostic Create(SourceSpan at, string field, string value, IReadOnlyList<string> allowed)
    {
        var closest = Spelling.Closest(value, allowed);
        var suggestion = closest is null ? "" : $" (did you mean '{closest}'?)";
        return At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not allowed{suggestion}; use one of: {string.Join(", ", allowed)}");
    }

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
}
