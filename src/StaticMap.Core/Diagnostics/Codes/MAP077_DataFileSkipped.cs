using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class DataFileSkipped : Rule
{
    public static readonly DataFileSkipped Instance = new();
    public override string Code => "MAP077";
    public override string Title => "Data file in input/data is not in a Mobility Metrics layout";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "metrics";
    public override string Help => "Files in input/data need a 'year' column, the geography ('state' and 'county', 'state' and 'place', or 'geoid') and metric columns; Urban's 'recent' files without a year are skipped: use the longitudinal file instead.";

    public Diagnostic Create(string path, string reason) =>
        At(SourceSpan.File(path), $"this file is skipped: {reason}");
}
