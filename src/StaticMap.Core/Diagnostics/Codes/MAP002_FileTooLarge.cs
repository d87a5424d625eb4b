using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class FileTooLarge : Rule
{
    public static readonly FileTooLarge Instance = new();
    public override string Code => "MAP002";
    public override string Title => "File too large";
    public override string Stage => "read";
    public override string Help => "Plan text files are limited to 5 MB and data files to 256 MB; split long narratives or trim data to the plan's geography.";

    public Diagnostic Create(string path, long bytes, long limit) => At(SourceSpan.File(path),
        $"the file is {Megabytes(bytes)}, over the {Megabytes(limit)} limit for this kind of file; split it into smaller files or remove what the plan does not use");

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}
