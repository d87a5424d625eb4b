using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class MalformedDataFile : Rule
{
    public static readonly MalformedDataFile Instance = new();
    public override string Code => "MAP073";
    public override string Title => "Data file in input/data is malformed";
    public override string Stage => "metrics";
    public override string Help => "A Mobility Metrics CSV in input/data has a row StaticMap cannot read (bad quoting, a missing or extra value, a FIPS code or year that is not a number, a value that is not a number); fix the row or download the file from Urban again.";

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);
}
