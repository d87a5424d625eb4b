using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Reading;

/// <summary>
/// The one way StaticMap reads the folders it builds from: plans/, input/ (pages, assets, data), theme/ (layouts,
/// partials, static, libman.json) and the default theme that ships next to the binary. No other code opens, lists or
/// tests files by path under those folders (a unit test greps the sources to keep it so).
/// </summary>
/// <remarks>
/// <para>Everything is read relative to a <see cref="Root"/>: the repository for plans/, input/ and a theme inside the
/// repository; the theme folder itself for StaticMap's default theme and for a <c>--theme</c> folder outside the
/// repository. Symbolic links are resolved one part at a time, as the file system resolves them, and a path whose real
/// location is outside the root is refused (MAP066 at the path). Linked folders are not followed, even inside the root,
/// so a link cannot make a loop.</para>
/// <para>Only regular files are read. A named pipe, socket or device is refused (MAP067) before it is opened: opening a
/// named pipe for reading waits for a writer that never comes, and a device can be endless. The type is checked with
/// stat(), which never blocks (<see cref="FileKinds"/>), and again on the open handle.</para>
/// </remarks>
public sealed class RepositoryFiles
{
    private const int MaxLinks = 40;

    /// <summary>How deep <see cref="FilesRecursive"/> goes below the folder it starts at.</summary>
    public const int MaxFolderDepth = 12;

    private static readonly ConcurrentDictionary<string, string> RealRoots = new(StringComparer.Ordinal);
    private readonly DiagnosticBag? _diagnostics;
    private readonly string? _displayPrefix;
    private readonly string _realRoot;
    // The repository in memory that holds the root (a git revision for staticmap diff), or null for a folder on disk.
    private readonly MemoryRepository? _memory;

    /// <param name="root">The folder nothing is read outside of.</param>
    /// <param name="diagnostics">Where refusals are reported; null to report nothing (the throwing methods still throw).</param>
    /// <param name="displayPrefix">How paths are shown in diagnostics: null for root-relative paths (the repository), or a
    /// prefix such as the default theme's folder.</param>
    /// <param name="rootName">How the root is named in messages: "the repository" or "the theme folder".</param>
    public RepositoryFiles(string root, DiagnosticBag? diagnostics = null, string? displayPrefix = null, string rootName = "the repository")
    {
        Root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        if (Root.Length == 0) Root = Path.GetPathRoot(Path.GetFullPath(root))!;
        _diagnostics = diagnostics;
        _displayPrefix = displayPrefix?.TrimEnd('/');
        RootName = rootName;
        _memory = MemoryRepository.Holding(Root);
        _realRoot = _memory is not null ? Root : RealRoots.GetOrAdd(Root, r => RealPathFromScratch(r) ?? r);
    }

    private RepositoryFiles(RepositoryFiles other, DiagnosticBag? diagnostics)
    {
        Root = other.Root;
        _diagnostics = diagnostics;
        _displayPrefix = other._displayPrefix;
        RootName = other.RootName;
        _realRoot = other._realRoot;
        _memory = other._memory;
    }

    /// <summary>Where refusals are reported; null when they are not.</summary>
    public DiagnosticBag? Diagnostics => _diagnostics;

    /// <summary>The root as given, full path without a trailing separator.</summary>
    public string Root { get; }

    public string RootName { get; }

    /// <summary>The same root, reporting into another bag (a theme is loaded once and read by many rebuilds).</summary>
    public RepositoryFiles With(DiagnosticBag? diagnostics) => new(this, diagnostics);

    /// <summary>The path as diagnostics show it, with '/'.</summary>
    public string Relative(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        return _displayPrefix is null ? relative : relative == "." ? _displayPrefix : $"{_displayPrefix}/{relative}";
    }

    /// <summary>A root-relative path with '/' as a full path.</summary>
    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    // ---- Listing ----------------------------------------------------------------------------------------------------

