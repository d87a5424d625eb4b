using System.Collections.Concurrent;
using System.Text;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;

namespace StaticMap.Tests.Support;

/// <summary>
/// A throwaway copy of a fixture site (by default Fixtures/valid-site, a complete plan that builds clean) that a test
/// edits to introduce one fault, then checks or builds. Positions are found from the text, so assertions read
/// "the diagnostic points at 'peers: 42003'" rather than at magic numbers.
/// </summary>
/// <remarks>
/// <para>A site starts <b>in memory</b>: its files are a dictionary (the fixture is read from disk once per process) mounted
/// as a <see cref="MemoryRepository"/> at <see cref="ReadRoot"/>, a path that is no folder on disk, and mounted again after
/// every edit, so <see cref="Check()"/>, <see cref="Build"/> and any code handed <see cref="ReadRoot"/> (the pipeline,
/// <see cref="SiteBuilder"/>, the preview) read the latest text through <see cref="RepositoryFiles"/> without a file
/// written. Only the output of a build goes to disk (<see cref="Output"/>).</para>
/// <para>A test that needs real files (links, pipes, devices, sizes, a process, git, File or Directory calls) asks for
/// <see cref="Root"/> or <see cref="FullPath"/>, or calls <see cref="OnDisk"/> or <see cref="Link"/>: the site is then
/// written to disk at the same root, unmounted, and from then on every edit goes to disk. So a test can never look at a
/// path on disk that its site does not have.</para>
/// </remarks>
public sealed class TestSite : IDisposable
{
    public const string Plan = "plans/test-county";

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, byte[]>> Fixtures = new(StringComparer.Ordinal);
    private static readonly Lazy<IReadOnlyDictionary<string, byte[]>> ThemeFiles = new(() => ReadTree(ThemeFolder, ["layouts", "partials", "static/css", "static/js", "libman.json"]));

    private readonly string _root;
    // The site's files by relative path while it is in memory; null once it is on disk.
    private Dictionary<string, byte[]>? _files;
    private MemoryRepository? _mount;

    private TestSite(string root, IReadOnlyDictionary<string, byte[]>? files)
    {
        _root = root;
        if (files is null) return;
        _files = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        Remount();
    }

    /// <summary>Whether the site is still in memory (nothing of it written to disk but a build's output).</summary>
    public bool InMemory => _files is not null;

    /// <summary>The site's folder on disk: asking for it writes the site to disk first (<see cref="OnDisk"/>).</summary>
    public string Root => OnDisk()._root;

    /// <summary>
    /// The root to hand to code that reads the site through <see cref="RepositoryFiles"/> (SiteBuilder, the pipeline, the
    /// preview): the in-memory mount while the site is in memory, else the folder on disk. Never open files below it with
    /// File or Directory; use <see cref="Root"/> or <see cref="FullPath"/> for that.
    /// </summary>
    public string ReadRoot => _root;

    public string Output => Path.Combine(_root, "_site");

    /// <summary><see cref="Output"/> as a build's target, the output guard's checks passed, without a search index.</summary>
    public StaticMap.Core.Pipeline.OutputFolderTarget OutputTarget()
    {
        var target = StaticMap.Core.Writing.OutputGuard.Check(Output, _root, out var refusal);
        Xunit.Assert.True(target is not null, refusal);
        return new StaticMap.Core.Pipeline.OutputFolderTarget(target!, "_site", search: false);
    }

    /// <summary>The theme of the StaticMap repository the tests run from.</summary>
    public static string ThemeFolder => Path.Combine(Repository.Root, "theme");

    public static TestSite Valid() => From("valid-site");

    public static TestSite Empty() => new(NewRoot(), new Dictionary<string, byte[]>());

