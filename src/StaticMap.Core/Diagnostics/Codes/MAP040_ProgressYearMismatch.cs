using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class ProgressYearMismatch : Rule
{
    public static readonly ProgressYearMismatch Instance = new();
    public override string Code => "MAP040";
    public override string Title => "Progress year does not match the file name";
    public override string Stage => "parse";
    public override string Help => "progress/2024.md must say 'year: 2024'; rename the file or correct the year.";

    public Diagnostic Create(SourceSpan at, int year, int fileYear, string path) =>
        At(at, $"'year' is {year} but the file is {path}; make them agree (rename the file to progress/{year}.md or set 'year: {fileYear}')");
}