    /// <summary>The folders in <paramref name="dir"/>; linked folders are left out (MAP066 when they lead outside).</summary>
    public IEnumerable<string> Folders(string dir) =>
        IsSafeFolder(dir) ? List(dir, folders: true).Where(d => IsSafe(d, isFolder: true)) : [];

    /// <summary>The regular files in <paramref name="dir"/>, hidden ones left out; links out and special files are reported.</summary>
    public IEnumerable<string> Files(string dir) =>
        IsSafeFolder(dir)
            ? List(dir, folders: false).Where(f => !Path.GetFileName(f).StartsWith('.') && IsSafe(f, isFolder: false))
            : [];

    /// <summary>The regular files in <paramref name="dir"/> and its folders at any depth (up to
    /// <see cref="MaxFolderDepth"/>; a folder below that is MAP028, not silence), skipping hidden files and folders.</summary>
    public IEnumerable<string> FilesRecursive(string dir) => FilesRecursive(dir, dir, 0);

    private IEnumerable<string> FilesRecursive(string start, string dir, int depth)
    {
        if (!IsSafeFolder(dir)) yield break;
        foreach (var f in Files(dir)) yield return f;
        foreach (var sub in List(dir, folders: true).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            if (depth + 1 > MaxFolderDepth)
            {
                _diagnostics?.Add(FolderTooDeep.Instance.Create(Relative(sub), Relative(start), MaxFolderDepth));
                continue;
            }
            foreach (var f in FilesRecursive(start, sub, depth + 1))
                yield return f;
        }
    }

