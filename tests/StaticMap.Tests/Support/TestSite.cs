using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;

namespace StaticMap.Tests.Support;

/// <summary>
/// A throwaway copy of a fixture site (by default Fixtures/valid-site, a complete plan that builds clean) that a test
/// edits to introduce one fault, then checks or builds. Positions are found from the text, so assertions read
/// "the diagnostic points at 'peers: 42003'" rather than at magic numbers.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string Plan = "plans/test-county";

    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    /// <summary>The theme of the StaticMap repository the tests run from.</summary>
    public static string ThemeFolder => Path.Combine(Repository.Root, "theme");

    public static TestSite Valid() => From("valid-site");

    public static TestSite Empty()
    {
        var root = NewRoot();
        Directory.CreateDirectory(root);
        return new TestSite(root);
    }

    public static TestSite From(string fixture)
    {
        var root = NewRoot();
        CopyTree(Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture), root);
        return new TestSite(root);
    }

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "staticmap-test-" + Guid.NewGuid().ToString("N"));

    public string FullPath(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Read(string relative) => File.ReadAllText(FullPath(relative));

    public TestSite Write(string relative, string text)
    {
        var path = FullPath(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TestSite WriteBytes(string relative, byte[] bytes)
    {
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
        CopyTree(FullPath(from), FullPath(to));
        return this;
    }

    /// <summary>
    /// Makes <paramref name="relative"/> a symbolic link to <paramref name="target"/> (as written: relative to the link's
    /// folder, or absolute), replacing the file or folder there; a target ending in '/' or naming a folder is a folder link.
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

    public TestSite Delete(string relative)
    {
        var path = FullPath(relative);
        if (Directory.Exists(path)) Directory.Delete(path, true);
        else File.Delete(path);
        return this;
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

    public IReadOnlyList<Diagnostic> Check() => SiteBuilder.Check(Root, new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }).Result.Diagnostics;

    /// <summary>Builds with the repository's theme; the search index only when asked, since it runs an external tool.</summary>
    public BuildResult Build(SiteOptions? options = null, string? output = null, bool search = false) =>
        SiteBuilder.Build(new BuildRequest(Root, output ?? Output, options ?? new SiteOptions { Clock = TestClock.Provider }, Theme, search));

    /// <summary>The theme builds use: the StaticMap repository's (default), or null for the site's own theme/ (see <see cref="WithOwnTheme"/>).</summary>
    public string? Theme { get; set; } = ThemeFolder;

    /// <summary>Copies StaticMap's theme (layouts, partials, static, libman.json) into the site's theme/ and builds with it.</summary>
    public TestSite WithOwnTheme()
    {
        foreach (var part in new[] { "layouts", "partials", "static/css", "static/js" }) CopyTree(Path.Combine(ThemeFolder, part), FullPath("theme/" + part));
        File.Copy(Path.Combine(ThemeFolder, "libman.json"), FullPath("theme/libman.json"));
        Theme = null;
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
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
