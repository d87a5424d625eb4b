using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Hostile;

namespace StaticMap.Tests.Support;

/// <summary>
/// A folder outside every test repository whose files hold a canary, a random word. A test links to it from a
/// <see cref="TestSite"/> and shows that nothing in it was read: the canary is in no diagnostic and no output file.
/// </summary>
public sealed class OutsideFolder : IDisposable
{
    public OutsideFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "staticmap-outside-" + Guid.NewGuid().ToString("N"));

    /// <summary>The word its files hold, which must never reach a diagnostic or the site.</summary>
    public string Canary { get; } = "CANARY-" + Guid.NewGuid().ToString("N");

    public string Path(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public OutsideFolder Write(string relative, string text)
    {
        var path = Path(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>The build fails with MAP066 at <paramref name="linkPath"/> and the canary was read by nobody.</summary>
    public void FailsAtLinkWithoutReading(TestSite site, string linkPath)
    {
        var diagnostics = HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, "MAP066", SourceSpan.File(linkPath));
        NotRead(site, diagnostics);
    }

    /// <summary>The canary is in none of <paramref name="diagnostics"/> and in no file of the site's output.</summary>
    public void NotRead(TestSite site, IEnumerable<Diagnostic> diagnostics)
    {
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(Canary, StringComparison.Ordinal));
        if (!Directory.Exists(site.Output)) return;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(Canary, File.ReadAllText(file));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