    public static TestSite From(string fixture) =>
        new(NewRoot(), Fixtures.GetOrAdd(fixture, f => ReadTree(Path.Combine(AppContext.BaseDirectory, "Fixtures", f), ["."])));

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "staticmap-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes the site to disk at its root (if it is still in memory) and unmounts it; every edit after this goes to disk.</summary>
    public TestSite OnDisk()
    {
        if (_files is null) return this;
        foreach (var (relative, bytes) in _files)
        {
            var path = Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        Directory.CreateDirectory(_root);
        _files = null;
        _mount?.Dispose();
        _mount = null;
        return this;
    }

    /// <summary>The full path of a file of the site on disk: asking for it writes the site to disk first.</summary>
    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relative)
    {
        if (_files is null) return File.ReadAllText(FullPath(relative));
        if (!_files.TryGetValue(relative, out var bytes))
        {
            // What a build wrote below the root (_site/…) is on disk.
            var written = Path.Combine(_root, relative.Replace('/', Path.DirectorySeparatorChar));
            if (MemoryRepository.IsValidPath(relative) && File.Exists(written)) return File.ReadAllText(written);
            throw new FileNotFoundException($"no file {relative} in the test site", relative);
        }
        // As File.ReadAllText reads: UTF-8, a byte order mark says otherwise.
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Whether the site has this file.</summary>
    public bool Exists(string relative) => _files?.ContainsKey(relative) ?? File.Exists(FullPath(relative));

    /// <summary>The site's files (relative paths, '/' between folders) below <paramref name="folder"/>, in ordinal order.</summary>
    public IReadOnlyList<string> Files(string folder = "")
    {
        var prefix = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        var all = _files is not null
            ? _files.Keys
            : Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f).Replace(Path.DirectorySeparatorChar, '/'));
        return all.Where(p => p.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    public TestSite Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public TestSite WriteBytes(string relative, byte[] bytes)
    {
        if (_files is not null)
        {
            if (!MemoryRepository.IsValidPath(relative)) throw new ArgumentException($"'{relative}' is not a relative path of a file", nameof(relative));
            _files[relative] = bytes;
            Remount();
            return this;
        }
        var path = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Replaces text that must occur exactly once in the file, so a fixture change cannot silently break a test.</summary>
    public TestSite Replace(string relative, string oldText, string newText)
    {
        var text = Read(relative);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0 || text.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{oldText}' must occur exactly once in {relative}");
        return Write(relative, text.Replace(oldText, newText));
    }

    public TestSite CopyFolder(string from, string to)
    {
        if (_files is null)
        {
            CopyTree(FullPath(from), FullPath(to));
            return this;
        }
        if (!MemoryRepository.IsValidPath(from.TrimEnd('/')))
        {
            // A folder outside the site (an absolute path, or one that leaves the root): its files are read from disk.
            foreach (var (path, bytes) in ReadTree(Path.GetFullPath(Path.Combine(_root, from)), ["."])) _files[to.TrimEnd('/') + "/" + path] = bytes;
            Remount();
            return this;
        }
        var prefix = from.TrimEnd('/') + "/";
        var copies = _files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        if (copies.Count == 0) throw new DirectoryNotFoundException($"no folder {from} in the test site");
        foreach (var (path, bytes) in copies) _files[to.TrimEnd('/') + "/" + path[prefix.Length..]] = bytes;
        Remount();
        return this;
    }

    /// <summary>
    /// Makes <paramref name="relative"/> a symbolic link to <paramref name="target"/> (as written: relative to the link's
    /// folder, or absolute), replacing the file or folder there; a target ending in '/' or naming a folder is a folder link.
    /// A link is a thing on disk: the site is written to disk first.
    /// </summary>
    public TestSite Link(string relative, string target)
    {
        var path = FullPath(relative);
        if (File.Exists(path)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target) || target.EndsWith('/')) Directory.CreateSymbolicLink(path, target.TrimEnd('/'));
        else File.CreateSymbolicLink(path, target);
        return this;
    }

    /// <summary>Moves a file or a folder, as File.Move and Directory.Move do.</summary>
    public TestSite Move(string from, string to)
    {
        if (_files is null)
        {
            if (Directory.Exists(FullPath(from))) Directory.Move(FullPath(from), FullPath(to));
            else File.Move(FullPath(from), FullPath(to));
            return this;
        }
        if (_files.ContainsKey(from)) return WriteBytes(to, _files[from]).Delete(from);
        return CopyFolder(from, to).Delete(from);
    }

    public TestSite Delete(string relative)
    {
        if (_files is not null)
        {
            var prefix = relative.TrimEnd('/') + "/";
            var gone = _files.Keys.Where(p => p == relative || p.StartsWith(prefix, StringComparison.Ordinal)).ToList();
            if (gone.Count == 0) throw new FileNotFoundException($"no file or folder {relative} in the test site", relative);
            foreach (var path in gone) _files.Remove(path);
            Remount();
            return this;
        }
        var full = FullPath(relative);
        if (Directory.Exists(full)) Directory.Delete(full, true);
        else File.Delete(full);
        return this;
    }

    private void Remount() => _mount = MemoryRepository.Mount(_files!, _root);

    /// <summary>The files below <paramref name="folder"/> (only <paramref name="parts"/> of it: folders or files), by relative path.</summary>
    private static IReadOnlyDictionary<string, byte[]> ReadTree(string folder, IEnumerable<string> parts)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var path = Path.GetFullPath(Path.Combine(folder, part));
            var found = File.Exists(path) ? [path] : Directory.GetFiles(path, "*", SearchOption.AllDirectories);
            foreach (var file in found) files[Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllBytes(file);
        }
        return files;
    }

