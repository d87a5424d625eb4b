using System.Globalization;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class DataFilesDisagree : Rule
{
    public static readonly DataFilesDisagree Instance = new();
    public override string Code => "MAP079";
    public override string Title => "Data files disagree";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "metrics";
    public override string Help => "Two files in input/data give different values for the same metric, place, year and subgroup, and neither takes precedence (both are everyone files, or both subgroup files); the site shows the value of the first file in path order. Keep one release of each file: remove the older one, or check which is right.";

    /// <param name="shown">The file whose values the site shows.</param>
    /// <param name="other">The file whose different values are not shown; the warning points at it.</param>
    /// <param name="count">How many estimates differ between the two files.</param>
    /// <param name="example">One of them, e.g. "share_employed for 0653000 (Oakland city, California) in 2018 (everyone)".</param>
    public Diagnostic Create(string shown, string other, int count, string example, string shownValue, string otherValue) =>
        At(SourceSpan.File(other),
            $"{other} and {shown} give different values for {count.ToString(CultureInfo.InvariantCulture)} estimate{(count == 1 ? "" : "s")}, " +
            $"e.g. {example}: {otherValue} in {other} but {shownValue} in {shown}; the site shows the values of {shown} " +
            "(the first of the two in path order); remove the file that is out of date, or keep only one release of each file");
}
