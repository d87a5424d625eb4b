using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class FrontMatterMissing : Rule
{
    public static readonly FrontMatterMissing Instance = new();
    public override string Code => "MAP007";
    public override string Title => "Front matter missing or not closed";
    public override string Stage => "read";
    public override string Help => "A component or progress file starts with a line '---', then YAML fields, then a closing line '---', then the Markdown narrative.";

    public Diagnostic CreateMissing(string path, string example) => At(SourceSpan.File(path),
        $"the file has no front matter; start it with a '---' line, then {example}, then a closing '---' line");

    public Diagnostic CreateUnclosed(string path) => At(SourceSpan.File(path),
        "the front matter that starts on line 1 is never closed; add a line with '---' after the last YAML field");
}
