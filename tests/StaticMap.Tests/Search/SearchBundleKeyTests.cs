using System.Security.Cryptography;
using System.Text;
using StaticMap.Core;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Search;

/// <summary>
/// A warm build's search index (docs/architecture.md, the build cache): each bucket's key is made of its plans' build-cache
/// keys and its other pages' bytes, so a build finds which buckets changed without reading their pages; a bucket whose key
/// is the one recorded for the previous site keeps that site's bundle, moved (renamed) into the new site at commit, and a
/// bundle missing or changed there is built again. Pagefind is a fake (<see cref="PagefindRuns"/>) whose bundle holds the
/// path and SHA-256 of every page it read, so a bundle kept for pages that changed would differ from a cold build's.
/// </summary>
public sealed class SearchBundleKeyTests : IDisposable
{
    private const int Buckets = 3;

    /// <summary>The plans besides the fixture's, and their buckets (<see cref="SearchBuckets.Of"/> with three buckets): copy-01
    /// and copy-04 in bucket 1, copy-02 with test-county in bucket 2; bucket 0 holds the site's own pages. Each bucket has two
    /// plans, so a bucket indexed again holds a plan that did not change; more plans only made every build slower.</summary>
    private static readonly string[] Copies = ["copy-01", "copy-02", "copy-04"];
    private readonly TestSite _site = TestSite.Valid();
    private readonly string _fake = Path.GetTempFileName();
    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "staticmap-searchkey-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly List<int> _runs = [];
    private Action<int>? _onRun;

    public SearchBundleKeyTests()
    {
        foreach (var copy in Copies) _site.CopyFolder(TestSite.Plan, $"plans/{copy}");
    }

    public void Dispose()
    {
        _site.Dispose();
        File.Delete(_fake);
        try { Directory.Delete(_scratch, recursive: true); }
        catch (IOException) { }
    }

    private string CacheFolder => Path.Combine(_scratch, "cache");
    private string ColdOutput => Path.Combine(_scratch, "cold");

    private static int BucketOf(string plan) => SearchBuckets.Of(plan, Buckets);