    /// <summary>The 1-based line and column of <paramref name="text"/> (which must occur once) plus an offset into it.</summary>
    public SourceSpan PositionOf(string relative, string text, int offset = 0)
    {
        var content = Read(relative);
        var index = content.IndexOf(text, StringComparison.Ordinal);
        if (index < 0 || content.IndexOf(text, index + 1, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException($"'{text}' must occur exactly once in {relative}");
        index += offset;
        var line = 1 + content.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : content.LastIndexOf('\n', index - 1) + 1;
        return new SourceSpan(relative, line, index - lineStart + 1);
    }

    public IReadOnlyList<Diagnostic> Check() => Check(new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider });

    /// <summary>A check with these options (and the theme a build would use, when the site has its own).</summary>
    public IReadOnlyList<Diagnostic> Check(SiteOptions options, string? themeFolder = null) =>
        SiteBuilder.Check(ReadRoot, OnTestClock(options), themeFolder).Result.Diagnostics;

    /// <summary>Builds with the repository's theme; the search index only when asked, since it runs an external tool.</summary>
    /// <param name="cache">The build cache folder (<c>build</c>'s .staticmap/cache); null renders every plan, as --no-cache.</param>
    public BuildResult Build(SiteOptions? options = null, string? output = null, bool search = false, string? cache = null) =>
        SiteBuilder.Build(new BuildRequest(ReadRoot, output ?? Output, OnTestClock(options ?? new SiteOptions()), Theme, search, cache));

    /// <summary>Builds as <see cref="Build"/> does, and fails the test with the build's diagnostics when it does not succeed.</summary>
    public TestSite Built(SiteOptions? options = null)
    {
        var result = Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return this;
    }

    /// <summary>The page at <paramref name="url"/> (a folder's address, "/es/test-county/findings/") as the last build wrote it, parsed.</summary>
    public AngleSharp.Html.Dom.IHtmlDocument BuiltPage(string url) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, url.Trim('/'), "index.html")));

    /// <summary>The tests' date (<see cref="TestClock"/>) unless the test chose a clock of its own.</summary>
    private static SiteOptions OnTestClock(SiteOptions options) =>
        ReferenceEquals(options.Clock, TimeProvider.System) ? options with { Clock = TestClock.Provider } : options;

    /// <summary>The theme builds use: the StaticMap repository's (default), or null for the site's own theme/ (see <see cref="WithOwnTheme"/>).</summary>
    public string? Theme { get; set; } = ThemeFolder;

    /// <summary>Copies StaticMap's theme (layouts, partials, static, libman.json) into the site's theme/ and builds with it.</summary>
    public TestSite WithOwnTheme()
    {
        if (_files is not null)
        {
            foreach (var (path, bytes) in ThemeFiles.Value) _files["theme/" + path] = bytes;
            Remount();
            Theme = null;
            return this;
        }
        foreach (var part in new[] { "layouts", "partials", "static/css", "static/js" }) CopyTree(Path.Combine(ThemeFolder, part), FullPath("theme/" + part));
        File.Copy(Path.Combine(ThemeFolder, "libman.json"), FullPath("theme/libman.json"));
        Theme = null;
        return this;
    }

    public void Dispose()
    {
        _mount?.Dispose();
        try { if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Copies the folder <paramref name="from"/> with everything in it to <paramref name="to"/> (absolute paths).</summary>
    public static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
