using System.Security.Cryptography;
using StaticMap.Core;
using StaticMap.Core.Caching;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Caching;

/// <summary>
/// The files' hashes kept under their stamps (.staticmap/cache/file-hashes.txt): a file whose size, times, inode and device
/// did not change is not read again by the build-cache keys; any write, a broken record or another version's is a file read
/// and hashed again, and a build with the record writes what a build without it writes.
/// </summary>
public sealed class FileHashesTests : IDisposable
{
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "staticmap-hashes-test-" + Guid.NewGuid().ToString("N"));

    public FileHashesTests() => Directory.CreateDirectory(_scratch);

    public void Dispose()
    {
        try { Directory.Delete(_scratch, recursive: true); }
        catch (IOException) { }
    }

    private string Cache => Path.Combine(_scratch, "cache");

    /// <summary>Hashes a file as PlanKeys does through the record: (length, SHA-256), and whether it was read.</summary>
    private static ((long Length, string Hash) Value, bool Read) Hash(FileHashes hashes, string path)
    {
        if (hashes.Known(path, out var stamp) is { } known) return ((known.Length, Convert.ToHexString(known.Hash)), false);
        var bytes = File.ReadAllBytes(path);
        var sha = SHA256.HashData(bytes);
        hashes.Add(path, stamp, bytes.Length, sha);
        return ((bytes.Length, Convert.ToHexString(sha)), true);
    }

    [SkippableFact]
    public void An_unchanged_file_is_taken_from_the_record_and_a_rewritten_one_is_read_again()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file stamps (statx) are read on Linux only; elsewhere every file is hashed");
        var file = Path.Combine(_scratch, "plan.yml");
        File.WriteAllText(file, "title: One\n");
        var first = FileHashes.In(Cache, TimeSpan.Zero);
        var (cold, read) = Hash(first, file);
        Assert.True(read);
        first.Save();

        var second = FileHashes.In(Cache, TimeSpan.Zero);
        var (warm, readAgain) = Hash(second, file);
        Assert.False(readAgain);
        Assert.Equal(cold, warm);
        Assert.Equal(0, second.FilesRead);

        // Same size, other bytes: the change time moves, so it is read again and the new hash is the one given.
        File.WriteAllText(file, "title: Two\n");
        var (edited, readEdited) = Hash(FileHashes.In(Cache, TimeSpan.Zero), file);
        Assert.True(readEdited);
        Assert.Equal((11L, Convert.ToHexString(SHA256.HashData("title: Two\n"u8.ToArray()))), edited);
    }

    [SkippableFact]
    public void A_file_written_just_now_is_not_recorded_racily_clean()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file stamps (statx) are read on Linux only");
        var file = Path.Combine(_scratch, "findings.md");
        File.WriteAllText(file, "# Findings\n");
        var hashes = FileHashes.In(Cache, TimeSpan.FromMinutes(10)); // the file is younger than that
        Hash(hashes, file);
        hashes.Save();

        Assert.Equal("staticmap-file-hashes 1\n", File.ReadAllText(Path.Combine(Cache, FileHashes.FileName)));
        Assert.True(Hash(FileHashes.In(Cache, TimeSpan.FromMinutes(10)), file).Read);
    }

    /// <summary>A record with one good line and a broken one, of another version, or cut short: the good line is not trusted either.</summary>
    [SkippableTheory]
    [InlineData("a broken line")]
    [InlineData("another version")]
    [InlineData("cut short")]
    [InlineData("deleted")]
    public void A_record_that_does_not_parse_reads_every_file(string what)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file stamps (statx) are read on Linux only");
        var file = Path.Combine(_scratch, "plan.yml");
        File.WriteAllText(file, "title: One\n");
        var hashes = FileHashes.In(Cache, TimeSpan.Zero);
        Hash(hashes, file);
        hashes.Save();
        var path = Path.Combine(Cache, FileHashes.FileName);
        var good = File.ReadAllText(path);
        Assert.False(Hash(FileHashes.In(Cache, TimeSpan.Zero), file).Read); // the good record is used
        switch (what)
        {
            case "a broken line": File.WriteAllText(path, good + "11\tnot a number\n"); break;
            case "another version": File.WriteAllText(path, good.Replace("staticmap-file-hashes 1", "staticmap-file-hashes 0")); break;
            case "cut short": File.WriteAllText(path, good[..(good.Length - file.Length - 12)]); break; // inside the hash
            case "deleted": File.Delete(path); break;
        }

        Assert.True(Hash(FileHashes.In(Cache, TimeSpan.Zero), file).Read, what);
    }

    /// <summary>
    /// End to end: files older than the racy window are recorded by a first build; after a progress report is edited, a
    /// build with the cache (taking the other files' hashes from the record, the edited report's read again) reuses the other
    /// plan, so its key from the record is the key from the bytes, and writes byte for byte what a build without the cache writes.
    /// </summary>
    [SkippableFact]
    [Trait("Category", "Slow")]
    public void A_build_with_the_recorded_hashes_writes_what_a_build_without_the_cache_writes()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file stamps (statx) are read on Linux only");
        using var site = SpanishFixture.Create();
        site.CopyFolder(TestSite.Plan, "plans/other-county");
        site.Replace("plans/other-county/plan.yml", "language: en\ntranslations: [es]\n", "language: en\n");
        foreach (var f in site.Files("plans/other-county").Where(f => f.Contains(".es.", StringComparison.Ordinal)).ToList()) site.Delete(f);
        var cache = Path.Combine(_scratch, "site-cache");
        var options = new SiteOptions(IncludeDrafts: true);
        _ = site.Root; // written to disk now, then left older than the racy window
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        Assert.True(site.Build(options, cache: cache).Succeeded);
        var record = File.ReadAllText(Path.Combine(cache, FileHashes.FileName));
        Assert.Contains("\t" + Path.Combine(site.Root, "plans/other-county/plan.yml") + "\n", record);

        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
        var warm = site.Build(options, cache: cache);
        var cold = site.Build(options, output: Path.Combine(_scratch, "cold"));

        Assert.True(warm.Succeeded && cold.Succeeded);
        Assert.Contains("cache: 1 plan unchanged since the last build, taken from it (" + cache + "; --no-cache renders every plan)", warm.Notes);
        Assert.Equal(Snapshot(Path.Combine(_scratch, "cold")), Snapshot(site.Output));
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
