using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class OutputNotWritable : Rule
{
    public static readonly OutputNotWritable Instance = new();
    public override string Code => "MAP082";
    public override string Title => "Output folder cannot be written";
    public override string Stage => "write";
    public override string Help => "The operating system refused to write the site (the disk is full, the file system is read-only, permission is denied, or a part of the path is a file). The previous site is left as it was; free space or choose another --output and build again.";

    /// <param name="output">The output folder as shown to the user.</param>
    /// <param name="path">The file or folder that could not be written.</param>
    public Diagnostic Create(string output, string path, string reason) => At(SourceSpan.File(output),
        $"the site cannot be written: {reason.TrimEnd('.')}, at {path}; nothing was changed, the previous site is as it was");
}
