using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class ProgressFileName : Rule
{
    public static readonly ProgressFileName Instance = new();
    public override string Code => "MAP041";
    public override string Title => "Progress file not named after its year";
    public override string Stage => "parse";
    public override string Help => "Progress reports are named progress/<year>.md, e.g. progress/2024.md, one per year.";

    public Diagnostic Create(string path) => At(SourceSpan.File(path),
        "progress reports are named after their year, like progress/2024.md; rename this file");
}
