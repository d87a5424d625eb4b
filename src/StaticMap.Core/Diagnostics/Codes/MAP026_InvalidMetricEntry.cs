using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidMetricEntry : Rule
{
    public static readonly InvalidMetricEntry Instance = new();
    public override string Code => "MAP026";
    public override string Title => "Findings metric needs 'metric' or 'file'";
    public override string Stage => "parse";
    public override string Help => "Each entry of 'metrics' is either an Urban Mobility Metric ('metric: share_employed') or a local CSV ('file', 'label' and 'unit'), not both.";

    public Diagnostic CreateNeither(SourceSpan at, string where) =>
        At(at, $"'{where}' needs 'metric' (an Urban Mobility Metrics variable such as share_employed) or 'file' with 'label' and 'unit' (a CSV in data/)");

    public Diagnostic CreateBoth(SourceSpan at, string where) =>
        At(at, $"'{where}' has both 'metric' and 'file'; keep 'metric' for Urban data or 'file' for a local CSV, and move the other to its own entry");
}
