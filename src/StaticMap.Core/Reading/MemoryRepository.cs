using System.Collections.Concurrent;

namespace StaticMap.Core.Reading;

/// <summary>
/// A read-only repository held in memory: its regular files by path ("plans/alameda-county/plan.yml"), e.g. a git
/// revision read with <c>git ls-tree</c> and <c>git cat-file</c> (<c>staticmap diff</c>), so a revision is built without
/// writing a file. While mounted, every <see cref="RepositoryFiles"/> whose root is <see cref="Root"/> or a folder inside
/// it lists and reads from memory, so the whole pipeline reads it as it reads a folder on disk.
/// </summary>
/// <remarks>
/// Only regular files are in it: a symbolic link, a submodule or anything else a tree holds is simply not a file, and
/// folders are the ones the files imply. <see cref="Root"/> is a path that is no folder on disk; nothing is ever written
/// there. Dispose to unmount.
/// </remarks>
public sealed class MemoryRepository : IDisposable
{
    private static readonly ConcurrentDictionary<string, MemoryRepository> Mounted = new(StringComparer.Ordinal);

    private readonly Dictionary<string, byte[]> _files;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal) { "" };
    // What each folder holds directly, sorted: its folders and its files (paths relative to the root).
    private readonly Dictionary<string, (List<string> Folders, List<string> Files)> _entries = new(StringComparer.Ordinal);

    private MemoryRepository(string root, IReadOnlyDictionary<string, byte[]> files)
    {
        Root = root;
        _files = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        foreach (var path in _files.Keys)
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                _folders.Add(path[..slash]);
        foreach (var path in _files.Keys)
            if (_folders.Contains(path)) throw new ArgumentException($"'{path}' is both a file and a folder", nameof(files));
        foreach (var folder in _folders) _entries[folder] = ([], []);
        foreach (var folder in _folders.Where(f => f.Length > 0)) _entries[Parent(folder)].Folders.Add(folder);
        foreach (var file in _files.Keys) _entries[Parent(file)].Files.Add(file);
        foreach (var (folders, names) in _entries.Values)
        {
            folders.Sort(StringComparer.Ordinal);
            names.Sort(StringComparer.Ordinal);
        }
    }

    /// <summary>The full path the repository is read at (no folder on disk).</summary>
    public string Root { get; }

    /// <summary>
    /// Mounts <paramref name="files"/> (paths relative to the repository, '/' between folders, no "." or ".." part) at a
    /// new root. <exception cref="ArgumentException">A path that is empty, rooted, has an empty, "." or ".." part, or is
    /// both a file and a folder.</exception>
    /// </summary>
    public static MemoryRepository Mount(IReadOnlyDictionary<string, byte[]> files) =>
        Mount(files, Path.Combine(Path.GetTempPath(), "staticmap-memory-" + Guid.NewGuid().ToString("N")));

    /// <summary>
    /// Mounts <paramref name="files"/> at <paramref name="root"/>, a full path that must be no folder on disk, replacing
    /// the repository mounted there (a test site in memory is mounted again at its root after every edit, so the same
    /// root always reads its latest files). Disposing the replaced repository leaves the new one mounted.
    /// </summary>
    public static MemoryRepository Mount(IReadOnlyDictionary<string, byte[]> files, string root)
    {
        foreach (var path in files.Keys)
            if (!IsValidPath(path)) throw new ArgumentException($"'{path}' is not a relative path of a file", nameof(files));
        if (!Path.IsPathFullyQualified(root)) throw new ArgumentException($"'{root}' is not a full path", nameof(root));
        root = root.TrimEnd(Path.DirectorySeparatorChar);
        var repository = new MemoryRepository(root, files);
        Mounted[root] = repository;
        return repository;
    }

    /// <summary>Whether <paramref name="path"/> can name a file: relative, '/' between non-empty parts, none "." or "..".</summary>
    public static bool IsValidPath(string path) =>
        path.Length > 0 && !path.Contains('\0') && !path.Contains('\\')
        && path.Split('/').All(part => part.Length > 0 && part is not ("." or ".."));

    /// <summary>The mounted repository that holds the full path <paramref name="fullPath"/>, if any.</summary>
    internal static MemoryRepository? Holding(string fullPath)
    {
        if (Mounted.IsEmpty) return null;
        foreach (var (root, repository) in Mounted)
            if (fullPath == root || fullPath.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return repository;
        return null;
    }

    /// <summary>What a full path is in this repository: a regular file, a folder, or missing.</summary>
    internal FileKind Kind(string fullPath) =>
        Relative(fullPath) is not { } relative ? FileKind.Missing
        : _files.ContainsKey(relative) ? FileKind.Regular
        : _folders.Contains(relative) ? FileKind.Folder
        : FileKind.Missing;

    /// <summary>The full paths of the folders (or files) directly in the folder <paramref name="fullPath"/>.</summary>
    internal IEnumerable<string> Entries(string fullPath, bool folders)
    {
        if (Relative(fullPath) is not { } relative || !_folders.Contains(relative)) throw new DirectoryNotFoundException($"'{fullPath}' is not a folder");
        var (inFolders, inFiles) = _entries[relative];
        return (folders ? inFolders : inFiles).Select(p => Path.Combine(Root, p.Replace('/', Path.DirectorySeparatorChar))).ToList();
    }

    private static string Parent(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    /// <summary>The bytes of the file at <paramref name="fullPath"/>, or null when there is none.</summary>
    internal byte[]? Read(string fullPath) => Relative(fullPath) is { } relative && _files.TryGetValue(relative, out var bytes) ? bytes : null;

    private string? Relative(string fullPath)
    {
        if (fullPath == Root) return "";
        if (!fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return fullPath[(Root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/').TrimEnd('/');
    }

    public void Dispose() => Mounted.TryRemove(KeyValuePair.Create(Root, this));
}
