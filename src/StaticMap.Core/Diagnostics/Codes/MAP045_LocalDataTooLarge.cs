using System.Globalization;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class LocalDataTooLarge : Rule
{
    public static readonly LocalDataTooLarge Instance = new();

    /// <summary>
    /// Rows of a plan's own CSV. A file is one metric of one place: 20,000 rows is 100 groups over 200 years (every year
    /// StaticMap accepts). A larger file is not chart data, and would make a page of several megabytes.
    /// </summary>
    public const int MaxRows = 20_000;

    public override string Code => "MAP045";
    public override string Title => "Local data file too large to chart";
    public override string Stage => "metrics";
    public override string Help =>
        "A plan's data/*.csv may have at most 20,000 rows (100 groups over 200 years); larger files are refused. " +
        "Keep the rows the chart shows: one per year and subgroup, summarised from the raw records.";

    public Diagnostic Create(SourceSpan at, string path) =>
        At(at, $"{path} has more than {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows, too many to chart; keep one row per year and subgroup (summarise the raw records), " +
               "or split it into one file per metric");
}
