using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Writing;

namespace StaticMap.Tests.Packaging;

/// <summary>
/// Chart.js (and Decap CMS) are unpacked once into the download cache beside a stamp, so a build reads the two files it
/// copies instead of hashing and unpacking the whole tarball every time. The registry here is unreachable, so any
/// fetch would fail: a file that comes back came from the cache.
/// </summary>
public sealed class UnpackedPackageTests : IDisposable
{
    private const string Unreachable = "http://127.0.0.1:9";
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "staticmap-unpacked-" + Guid.NewGuid().ToString("N"));
    private VendorLibraries Vendor => new(_cache, Unreachable);
    private string Tarball => Path.Combine(_cache, "npm", "chart.js-9.9.9.tgz");
    private string Unpacked => Path.Combine(_cache, "files", "chart.js-9.9.9");

    private static byte[] Package(string script)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var (path, text) in new[] { ("package/dist/chart.umd.js", script), ("package/LICENSE.md", "MIT"), ("package/README.md", "big") })
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
        }
        return buffer.ToArray();
    }

    private static string Integrity(byte[] bytes) => "sha512-" + Convert.ToBase64String(SHA512.HashData(bytes));

    private string Cache(byte[] tarball)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Tarball)!);
        File.WriteAllBytes(Tarball, tarball);
        return Integrity(tarball);
    }

    private IReadOnlyDictionary<string, string> Files(string integrity, params string[] wanted) =>
        Vendor.PackageFiles("chart.js", "9.9.9", integrity, "libman.json", wanted.Contains, string.Join("\n", wanted))
            .ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content));

    [Fact]
    public void The_wanted_files_are_unpacked_once_and_read_from_the_cache_afterwards()
    {
        var integrity = Cache(Package("chart v1"));

        var first = Files(integrity, "dist/chart.umd.js", "LICENSE.md");
        Assert.Equal(new Dictionary<string, string> { ["dist/chart.umd.js"] = "chart v1", ["LICENSE.md"] = "MIT" }, first);
        Assert.Equal($"{integrity}\ndist/chart.umd.js\nLICENSE.md\ndist/chart.umd.js\nLICENSE.md\n", File.ReadAllText(Path.Combine(Unpacked, "stamp")));
        Assert.False(File.Exists(Path.Combine(Unpacked, "package", "README.md")));

        // Without the tarball (and without a registry) the next build still gets the files: from the unpacked copy.
        File.Delete(Tarball);
        Assert.Equal(first, Files(integrity, "dist/chart.umd.js", "LICENSE.md"));
    }

    [Fact]
    public void A_new_integrity_or_another_selection_unpacks_again()
    {
        var old = Cache(Package("chart v1"));
        Files(old, "dist/chart.umd.js");

        // The same version re-pinned to other content (libman.json edited): the stamp no longer matches.
        var integrity = Cache(Package("chart v2"));
        Assert.Equal("chart v2", Files(integrity, "dist/chart.umd.js")["dist/chart.umd.js"]);

        // libman.json now copies LICENSE.md too: unpacked again with it.
        Assert.Equal(["LICENSE.md", "dist/chart.umd.js"], Files(integrity, "dist/chart.umd.js", "LICENSE.md").Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_unpacked_file_that_is_gone_is_unpacked_again_from_the_tarball()
    {
        var integrity = Cache(Package("chart v1"));
        Files(integrity, "dist/chart.umd.js");
        File.Delete(Path.Combine(Unpacked, "package", "dist", "chart.umd.js"));
        Assert.Equal("chart v1", Files(integrity, "dist/chart.umd.js")["dist/chart.umd.js"]);
        Assert.True(File.Exists(Path.Combine(Unpacked, "package", "dist", "chart.umd.js")));
    }

    [Fact]
    public void A_tarball_that_does_not_match_its_integrity_is_refused_even_when_an_old_copy_is_unpacked()
    {
        var integrity = Cache(Package("chart v1"));
        Files(integrity, "dist/chart.umd.js");
        Directory.Delete(Unpacked, recursive: true);
        File.WriteAllBytes(Tarball, Package("tampered"));

        // The cached tarball fails its check and is deleted; the registry is unreachable, so nothing is used.
        Assert.Throws<HttpRequestException>(() => Files(integrity, "dist/chart.umd.js"));
        Assert.False(File.Exists(Tarball));
    }

    public void Dispose()
    {
        if (Directory.Exists(_cache)) Directory.Delete(_cache, recursive: true);
    }
}
