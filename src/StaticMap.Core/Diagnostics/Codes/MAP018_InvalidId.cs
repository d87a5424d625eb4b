using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidId : Rule
{
    public static readonly InvalidId Instance = new();
    public override string Code => "MAP018";
    public override string Title => "Id is not lowercase kebab-case";
    public override string Stage => "parse";
    public override string Help => "Ids of logic-model items and indicators are lowercase letters, digits and single hyphens, e.g. 'youth-jobs-program'.";

    public Diagnostic Create(SourceSpan at, string field, string value, string suggestion) =>
        At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not a valid id; use lowercase kebab-case, e.g. '{suggestion}'");

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
}
