using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class SymlinkOutsideRepository : Rule
{
    public static readonly SymlinkOutsideRepository Instance = new();
    public override string Code => "MAP066";
    public override string Title => "Symbolic link points outside the repository, or a hard link";
    public override string Stage => "read";
    public override string Help => "StaticMap never reads files outside the repository (plans/, input/, theme/), nor outside the theme folder for its default theme or a --theme folder outside the repository; links are resolved as the file system resolves them. Replace the link with a copy of the file. A file of plans/ or input/ with more than one hard link (name) is not read either: a hard link cannot be told apart from the file it names, which may be outside the repository (/etc/passwd); replace it with a copy. `staticmap new` and `staticmap progress` write through no link at all: a linked plans/, plan folder or progress/ is refused and nothing is written.";

    public Diagnostic Create(string path) => At(SourceSpan.File(path),
        "this is a symbolic link to a file outside the repository, which StaticMap does not read; copy the file into the repository instead");

    /// <summary>For a root that is not the repository, e.g. StaticMap's default theme: <paramref name="rootName"/> is "the theme folder".</summary>
    public Diagnostic Create(string path, string rootName) => At(SourceSpan.File(path),
        $"this is a symbolic link to a file outside {rootName}, which StaticMap does not read; copy the file into {rootName} instead");

    /// <summary>A scaffolding command (new, progress) asked to write through a link that leads out of the repository.</summary>
    public Diagnostic CreateWriteOutside(string path) => At(SourceSpan.File(path),
        "this is a symbolic link to a folder outside the repository, and StaticMap writes nothing through it, so nothing was written; replace the link with a folder of the repository");

    /// <summary>A scaffolding command asked to write through a link inside the repository, which the build would not follow.</summary>
    public Diagnostic CreateWriteThroughLink(string path) => At(SourceSpan.File(path),
        "this is a symbolic link, and StaticMap writes nothing through links (the build does not follow linked folders, so it would never read what was written), so nothing was written; replace the link with a folder");

    /// <summary>A file of plans/ or input/ with more than one name: it may be a hard link to a file outside the repository.</summary>
    public Diagnostic CreateHardLink(string path, long links) => At(SourceSpan.File(path),
        $"this file has {links} hard links (names), so it may be another name for a file outside the repository, which cannot be told; StaticMap does not read it: replace it with a copy (cp {path} {path}.copy && mv {path}.copy {path})");
}
