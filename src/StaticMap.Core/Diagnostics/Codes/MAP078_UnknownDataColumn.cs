using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class UnknownDataColumn : Rule
{
    public static readonly UnknownDataColumn Instance = new();
    public override string Code => "MAP078";
    public override string Title => "Data file has metrics StaticMap does not know";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "metrics";
    public override string Help => "Columns or metric names that look like Mobility Metrics but are not in the catalog (docs/metrics.md) are ignored; they may come from an older or newer Urban release. Plans cannot show them.";

    public Diagnostic Create(string path, IReadOnlyCollection<string> names, string what)
    {
        const int shown = 8;
        var list = string.Join(", ", names.Take(shown)) + (names.Count > shown ? $" and {names.Count - shown} more" : "");
        return At(SourceSpan.File(path),
            $"the {what} {list} {(names.Count == 1 ? "is" : "are")} not in StaticMap's metric catalog and {(names.Count == 1 ? "is" : "are")} ignored; see docs/metrics.md for the variables StaticMap reads");
    }
}