    /// <summary>A fake Pagefind: a bundle whose entry lists each page it read with its SHA-256, a fragment folder, and Pagefind's script.</summary>
    private string? Run(IReadOnlyList<string> arguments)
    {
        var site = arguments[arguments.ToList().IndexOf("--site") + 1];
        var output = arguments[arguments.ToList().IndexOf("--output-path") + 1];
        var bucket = site.LastIndexOf(".b", StringComparison.Ordinal) is var dot and > 0 && int.TryParse(site[(dot + 2)..], out var b) ? b : 0;
        lock (_runs) _runs.Add(bucket);
        _onRun?.Invoke(bucket);
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(site, f).Replace('\\', '/')} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path.Combine(output, "fragment"));
        File.WriteAllText(Path.Combine(output, "pagefind-entry.json"), string.Join("\n", pages) + "\n");
        File.WriteAllText(Path.Combine(output, "fragment", "pages.pf_fragment"), pages.Count.ToString());
        File.WriteAllText(Path.Combine(output, "pagefind.js"), "// the script\n");
        return null;
    }

    private BuildResult Build(string? output = null, bool cache = true)
    {
        lock (_runs) _runs.Clear();
        using (PagefindRuns.Inject(_fake, Run))
        {
            var result = _site.Build(new SiteOptions(IncludeDrafts: true) { SearchBucketCount = Buckets }, output: output, search: true,
                cache: cache ? CacheFolder : null);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return result;
        }
    }

    /// <summary>The buckets Pagefind indexed in the last build, in order.</summary>
    private List<int> Indexed()
    {
        lock (_runs) return [.. _runs.Order()];
    }

    /// <summary>A cold build of the same files (no cache) into its own folder, and the warm site compared with it file by file.</summary>
    private void SameAsCold()
    {
        if (Directory.Exists(ColdOutput)) Directory.Delete(ColdOutput, recursive: true);
        Build(output: ColdOutput, cache: false);
        var want = Snapshot(ColdOutput);
        var got = Snapshot(_site.Output);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in want) Assert.True(hash == got[path], $"{path} differs from a build without the cache");
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>The inode of a file (Linux, the stamp the build cache reads): the same after a rename, another after a copy.</summary>
    private static string Inode(string path) =>
        StaticMap.Core.Caching.FileHashes.StampOf(Path.GetFullPath(path))?.Inode.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? throw new InvalidOperationException($"no stamp for {path} (not a regular file with one link?)");

    private string Bundle(int bucket, string file = "pagefind-entry.json") =>
        Path.Combine(_site.Output, SearchBuckets.Path(bucket).Trim('/'), file);

    private void EditPlan(string plan) =>
        _site.Write($"plans/{plan}/sustainability.md", _site.Read($"plans/{plan}/sustainability.md") + "\nA sentence the edit adds about transit.\n");

    /// <summary>What the tests below assume of <see cref="Copies"/>: should the buckets' hash change, this says so first.</summary>
    [Fact]
    public void Each_plan_bucket_holds_two_plans_and_copy_04_has_a_neighbour()
    {
        Assert.Equal([1, 2, 2, 1], new[] { "copy-01", "copy-02", "test-county", "copy-04" }.Select(BucketOf));
        Assert.Equal(2, BucketOf("copy-10"));
    }

    [SkippableFact]
    public void An_edit_in_one_plan_indexes_its_bucket_again_and_the_others_keep_the_previous_site_s_bundles()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "the test tells a moved file from a copy by its inode (statx)");
        Build();
        Assert.Equal([0, 1, 2], Indexed());
        const string plan = "copy-04";
        var other = 3 - BucketOf(plan);
        var inodes = new[] { Bundle(0), Bundle(0, "fragment/pages.pf_fragment"), Bundle(other) }.ToDictionary(f => f, Inode);

        EditPlan(plan);
        var warm = Build();

        Assert.Equal([BucketOf(plan)], Indexed());
        Assert.Contains($"search: indexed with Pagefind in {Buckets} bundles (2 unchanged, kept from the previous site)", warm.Notes);
        // Kept means moved: the very files of the previous site, not copies of them.
        Assert.All(inodes, file => Assert.True(file.Value == Inode(file.Key), $"{file.Key} was copied, not moved"));
        Assert.Contains("sustainability", File.ReadAllText(Bundle(BucketOf(plan))), StringComparison.Ordinal);
        SameAsCold();

        // Nothing changed: nothing is indexed, every bundle is kept.
        var again = Build();
        Assert.Empty(Indexed());
        Assert.Contains($"search: indexed with Pagefind in {Buckets} bundles ({Buckets} unchanged, kept from the previous site)", again.Notes);
        SameAsCold();
    }

    /// <summary>The trimmed pages the build cache keeps of a plan's English folder.</summary>
    private string Trimmed(string plan) => Path.Combine(CacheFolder, "search", plan);

    /// <summary>
    /// The unchanged plans' trimmed pages stay in the build cache unless their bucket is indexed again: while the edited
    /// plan's bucket is indexed, the other bucket's plans' pages are still in the cache and the edited bucket's are not (they
    /// are Pagefind's input); after the build the cache holds every plan's again.
    /// </summary>
    [Fact]
    public void An_edit_in_one_plan_takes_only_its_bucket_s_trimmed_pages_out_of_the_cache()
    {
        Build();
        const string plan = "copy-04";
        var other = Copies.First(p => BucketOf(p) != BucketOf(plan));
        var neighbour = Copies.First(p => p != plan && BucketOf(p) == BucketOf(plan));
        Assert.True(Directory.Exists(Trimmed(other)) && Directory.Exists(Trimmed(neighbour)), "the first build keeps every plan's trimmed pages");
        var seen = new List<(int Bucket, bool Other, bool Neighbour)>();
        _onRun = bucket => seen.Add((bucket, Directory.Exists(Trimmed(other)), Directory.Exists(Trimmed(neighbour))));

        EditPlan(plan);
        Build();

        Assert.Equal([(BucketOf(plan), true, false)], seen);
        Assert.True(Directory.Exists(Trimmed(other)) && Directory.Exists(Trimmed(neighbour)) && Directory.Exists(Trimmed(plan)),
            "every plan's trimmed pages are in the cache for the next build");
        SameAsCold();
    }

    /// <summary>A plan's trimmed pages missing from the cache are made again from the previous site's pages when its bucket is indexed.</summary>
    [Fact]
    public void An_unchanged_plan_s_trimmed_pages_missing_from_the_cache_are_trimmed_again_from_the_previous_site()
    {
        Build();
        const string plan = "copy-04";
        var neighbour = Copies.First(p => p != plan && BucketOf(p) == BucketOf(plan));
        Directory.Delete(Trimmed(neighbour), recursive: true);

        EditPlan(plan);
        Build();

        Assert.Equal([BucketOf(plan)], Indexed());
        Assert.Contains($"{neighbour}/index.html", File.ReadAllText(Bundle(BucketOf(plan))), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Trimmed(neighbour), "index.html")), "kept again for the next build");
        SameAsCold();
    }

    [Fact]
    public void A_plan_added_indexes_its_bucket_and_the_site_s_own_pages_again()
    {
        Build();
        _site.CopyFolder(TestSite.Plan, "plans/copy-10");
        Build();
        // The new plan's bucket is indexed again; the other plans' keys, and so their bucket's key, are as they were; bucket 0
        // (the site's own pages, keyed by their bytes) only if what a reader searches on them changed.
        Assert.Contains(BucketOf("copy-10"), Indexed());
        Assert.DoesNotContain(3 - BucketOf("copy-10"), Indexed());
        SameAsCold();
    }

    /// <summary>
    /// Every plan's pages read the site's pages (the navigation) and the theme: every plan's key changes, and so every plan
    /// bucket's. Bucket 0, the site's own pages, is keyed by what Pagefind reads of them: indexed again when the edit changes
    /// that (a page's text), not when it changes the page around it (a comment in the layout).
    /// </summary>
    [Theory]
    [InlineData("site page", new[] { 0, 1, 2 })]
    [InlineData("theme", new[] { 1, 2 })]
    public void An_edit_to_a_site_wide_page_or_to_the_theme_indexes_every_plan_bucket_again(string edit, int[] indexed)
    {
        if (edit == "theme") _site.WithOwnTheme();
        Build();
        if (edit == "theme") _site.Write("theme/layouts/base.sbn-html", _site.Read("theme/layouts/base.sbn-html") + "<!-- edited -->\n");
        else _site.Write("input/accessibility.md", _site.Read("input/accessibility.md") + "\nWe answer within two working days.\n");
        Build();
        Assert.Equal(indexed, Indexed());
        SameAsCold();
    }

    [Fact]
    public void A_bundle_missing_from_the_previous_site_is_copied_from_the_cache_and_one_changed_there_is_built_again()
    {
        Build();
        Directory.Delete(Path.Combine(_site.Output, "pagefind", "b1"), recursive: true);
        var missing = Build();
        Assert.Empty(Indexed());
        Assert.Contains($"search: indexed with Pagefind in {Buckets} bundles ({Buckets} unchanged: 2 kept from the previous site, 1 reused from {CacheFolder}/pagefind)", missing.Notes);
        SameAsCold();

        // A file of a bundle changed by hand, and no copy in the cache: that bucket alone is indexed again.
        File.AppendAllText(Bundle(2), "edited by hand\n");
        foreach (var entry in Directory.GetDirectories(Path.Combine(CacheFolder, "pagefind"))) Directory.Delete(entry, recursive: true);
        Build();
        Assert.Equal([2], Indexed());
        SameAsCold();

        // A record that does not parse is no record: no bundle is kept from the previous site; the one the cache holds (bucket
        // 2's, built by the last build) is copied from it, the others are built again.
        foreach (var record in Directory.GetFiles(Path.Combine(CacheFolder, "pagefind"), "site-*.txt")) File.WriteAllText(record, "staticmap-search-site 1\nbundle\tbroken\n");
        var unrecorded = Build();
        Assert.Equal([0, 1], Indexed());
        Assert.Contains($"search: indexed with Pagefind in {Buckets} bundles (1 unchanged, reused from {CacheFolder}/pagefind)", unrecorded.Notes);
        SameAsCold();
    }

    [Theory]
    [InlineData("swap")]
    [InlineData("second bundle")]
    public void A_build_that_fails_at_commit_leaves_the_previous_site_and_its_bundles_as_they_were(string failing)
    {
        Build();
        EditPlan("copy-04");
        var before = Snapshot(_site.Output);
        var kept = 3 - BucketOf("copy-04");

        BuildResult result;
        Func<string, Exception?> fault = failing == "swap"
            // The new site, with the kept bundles moved into it, cannot take the output folder's place.
            ? path => Path.GetFileName(path).StartsWith("._site.tmp-", StringComparison.Ordinal) && Directory.Exists(Path.Combine(path, "pagefind", $"b{kept}"))
                ? new IOException($"Permission denied : '{path}'", 13) : null
            // Bundle 0 moved, then the other kept bundle cannot be.
            : path => path.EndsWith(Path.Combine("pagefind", $"b{kept}"), StringComparison.Ordinal) && path.Contains("._site.tmp-", StringComparison.Ordinal)
                ? new IOException($"Permission denied : '{path}'", 13) : null;
        using (PagefindRuns.Inject(_fake, Run))
        using (WriteFaults.Inject(fault))
            result = _site.Build(new SiteOptions(IncludeDrafts: true) { SearchBucketCount = Buckets }, search: true, cache: CacheFolder);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "MAP082");
        Assert.Equal(before, Snapshot(_site.Output));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(_site.Output)!, "._site.tmp-*"));

        // The next build keeps them all the same, and takes the edited plan's bundle, which the failed build indexed, from the cache.
        var next = Build();
        Assert.Empty(Indexed());
        Assert.Contains($"search: indexed with Pagefind in {Buckets} bundles ({Buckets} unchanged: 2 kept from the previous site, 1 reused from {CacheFolder}/pagefind)", next.Notes);
        SameAsCold();
    }
}
