using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class UnreadableFile : Rule
{
    public static readonly UnreadableFile Instance = new();
    public override string Code => "MAP067";
    public override string Title => "File cannot be read";
    public override string Stage => "read";
    public override string Help => "The file exists but could not be read as text (permissions, a binary file, or a file locked by another program), or it is not a regular file: a named pipe (FIFO), socket or device is refused before it is opened, since reading one could wait forever.";

    public Diagnostic Create(string path, string reason) => At(SourceSpan.File(path),
        $"the file cannot be read: {reason.TrimEnd('.')}; check that it is a readable text file");
}
