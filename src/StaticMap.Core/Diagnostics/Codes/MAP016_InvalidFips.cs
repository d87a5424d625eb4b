using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidFips : Rule
{
    public static readonly InvalidFips Instance = new();
    public override string Code => "MAP016";
    public override string Title => "Invalid FIPS code";
    public override string Stage => "parse";
    public override string Help => "A county FIPS code is 5 digits (2 for the state, 3 for the county, e.g. \"06001\"); a place is 7 digits. Quote it so leading zeros are kept.";

    public Diagnostic Create(SourceSpan at, string field, string value, string jurisdictionType)
    {
        var digits = jurisdictionType == "city" ? 7 : 5;
        var example = digits == 5 ? "\"06001\" for Alameda County, CA" : "\"0644000\" for Los Angeles city, CA";
        return At(at, $"'{field}' is '{Prose.Shorten(value)}', which is not a {digits}-digit {(digits == 5 ? "county" : "place")} FIPS code; write it in quotes, e.g. {example}");
    }

    /// <summary>A value as quoted in a message: whole when short, cut when an author (or an attacker) wrote pages of it.</summary>
}
