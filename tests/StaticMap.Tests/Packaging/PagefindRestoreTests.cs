using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Packaging;

/// <summary>
/// Pagefind comes from the npm registry as Chart.js does: the platform's package at the version and integrity pinned in
/// theme/package-lock.json, checked, cached, unpacked and made executable. These tests put a stand-in package in the
/// cache (a shell script that writes what Pagefind writes) and give an unreachable registry, so nothing is downloaded.
/// </summary>
public sealed class PagefindRestoreTests : IDisposable
{
    private const string Unreachable = "http://127.0.0.1:9";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "staticmap-pagefind-" + Guid.NewGuid().ToString("N"));
    private readonly string _package = SearchIndex.PlatformPackage() ?? "@pagefind/linux-x64";

    private string Theme => Path.Combine(_folder, "theme");
    private string Cache => Path.Combine(_folder, "cache");
    private string Site => Path.Combine(_folder, "site");
    private VendorLibraries Vendor => new(Cache, Unreachable);

    public PagefindRestoreTests()
    {
        Directory.CreateDirectory(Theme);
        Directory.CreateDirectory(Site);
    }

    /// <summary>An npm tarball whose bin/pagefind_extended writes site/pagefind/pagefind-entry.json, as Pagefind does.</summary>
    private static byte[] StandIn()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            var script = "#!/bin/sh\n# --site DIR --silent\nmkdir -p \"$2/pagefind\" && echo '{}' > \"$2/pagefind/pagefind-entry.json\"\n";
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "package/bin/pagefind_extended")
                { DataStream = new MemoryStream(Encoding.ASCII.GetBytes(script)), Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite });
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "package/package.json") { DataStream = new MemoryStream("{}"u8.ToArray()) });
        }
        return buffer.ToArray();
    }

    private static string Integrity(byte[] bytes) => "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));

    private void Pin(string integrity) => File.WriteAllText(Path.Combine(Theme, "package-lock.json"), $$"""
        { "lockfileVersion": 3, "packages": { "node_modules/{{_package}}": { "version": "9.9.9", "integrity": "{{integrity}}", "optional": true } } }
        """);

    private void Cached(byte[] tarball)
    {
        Directory.CreateDirectory(Path.Combine(Cache, "npm"));
        File.WriteAllBytes(Path.Combine(Cache, "npm", $"{_package.Replace('/', '+')}-9.9.9.tgz"), tarball);
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // skipped there, first thing
    public void The_pinned_package_is_checked_unpacked_made_executable_and_run()
    {
        MissingTool.Require(!OperatingSystem.IsWindows(), "The stand-in Pagefind is a shell script with a Unix file mode, which Windows cannot run.");
        var tarball = StandIn();
        Pin(Integrity(tarball));
        Cached(tarball);

        var binary = SearchIndex.Restore(Theme, Vendor, out var problem);
        Assert.Null(problem);
        Assert.Equal(Path.Combine(Cache, "pagefind", $"{_package["@pagefind/".Length..]}-9.9.9", "pagefind_extended"), binary);
        Assert.True(File.GetUnixFileMode(binary!).HasFlag(UnixFileMode.UserExecute));

        Assert.Equal("search: indexed with Pagefind", SearchIndex.Build(Site, Theme, Vendor));
        Assert.True(File.Exists(Path.Combine(Site, "pagefind", "pagefind-entry.json")));

        // Unpacked once: the next build runs the binary without reading the tarball again.
        File.Delete(Path.Combine(Cache, "npm", $"{_package.Replace('/', '+')}-9.9.9.tgz"));
        Assert.Equal(binary, SearchIndex.Restore(Theme, Vendor, out _));
    }

    [Fact]
    public void A_package_that_does_not_match_the_pinned_integrity_is_not_used_and_the_build_says_why()
    {
        Pin(Integrity(Encoding.ASCII.GetBytes("something else")));
        Cached(StandIn());

        Assert.Null(SearchIndex.Restore(Theme, Vendor, out var problem));
        Assert.Equal($"{_package}@9.9.9 could not be restored from {Unreachable}: Connection refused (127.0.0.1:9)", problem);
        Assert.False(File.Exists(Path.Combine(Cache, "npm", $"{_package.Replace('/', '+')}-9.9.9.tgz")));
        var note = SearchIndex.Build(Site, Theme, Vendor);
        Assert.StartsWith("search: not indexed, so the search page says search is not available (", note);
        Assert.False(Directory.Exists(Path.Combine(Site, "pagefind")));
    }

    [Fact]
    public void A_theme_that_does_not_pin_Pagefind_says_so()
    {
        Assert.Null(SearchIndex.Restore(Theme, Vendor, out var problem));
        Assert.Equal($"theme/package-lock.json does not pin {_package} (a version and an integrity); run 'npm install --prefix theme' to write it", problem);
    }

    [Fact]
    public void The_repository_theme_pins_Pagefind_for_every_platform_it_ships_for()
    {
        var lockFile = File.ReadAllText(Path.Combine(TestSite.ThemeFolder, "package-lock.json"));
        foreach (var platform in new[] { "linux-x64", "linux-arm64", "darwin-x64", "darwin-arm64", "windows-x64" })
            Assert.Contains($"\"node_modules/@pagefind/{platform}\"", lockFile);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
    }
}
