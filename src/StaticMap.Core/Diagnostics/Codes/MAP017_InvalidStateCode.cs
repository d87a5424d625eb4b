using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidStateCode : Rule
{
    public static readonly InvalidStateCode Instance = new();
    public override string Code => "MAP017";
    public override string Title => "Invalid state code";
    public override string Stage => "parse";
    public override string Help => "Use the two-letter USPS code of the state, e.g. CA, MN, PA, or DC.";

    public Diagnostic Create(SourceSpan at, string value) =>
        At(at, $"'jurisdiction.state' is '{Prose.Shorten(value)}', which is not a USPS state code; use two capital letters, e.g. CA");

    public Diagnostic CreateMismatch(SourceSpan at, string state, string fips, string expectedState) =>
        At(at, $"'jurisdiction.fips' {fips} is in {expectedState}, but 'jurisdiction.state' is {state}; correct one of them");

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
}
