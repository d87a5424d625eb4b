using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Reading;

/// <summary>
/// The one way StaticMap writes into the repository (the scaffolding commands: <c>new</c> writes plans/&lt;id&gt;/,
/// <c>progress</c> writes plans/&lt;id&gt;/progress/&lt;year&gt;.md). The beside-piece of <see cref="RepositoryFiles"/>:
/// every part of a path between the root and the file is looked at with lstat() before anything is written, and a
/// part that is a symbolic link is refused (MAP066 at that part), whether it leads out of the repository (the write
/// would land outside it) or stays inside (the build does not follow linked folders, so it would never read what was
/// written). Nothing is written through a link, and a new file never replaces an existing one.
/// </summary>
public sealed class RepositoryWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly RepositoryFiles _files;

    public RepositoryWriter(string root) => _files = new RepositoryFiles(root);

    public string Root => _files.Root;

    /// <summary>The path as diagnostics show it, repository-relative with '/'.</summary>
    public string Relative(string fullPath) => _files.Relative(Path.GetFullPath(fullPath));

    /// <summary>Whether anything (a file, a folder, a link, even a broken one) is at <paramref name="fullPath"/>.</summary>
    public static bool Exists(string fullPath) => FileKinds.Of(fullPath) != FileKind.Missing;

    /// <summary>Why nothing may be written at <paramref name="fullPath"/> (MAP066 at the first linked part), or null.</summary>
    public Diagnostic? Refusal(string fullPath)
    {
        var full = Path.GetFullPath(fullPath).TrimEnd(Path.DirectorySeparatorChar);
        if (full != Root && !full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return SymlinkOutsideRepository.Instance.CreateWriteOutside(Relative(full));
        var current = Root;
        foreach (var part in Path.GetRelativePath(Root, full).Split(Path.DirectorySeparatorChar))
        {
            if (part is "." or "") continue;
            current = Path.Combine(current, part);
            var kind = FileKinds.Of(current);
            if (kind == FileKind.Missing) return null; // the rest is created, part by part, as real folders
            if (kind != FileKind.Link) continue;
            var real = RepositoryFiles.RealPathFromScratch(current);
            var realRoot = RepositoryFiles.RealPathFromScratch(Root) ?? Root;
            var inside = real is not null && (real == realRoot || real.StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            return inside
                ? SymlinkOutsideRepository.Instance.CreateWriteThroughLink(Relative(current))
                : SymlinkOutsideRepository.Instance.CreateWriteOutside(Relative(current));
        }
        return null;
    }

    /// <summary>Creates <paramref name="fullPath"/> and the folders before it; a linked part is a <see cref="RefusedFileException"/>.</summary>
    public void CreateFolder(string fullPath)
    {
        Refuse(fullPath);
        Directory.CreateDirectory(fullPath);
        // Checked again once the folders exist: a link put in place meanwhile is still refused before a file is written.
        Refuse(fullPath);
    }

    /// <summary>Writes a new file (never over an existing one: an IOException when it exists), creating its folder.</summary>
    public void WriteNew(string fullPath, string text)
    {
        CreateFolder(Path.GetDirectoryName(Path.GetFullPath(fullPath))!);
        Refuse(fullPath);
        using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
        stream.Write(Utf8.GetBytes(text));
    }

    /// <summary>
    /// Appends <paramref name="line"/> to a text file of the repository (creating it) unless one of its lines already is one
    /// of <paramref name="present"/>; false when nothing was written.
    /// </summary>
    public bool AppendLine(string fullPath, string line, IReadOnlyCollection<string> present)
    {
        Refuse(fullPath);
        var existing = Exists(fullPath) ? _files.ReadAllText(fullPath) : "";
        if (existing.Split('\n').Any(l => present.Contains(l.Trim()))) return false;
        var text = (existing.Length > 0 && !existing.EndsWith('\n') ? "\n" : "") + line + "\n";
        using var stream = new FileStream(fullPath, FileMode.Append, FileAccess.Write);
        stream.Write(Utf8.GetBytes(text));
        return true;
    }

    /// <summary>Moves a folder the writer made into place; fails when the target exists.</summary>
    public void MoveFolder(string from, string to)
    {
        Refuse(from);
        Refuse(to);
        Directory.Move(from, to);
    }

    /// <summary>Deletes a folder the writer made (a link is removed, never followed).</summary>
    public void DeleteFolder(string fullPath)
    {
        if (Refusal(fullPath) is not null) return;
        if (FileKinds.Of(fullPath) == FileKind.Folder) Directory.Delete(fullPath, recursive: true);
    }

    private void Refuse(string fullPath)
    {
        if (Refusal(fullPath) is { } refusal) throw new RefusedFileException(refusal.Span.Path, refusal);
    }
}
