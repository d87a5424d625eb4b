using System.Globalization;

namespace StaticMap.Core.Diagnostics.Codes;

// Codes raised by loading the data: Urban's CSV files and plans' own data/*.csv. One entry each: code, stage, title, severity and help (docs/rules.md), and its typed message builders.

public sealed class ValueOutsideInterval() : DiagnosticCode("MAP043", "metrics", "Value outside its confidence interval", Severity.Warning,
    help: "In a plan's data/*.csv, each row needs lb ≤ value ≤ ub. A value outside its bounds is shown as written, with this warning; " +
        "a lower bound above the upper bound is never swapped: the row is shown without its interval until the columns are fixed. " +
        "Check that lb and ub are not swapped and are in the same unit as the value.")
{
    public static readonly ValueOutsideInterval Instance = new();

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);
}

public sealed class LocalDataTooLarge() : DiagnosticCode("MAP045", "metrics", "Local data file too large to chart",
    help: "A plan's data/*.csv may have at most 20,000 rows (100 groups over 200 years); larger files are refused. " +
        "Keep the rows the chart shows: one per year and subgroup, summarised from the raw records.")
{
    public static readonly LocalDataTooLarge Instance = new();

    /// <summary>
    /// Rows of a plan's own CSV. A file is one metric of one place: 20,000 rows is 100 groups over 200 years (every year
    /// StaticMap accepts). A larger file is not chart data, and would make a page of several megabytes.
    /// </summary>
    public const int MaxRows = 20_000;

    public Diagnostic Create(SourceSpan at, string path) =>
        At(at, $"{path} has more than {MaxRows.ToString("N0", CultureInfo.InvariantCulture)} rows, too many to chart; keep one row per year and subgroup (summarise the raw records), " +
               "or split it into one file per metric");
}

public sealed class MalformedDataFile() : DiagnosticCode("MAP073", "metrics", "Data file in input/data is malformed",
    help: "A Mobility Metrics CSV in input/data has a row StaticMap cannot read (bad quoting, a missing or extra value, a FIPS code or year that is not a number, a value that is not a number); fix the row or download the file from Urban again.")
{
    public static readonly MalformedDataFile Instance = new();

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);
}

// Raised while the data are loaded (Metrics/LocalMetricReader); docs/rules.md has long listed it under the validate stage.
public sealed class InvalidLocalData() : DiagnosticCode("MAP074", "validate", "Local data file cannot be charted",
    help: "A plan's data/*.csv needs a header with 'year' and 'value' (optionally 'subgroup_type', 'subgroup', 'lb', 'ub', 'quality'), one value per column in every row, one row per year and subgroup, and a quality of 1, 2 or 3 (or Strong, Marginal or Weak). Years that are not years are MAP013, numbers that are not plain numbers MAP042.")
{
    public static readonly InvalidLocalData Instance = new();

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);
}

public sealed class DataFileSkipped() : DiagnosticCode("MAP077", "metrics", "Data file in input/data is not in a Mobility Metrics layout", Severity.Warning,
    help: "Files in input/data need a 'year' column, the geography ('state' and 'county', 'state' and 'place', or 'geoid') and metric columns; Urban's 'recent' files without a year are skipped: use the longitudinal file instead.")
{
    public static readonly DataFileSkipped Instance = new();

    public Diagnostic Create(string path, string reason) =>
        At(SourceSpan.File(path), $"this file is skipped: {reason}");
}

public sealed class UnknownDataColumn() : DiagnosticCode("MAP078", "metrics", "Data file has metrics StaticMap does not know", Severity.Warning,
    help: "Columns or metric names that look like Mobility Metrics but are not in the catalog (docs/metrics.md) are ignored; they may come from an older or newer Urban release. Plans cannot show them.")
{
    public static readonly UnknownDataColumn Instance = new();

    public Diagnostic Create(string path, IReadOnlyCollection<string> names, string what)
    {
        const int shown = 8;
        var list = string.Join(", ", names.Take(shown)) + (names.Count > shown ? $" and {names.Count - shown} more" : "");
        return At(SourceSpan.File(path),
            $"the {what} {list} {(names.Count == 1 ? "is" : "are")} not in StaticMap's metric catalog and {(names.Count == 1 ? "is" : "are")} ignored; see docs/metrics.md for the variables StaticMap reads");
    }
}

public sealed class DataFilesDisagree() : DiagnosticCode("MAP079", "metrics", "Data files disagree", Severity.Warning,
    help: "Two files in input/data give different values for the same metric, place, year and subgroup, and neither takes precedence (both are everyone files, or both subgroup files); the site shows the value of the first file in path order. The message writes the two values as the site writes the metric (\"$15,196\", \"80.4%\", \"3,100,000\"), with more decimals where two values would read alike. Keep one release of each file: remove the older one, or check which is right.")
{
    public static readonly DataFilesDisagree Instance = new();

    /// <param name="shown">The file whose values the site shows.</param>
    /// <param name="other">The file whose different values are not shown; the warning points at it.</param>
    /// <param name="count">How many estimates differ between the two files.</param>
    /// <param name="example">One of them, e.g. "share_employed for 0653000 (Oakland city, California) in 2018 (everyone)".</param>
    /// <param name="shownValue">Its value in <paramref name="shown"/>, as the site writes the metric ("80.4%").</param>
    public Diagnostic Create(string shown, string other, int count, string example, string shownValue, string otherValue) =>
        At(SourceSpan.File(other),
            $"{other} and {shown} give different values for {count.ToString(CultureInfo.InvariantCulture)} estimate{(count == 1 ? "" : "s")}, " +
            $"e.g. {example}: {otherValue} in {other} but {shownValue} in {shown}; the site shows the values of {shown} " +
            "(the first of the two in path order); remove the file that is out of date, or keep only one release of each file");
}
