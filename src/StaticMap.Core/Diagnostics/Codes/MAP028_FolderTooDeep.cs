using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class FolderTooDeep : Rule
{
    public static readonly FolderTooDeep Instance = new();
    public override string Code => "MAP028";
    public override string Title => "Folder nested too deeply";
    public override string Stage => "read";
    public override string Help => "StaticMap reads a plan's assets/, input/assets/, input/data/ and the theme's folders 12 folders deep, no deeper (so a loop or a huge tree cannot stall a build). A folder below that would not be published: move its files up.";

    public Diagnostic Create(string folder, string start, int maxDepth) => At(SourceSpan.File(folder),
        $"this folder is more than {maxDepth} folders below {start}/, deeper than StaticMap reads, so nothing in it would be published; move its files up, at most {maxDepth} folders deep");
}