    /// <summary>The entries of a folder; a folder the system will not list (permissions, removed meanwhile, a disk error) is
    /// MAP067 at the folder with the system's reason, and lists nothing.</summary>
    private List<string> List(string dir, bool folders)
    {
        try
        {
            if (_memory is not null) return _memory.Entries(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar), folders).ToList();
            return (folders ? Directory.EnumerateDirectories(dir) : Directory.EnumerateFiles(dir)).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics?.Add(UnreadableFile.Instance.Create(Relative(dir), SystemErrors.Reason(ex)));
            return [];
        }
    }

    /// <summary>Whether <paramref name="dir"/> is a folder that may be listed: it exists, is inside the root, and neither it
    /// nor any folder between it and the root is a link. Says nothing; listing it reports what is wrong.</summary>
    public bool IsFolder(string dir) => With(null).IsSafeFolder(dir);

    /// <summary>Whether <paramref name="path"/> is a regular file that <see cref="Open"/> would read. Says nothing.</summary>
    public bool IsFile(string path) => Check(Path.GetFullPath(path), out _, out _) is null;

    // ---- Reading ----------------------------------------------------------------------------------------------------

    /// <summary>Opens a regular file inside the root for reading; null, with MAP066 or MAP067 at the path, when it is
    /// refused or cannot be opened.</summary>
    public SourceFile? Open(string fullPath)
    {
        try
        {
            return OpenOrThrow(fullPath);
        }
        catch (RefusedFileException ex)
        {
            _diagnostics?.Add(ex.Diagnostic);
            return null;
        }
    }

    /// <summary>As <see cref="Open"/>, but a refusal is a <see cref="RefusedFileException"/> (an IOException).</summary>
    public SourceFile OpenOrThrow(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var display = Relative(full);
        if (Check(full, out var real, out var outside) is { } reason)
            throw new RefusedFileException(display, outside ? LinkOut(display) : UnreadableFile.Instance.Create(display, reason));
        if (_memory is not null) return new SourceFile(display, _memory.Read(full)!);
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(real!, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RefusedFileException(display, UnreadableFile.Instance.Create(display, SystemErrors.Reason(ex)));
        }
        // The kind, names and size of the open file in one statx() where there is one (three calls before).
        var opened = FileKinds.OfOpen(handle);
        var kind = opened?.Kind ?? FileKinds.Of(handle);
        if (kind != FileKind.Regular)
        {
            handle.Dispose();
            throw new RefusedFileException(display, UnreadableFile.Instance.Create(display, NotRegular(kind)));
        }
        // Checked on the open handle too, so a hard link made after listing is refused as well.
        if (IsHardLinkGuarded(full) && (opened?.Links ?? FileKinds.LinkCount(handle)) is > 1 and var links)
        {
            handle.Dispose();
            throw new RefusedFileException(display, SymlinkOutsideRepository.Instance.CreateHardLink(display, links));
        }
        return new SourceFile(display, handle, opened?.Length);
    }

    /// <summary>The bytes of a regular file inside the root (see <see cref="OpenOrThrow"/>).</summary>
    public byte[] ReadAllBytes(string relativeOrFullPath)
    {
        using var file = OpenOrThrow(Path.IsPathRooted(relativeOrFullPath) ? relativeOrFullPath : FullPath(relativeOrFullPath));
        return file.ReadAllBytes();
    }

    /// <summary>The text (UTF-8) of a regular file inside the root (see <see cref="OpenOrThrow"/>).</summary>
    public string ReadAllText(string relativeOrFullPath)
    {
        using var file = OpenOrThrow(Path.IsPathRooted(relativeOrFullPath) ? relativeOrFullPath : FullPath(relativeOrFullPath));
        return file.ReadAllText();
    }

    /// <summary>Why the file must not be opened, or null with its real path.</summary>
    private string? Check(string full, out string? real, out bool outside)
    {
        real = null;
        outside = false;
        if (!IsLexicallyInside(full))
        {
            outside = true;
            return "it is outside " + RootName;
        }
        if (_memory is not null)
        {
            real = full;
            return Describe(_memory.Kind(full));
        }
        real = RealPathBelowRoot(full, out var kind);
        if (real is null) return "it is a loop of symbolic links, or a folder on its way cannot be read";
        if (!IsInsideRoot(real))
        {
            outside = true;
            return "it leads outside " + RootName;
        }
        // The resolution's last lstat() is the kind of the real path (not a link): no second stat() of every file read.
        return Describe(kind ?? FileKinds.Target(real));
    }

    private static string? Describe(FileKind kind) =>
        kind switch
        {
            FileKind.Regular => null,
            FileKind.Missing => "it does not exist (was it moved or deleted during the build?)",
            _ => NotRegular(kind),
        };

    private static string NotRegular(FileKind kind) => kind == FileKind.Folder
        ? "it is a folder, not a file"
        : $"it is {FileKinds.Describe(kind)}, not a regular file, and StaticMap reads regular files only (reading it could wait forever or never end)";

    private Diagnostic LinkOut(string display) => RootName == "the repository"
        ? SymlinkOutsideRepository.Instance.Create(display)
        : SymlinkOutsideRepository.Instance.Create(display, RootName);

    // ---- Safety checks ----------------------------------------------------------------------------------------------

    /// <summary>
    /// A folder is listed only when it exists and neither it nor any folder between it and the root is a link: a linked
    /// plans/, input/ or input/data/ would otherwise bring in files from anywhere.
    /// </summary>
    private bool IsSafeFolder(string dir)
    {
        dir = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        if (!IsLexicallyInside(dir)) return false;
        if (_memory is not null) return _memory.Kind(dir) == FileKind.Folder;
        var relative = Path.GetRelativePath(Root, dir);
        if (relative == ".") return Directory.Exists(dir);
        var current = Root;
        foreach (var part in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, part);
            var kind = FileKinds.Of(current);
            if (kind == FileKind.Folder) continue;
            if (kind == FileKind.Link) IsSafe(current, isFolder: true);
            return false;
        }
        return true;
    }

    /// <summary>
    /// A listed entry is read when it is a regular file, or a link to a regular file whose real location, with every link on
    /// the way resolved as the file system resolves it, is inside the root. Named pipes, sockets and devices are MAP067.
    /// </summary>
    private bool IsSafe(string path, bool isFolder)
    {
        if (_memory is not null) return _memory.Kind(path) == (isFolder ? FileKind.Folder : FileKind.Regular);
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Link)
        {
            if (isFolder) return kind == FileKind.Folder;
            if (kind == FileKind.Regular) return !IsHardLink(path);
            if (kind is FileKind.Missing or FileKind.Folder) return false;
            _diagnostics?.Add(UnreadableFile.Instance.Create(Relative(path), NotRegular(kind)));
            return false;
        }
        var target = RealPathBelowRoot(path, out _);
        var inside = target is not null && IsInsideRoot(target);
        if (!inside)
        {
            _diagnostics?.Add(LinkOut(Relative(path)));
            return false;
        }
        // Linked folders inside the root are not followed, so a link cannot make a loop.
        if (isFolder) return false;
        var targetKind = FileKinds.Target(target!);
        if (targetKind == FileKind.Regular) return !IsHardLink(target!, path);
        if (targetKind is not (FileKind.Missing or FileKind.Folder))
            _diagnostics?.Add(UnreadableFile.Instance.Create(Relative(path), NotRegular(targetKind)));
        return false;
    }

    /// <summary>
    /// Whether the file has more than one hard link and lies in plans/ or input/ of the repository, where it is not read
    /// (MAP066 at <paramref name="shownAs"/>): a hard link cannot be told apart from the file it names, which may be
    /// outside the repository. The theme folders are StaticMap's own or the site designer's, and installers hard-link.
    /// </summary>
    private bool IsHardLink(string path, string? shownAs = null)
    {
        if (!IsHardLinkGuarded(path)) return false;
        var links = FileKinds.LinkCount(path);
        if (links <= 1) return false;
        _diagnostics?.Add(SymlinkOutsideRepository.Instance.CreateHardLink(Relative(shownAs ?? path), links));
        return true;
    }

    private bool IsHardLinkGuarded(string full)
    {
        if (RootName != "the repository" || _displayPrefix is not null) return false;
        var relative = Path.GetRelativePath(Root, full).Replace(Path.DirectorySeparatorChar, '/');
        return relative.StartsWith("plans/", StringComparison.Ordinal) || relative.StartsWith("input/", StringComparison.Ordinal);
    }

    private bool IsLexicallyInside(string full) =>
        full == Root || full.StartsWith(Root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private bool IsInsideRoot(string realPath) =>
        realPath == _realRoot || realPath.StartsWith(_realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The real path of a path inside the root: the root's own real path (resolved once), then the rest.</summary>
    /// <param name="kind">The kind of the real path, from the last <c>lstat()</c> of its resolution; null when not known.</param>
    private string? RealPathBelowRoot(string full, out FileKind? kind)
    {
        kind = null;
        if (!IsLexicallyInside(full)) return RealPathFromScratch(full);
        var relative = Path.GetRelativePath(Root, full);
        return relative == "." ? _realRoot : Resolve(_realRoot, relative, out kind);
    }

    /// <summary>
    /// The path with every link in it resolved one part at a time, as the file system does ("linked/../x" leaves
    /// the folder the link leads to, not the link's own folder); null for a loop or a path that cannot be read.
    /// </summary>
    public static string? RealPathFromScratch(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return Resolve(root, full[root.Length..], out _);
    }

    /// <param name="kind">The kind of what the path resolved to (never a link), from the last part's <c>lstat()</c>; null
    /// when the last step was not one (a "..", a link whose target cannot be read).</param>
    private static string? Resolve(string start, string rest, out FileKind? kind)
    {
        kind = null;
        try
        {
            var current = start;
            var pending = new Stack<string>(Parts(rest).Reverse());
            var links = 0;
            while (pending.Count > 0)
            {
                var part = pending.Pop();
                if (part is "" or ".")
                {
                    kind = null;
                    continue;
                }
                if (part == "..")
                {
                    kind = null;
                    current = Path.GetDirectoryName(current) ?? current;
                    continue;
                }
                var next = Path.Combine(current, part);
                var nextKind = FileKinds.Of(next);
                if (nextKind != FileKind.Link)
                {
                    current = next;
                    kind = nextKind;
                    continue;
                }
                kind = null;
                var target = new FileInfo(next).LinkTarget;
                if (target is null)
                {
                    current = next;
                    continue;
                }
                if (++links > MaxLinks) return null;
                if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
                foreach (var p in Parts(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse())
                    pending.Push(p);
            }
            return current;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string[] Parts(string path) => path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
}

/// <summary>A regular file opened by <see cref="RepositoryFiles"/>: read it, copy it, stream it, then dispose it. A file of a
/// <see cref="MemoryRepository"/> is its bytes and has no handle.</summary>
public sealed class SourceFile : IDisposable
{
    private readonly SafeFileHandle? _handle;
    private readonly byte[]? _bytes;

    /// <param name="length">The file's size when the caller has just asked the system for it, else null (asked now).</param>
    internal SourceFile(string displayPath, SafeFileHandle handle, long? length = null)
    {
        DisplayPath = displayPath;
        _handle = handle;
        Length = length ?? RandomAccess.GetLength(handle);
    }

    internal SourceFile(string displayPath, byte[] bytes)
    {
        DisplayPath = displayPath;
        _bytes = bytes;
        Length = bytes.Length;
    }

    /// <summary>The path as diagnostics show it.</summary>
    public string DisplayPath { get; }

    /// <summary>The open file. <exception cref="NotSupportedException">A file held in memory, which has none.</exception></summary>
    public SafeFileHandle Handle => _handle ?? throw new NotSupportedException($"{DisplayPath} is held in memory and has no file handle");

    public long Length { get; }

    /// <summary>Reads from <paramref name="offset"/> into <paramref name="buffer"/>; the bytes read, 0 at the end.</summary>
    public int Read(Span<byte> buffer, long offset)
    {
        if (_handle is not null) return RandomAccess.Read(_handle, buffer, offset);
        if (offset >= _bytes!.Length) return 0;
        var count = (int)Math.Min(buffer.Length, _bytes.Length - offset);
        _bytes.AsSpan((int)offset, count).CopyTo(buffer);
        return count;
    }

    public byte[] ReadAllBytes()
    {
        if (_bytes is not null) return _bytes.ToArray();
        if (Length > Array.MaxLength) throw new IOException($"{DisplayPath} is too large to read");
        var bytes = new byte[Length];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = Read(bytes.AsSpan(read), read);
            if (n == 0) break;
            read += n;
        }
        return read == bytes.Length ? bytes : bytes[..read];
    }

    /// <summary>The text of the file as UTF-8, without a byte order mark.</summary>
    public string ReadAllText()
    {
        var bytes = ReadAllBytes();
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    /// <summary>A stream over the file (unbuffered: readers such as CsvHelper buffer themselves); it leaves the handle open.</summary>
    public Stream OpenStream() => _bytes is not null
        ? new MemoryStream(_bytes, writable: false)
        : new FileStream(new SafeFileHandle(_handle!.DangerousGetHandle(), ownsHandle: false), FileAccess.Read, bufferSize: 0);

    public void Dispose() => _handle?.Dispose();
}

/// <summary>A file <see cref="RepositoryFiles"/> will not read: a link out of the root, a special file, or one the system
/// refused to open. <see cref="Diagnostic"/> says which.</summary>
public sealed class RefusedFileException(string path, Diagnostic diagnostic) : IOException(diagnostic.Message)
{
    public string Path { get; } = path;

    public Diagnostic Diagnostic { get; } = diagnostic;
}
