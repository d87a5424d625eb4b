namespace StaticMap.Core.Diagnostics.Codes;

// Codes raised by reading the repository: folders, files, their text and YAML. One entry each: code, stage, title, severity and help (docs/rules.md), and its typed message builders.

public sealed class PlanFileMissing() : DiagnosticCode("MAP001", "read", "plan.yml missing",
    help: "Every folder in plans/ needs a plan.yml with title, jurisdiction, status, summary and coalition.")
{
    public static readonly PlanFileMissing Instance = new();

    public Diagnostic Create(string planFolder, bool hasYamlSpelling) => At(SourceSpan.File(planFolder + "/plan.yml"),
        hasYamlSpelling
            ? $"{planFolder} has plan.yaml but StaticMap reads plan.yml; rename the file to plan.yml"
            : $"{planFolder} has no plan.yml; create it with title, jurisdiction, status, summary and coalition (see docs/authoring.md)");
}

public sealed class FileTooLarge() : DiagnosticCode("MAP002", "read", "File too large",
    help: "Plan text files are limited to 5 MB and data files to 256 MB; split long narratives or trim data to the plan's geography.")
{
    public static readonly FileTooLarge Instance = new();

    public Diagnostic Create(string path, long bytes, long limit) => At(SourceSpan.File(path),
        $"the file is {Megabytes(bytes)}, over the {Megabytes(limit)} limit for this kind of file; split it into smaller files or remove what the plan does not use");

    private static string Megabytes(long bytes) => $"{bytes / 1024.0 / 1024.0:0.#} MB";
}

public sealed class InvalidUtf8() : DiagnosticCode("MAP003", "read", "File is not valid UTF-8",
    help: "Save the file as UTF-8 (most editors offer 'Save with encoding'); the position is the first byte that is not UTF-8.")
{
    public static readonly InvalidUtf8 Instance = new();

    public Diagnostic Create(SourceSpan at, byte badByte) =>
        At(at, $"the file is not valid UTF-8 (byte 0x{badByte:X2} here); save it with UTF-8 encoding");
}

public sealed class MalformedYaml() : DiagnosticCode("MAP004", "read", "Malformed YAML",
    help: "The YAML parser stopped here. Check indentation (spaces, not tabs), a colon after each key, and closing quotes and brackets.")
{
    public static readonly MalformedYaml Instance = new();

    public Diagnostic Create(SourceSpan at, string parserMessage) => At(at, $"malformed YAML: {parserMessage}");
}

public sealed class YamlAliasNotAllowed() : DiagnosticCode("MAP005", "read", "YAML anchors and aliases are not supported",
    help: "Write repeated values out in full; anchors (&name) and aliases (*name) are refused so a plan or a theme's strings file cannot expand into a huge document or refer to itself.")
{
    public static readonly YamlAliasNotAllowed Instance = new();

    public Diagnostic Create(SourceSpan at, string name) =>
        At(at, $"YAML anchors and aliases ('&{name}', '*{name}') are not supported in plans or strings files; write the value out in full");
}

public sealed class YamlTooLarge() : DiagnosticCode("MAP006", "read", "YAML nested too deeply or too large",
    help: "No plan needs more than a few levels of nesting; flatten the structure the message points at.")
{
    public static readonly YamlTooLarge Instance = new();

    public Diagnostic CreateTooDeep(SourceSpan at, int maxDepth) =>
        At(at, $"YAML is nested more than {maxDepth} levels deep here; no part of a plan needs that, so flatten it");

    public Diagnostic CreateTooManyNodes(SourceSpan at, int maxNodes) =>
        At(at, $"YAML has more than {maxNodes:N0} values; split the content or move data to a CSV file in data/");
}

public sealed class FrontMatterMissing() : DiagnosticCode("MAP007", "read", "Front matter missing or not closed",
    help: "A component or progress file starts with a line '---', then YAML fields, then a closing line '---', then the Markdown narrative.")
{
    public static readonly FrontMatterMissing Instance = new();

    public Diagnostic CreateMissing(string path, string example) => At(SourceSpan.File(path),
        $"the file has no front matter; start it with a '---' line, then {example}, then a closing '---' line");

    public Diagnostic CreateUnclosed(string path) => At(SourceSpan.File(path),
        "the front matter that starts on line 1 is never closed; add a line with '---' after the last YAML field");
}

public sealed class DuplicateYamlKey() : DiagnosticCode("MAP008", "read", "Key written twice",
    help: "A key may appear once per mapping; merge the two values and delete one of the keys.")
{
    public static readonly DuplicateYamlKey Instance = new();

    public Diagnostic Create(SourceSpan at, string key) =>
        At(at, $"'{key}' is written twice in the same mapping; keep one and delete the other");
}

public sealed class InvalidPlanId() : DiagnosticCode("MAP009", "read", "Plan folder name is not a valid plan id",
    help: "Plan folders are lowercase kebab-case (letters, digits, single hyphens), because the name becomes the plan's URL.")
{
    public static readonly InvalidPlanId Instance = new();

    public Diagnostic Create(string planFolder, string id, string suggestion) => At(SourceSpan.File(planFolder),
        $"plan folder '{id}' is not a valid plan id; rename it to lowercase kebab-case, e.g. '{suggestion}' (it becomes the URL)");
}

public sealed class FolderTooDeep() : DiagnosticCode("MAP028", "read", "Folder nested too deeply",
    help: "StaticMap reads a plan's assets/, input/assets/, input/data/ and the theme's folders 12 folders deep, no deeper (so a loop or a huge tree cannot stall a build). A folder below that would not be published: move its files up.")
{
    public static readonly FolderTooDeep Instance = new();

    public Diagnostic Create(string folder, string start, int maxDepth) => At(SourceSpan.File(folder),
        $"this folder is more than {maxDepth} folders below {start}/, deeper than StaticMap reads, so nothing in it would be published; move its files up, at most {maxDepth} folders deep");
}

public sealed class SymlinkOutsideRepository() : DiagnosticCode("MAP066", "read", "Symbolic link points outside the repository, or a hard link",
    help: "StaticMap never reads files outside the repository (plans/, input/, theme/), nor outside the theme folder for its default theme or a --theme folder outside the repository; links are resolved as the file system resolves them. Replace the link with a copy of the file. A file of plans/ or input/ with more than one hard link (name) is not read either: a hard link cannot be told apart from the file it names, which may be outside the repository (/etc/passwd); replace it with a copy. `staticmap new` and `staticmap progress` write through no link at all: a linked plans/, plan folder or progress/ is refused and nothing is written.")
{
    public static readonly SymlinkOutsideRepository Instance = new();

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

public sealed class UnreadableFile() : DiagnosticCode("MAP067", "read", "File cannot be read",
    help: "The file exists but could not be read as text (permissions, a binary file, or a file locked by another program), or it is not a regular file: a named pipe (FIFO), socket or device is refused before it is opened, since reading one could wait forever.")
{
    public static readonly UnreadableFile Instance = new();

    public Diagnostic Create(string path, string reason) => At(SourceSpan.File(path),
        $"the file cannot be read: {reason.TrimEnd('.')}; check that it is a readable text file");
}
