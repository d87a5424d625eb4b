using System.Security.Cryptography;
using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Caching;

/// <summary>
/// The build cache (.staticmap/cache/, <c>build --no-cache</c>): a build after an edit, with the cache of the build before
/// it, writes byte for byte what a build without the cache writes from the same files, and takes the plans the edit did not
/// touch from the previous site instead of rendering them. A cache it cannot read is rebuilt, one it cannot write a warning.
/// </summary>
public sealed class BuildCacheTests() : CacheScratch("cache")
{
    private const string Other = "plans/other-county";

    /// <summary>Two plans, one translated into Spanish, with the site's own theme (so a test can edit it).</summary>
    internal static TestSite TwoPlans()
    {
        var site = SpanishFixture.Create().WithOwnTheme();
        // WithOwnTheme copies no strings files; the Spanish plan needs the theme's.
        foreach (var file in Directory.GetFiles(Path.Combine(TestSite.ThemeFolder, "strings")))
            site.WriteBytes("theme/strings/" + Path.GetFileName(file), File.ReadAllBytes(file));
        site.CopyFolder(TestSite.Plan, Other);
        // The copy is a plan of its own: another place, no translation.
        site.Replace(Other + "/plan.yml", "language: en\ntranslations: [es]\n", "language: en\n");
        foreach (var file in site.Files(Other).Where(f => f.Contains(".es.", StringComparison.Ordinal)).ToList()) site.Delete(file);
        site.Write(TestSite.Plan + "/findings.es.md", site.Read(TestSite.Plan + "/findings.es.md") + "\nCompare [el otro condado](../other-county/findings.md).\n");
        return site;
    }

    public static TheoryData<string> Edits => new()
    {
        "nothing", "component", "theme", "data file", "plan added", "plan deleted", "report added elsewhere", "translation added elsewhere",
        "language added", "base URL",
    };

    /// <summary>The common case, in the inner loop: one progress report of one plan edited.</summary>
    [Fact]
    public void A_build_with_the_cache_after_a_progress_report_is_edited_writes_what_a_build_without_it_writes() =>
        A_build_with_the_cache_after_an_edit_writes_what_a_build_without_it_writes("progress report");

    /// <summary>Every kind of edit: three builds each, so in the slow suite.</summary>
    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Edits))]
    public void A_build_with_the_cache_after_an_edit_writes_what_a_build_without_it_writes(string edit)
    {
        using var site = TwoPlans();
        var options = new SiteOptions(IncludeDrafts: true);
        Succeeds(site.Build(options, cache: CacheFolder));

        var (edited, reused) = Apply(site, edit, options);
        var warm = Succeeds(site.Build(edited, cache: CacheFolder));
        var cold = Succeeds(site.Build(edited, output: ColdOutput));

        Assert.Equal(cold.Pages, warm.Pages);
        SameTree(ColdOutput, site.Output);
        if (reused is null) Assert.DoesNotContain(warm.Notes, n => n.StartsWith("cache:", StringComparison.Ordinal));
        else Assert.Contains($"cache: {reused} unchanged since the last build, taken from it ({CacheFolder}; --no-cache renders every plan)", warm.Notes);
    }

    /// <summary>
    /// The cache and the search index together, with the real Pagefind and the index in two buckets: the edited plan's
    /// pages are indexed again, the other plan's kept search pages (moved into their bucket's folder by the build before)
    /// still count, and the whole site, pagefind/ included, is byte for byte what a build without the cache writes.
    /// </summary>
    [SkippableFact]
    [Trait("Category", "Slow")]
    public void With_the_search_index_in_buckets_a_warm_build_writes_what_a_cold_build_writes()
    {
        var pagefind = SearchIndex.FindPagefind(TestSite.ThemeFolder, VendorLibraries.FromEnvironment(), out var problem);
        MissingTool.Require(pagefind is not null, $"Pagefind is needed ({problem ?? "not found"}): build the sample site once with access to the npm registry.");
        using var site = TwoPlans();
        // The site's own theme pins Pagefind as StaticMap's does.
        foreach (var name in new[] { "package.json", "package-lock.json" })
            site.WriteBytes("theme/" + name, File.ReadAllBytes(Path.Combine(TestSite.ThemeFolder, name)));
        site.OnDisk(); // Pagefind is found through the theme folder on disk.
        var options = new SiteOptions(IncludeDrafts: true) { SearchBucketCount = 2 };
        var first = Succeeds(site.Build(options, search: true, cache: CacheFolder));
        Assert.True(Directory.Exists(Path.Combine(site.Output, "pagefind", "b1")), "expected a second bucket's bundle in pagefind/b1/: " + string.Join(" | ", first.Notes));

        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
        var warm = Succeeds(site.Build(options, search: true, cache: CacheFolder));
        Assert.Contains("cache: 1 plan unchanged since the last build, taken from it (" + CacheFolder + "; --no-cache renders every plan)", warm.Notes);
        var again = Succeeds(site.Build(options, search: true, cache: CacheFolder));
        Assert.Contains(again.Notes, n => n.StartsWith("search: indexed with Pagefind in 2 bundles (2 unchanged", StringComparison.Ordinal));
        var cold = Succeeds(site.Build(options, output: ColdOutput, search: true));

        Assert.Equal(cold.Pages, warm.Pages);
        SameTree(ColdOutput, site.Output);
    }

    /// <summary>Applies an edit; returns the options of the next build and the plans it is expected to take from the cache.</summary>
    private static (SiteOptions Options, string? Reused) Apply(TestSite site, string edit, SiteOptions options)
    {
        switch (edit)
        {
            case "nothing":
                return (options, "2 plans");
            case "progress report":
                site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
                return (options, "1 plan");
            case "component":
                site.Write(Other + "/sustainability.md", site.Read(Other + "/sustainability.md") + "\nA sentence the edit adds.\n");
                return (options, "1 plan");
            case "theme":
                site.Write("theme/layouts/base.sbn-html", site.Read("theme/layouts/base.sbn-html") + "<!-- edited -->\n");
                return (options, null);
            case "data file":
                site.Replace("input/data/mobility.csv", "0.8064415577375265", "0.7064415577375265");
                return (options, null);
            case "plan added":
                site.CopyFolder(Other, "plans/third-county");
                return (options, "2 plans");
            case "plan deleted":
                // The only plan in Spanish: the site loses its Spanish pages, so the other plan's language switch changes.
                foreach (var file in site.Files(TestSite.Plan).ToList()) site.Delete(file);
                return (options, null);
            case "report added elsewhere":
                site.Write(Other + "/progress/2025.md", site.Read(Other + "/progress/2024.md").Replace("year: 2024", "year: 2025"));
                return (options, "1 plan");
            case "translation added elsewhere":
                // The Spanish findings of test-county link to other-county's findings, which now has a Spanish page: that
                // link leads there, so test-county is rendered again though none of its files changed.
                site.Replace(Other + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
                foreach (var file in site.Files(TestSite.Plan).Where(f => f.Contains(".es.", StringComparison.Ordinal)))
                    site.Write(Other + file[TestSite.Plan.Length..], site.Read(file));
                return (options, null);
            case "language added":
                site.Write("input/about.es.md", "---\ntitle: Acerca de\n---\nEste sitio publica los planes.\n");
                return (options, null);
            case "base URL":
                return (options with { BaseUrl = "https://maps.example.org/" }, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(edit));
        }
    }

    [Fact]
    public void A_manifest_that_does_not_parse_is_deleted_and_every_plan_rendered()
    {
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        var manifest = Assert.Single(Directory.GetFiles(Path.Combine(CacheFolder, "outputs")));
        File.WriteAllText(manifest, "staticmap-outputs 2\nplan\tbroken\n");

        var warm = Succeeds(site.Build(cache: CacheFolder));

        Assert.DoesNotContain(warm.Diagnostics, d => d.Code != "MAP090" && d.Code != "MAP094");
        Assert.DoesNotContain(warm.Notes, n => n.StartsWith("cache:", StringComparison.Ordinal));
        Assert.StartsWith("staticmap-outputs 2\nplan\tother-county\t", File.ReadAllText(manifest));
        Succeeds(site.Build(output: ColdOutput));
        SameTree(ColdOutput, site.Output);
    }

    [Fact]
    public void A_page_of_the_previous_site_changed_by_hand_is_rendered_again()
    {
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        var page = Path.Combine(site.Output, "other-county", "findings", "index.html");
        File.AppendAllText(page, "<!-- edited on the server -->");

        var warm = Succeeds(site.Build(cache: CacheFolder));

        Assert.Contains($"cache: 1 plan unchanged since the last build, taken from it ({CacheFolder}; --no-cache renders every plan)", warm.Notes);
        Succeeds(site.Build(output: ColdOutput));
        SameTree(ColdOutput, site.Output);
    }

    public static TheoryData<string> HandEdits => new() { "file added", "file deleted", "file renamed", "same bytes, new time" };

    /// <summary>
    /// The manifest keeps a plan's file count and one digest of its files' paths, sizes and times, not the files: each change
    /// a hand can make to a plan's folder in the previous site, even one that keeps the count and every size, is still seen.
    /// </summary>
    [Theory]
    [MemberData(nameof(HandEdits))]
    public void A_folder_of_the_previous_site_changed_by_hand_is_rendered_again(string edit)
    {
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        var folder = Path.Combine(site.Output, "other-county");
        var page = Path.Combine(folder, "findings", "index.html");
        switch (edit)
        {
            case "file added": File.WriteAllText(Path.Combine(folder, "stray.txt"), "left on the server"); break;
            case "file deleted": File.Delete(Path.Combine(folder, "plan.json")); break;
            case "file renamed": File.Move(page, Path.Combine(folder, "findings", "index.htm")); break;
            default: File.SetLastWriteTimeUtc(page, File.GetLastWriteTimeUtc(page).AddMinutes(-5)); break;
        }

        var warm = Succeeds(site.Build(cache: CacheFolder));

        Assert.Contains($"cache: 1 plan unchanged since the last build, taken from it ({CacheFolder}; --no-cache renders every plan)", warm.Notes);
        Succeeds(site.Build(output: ColdOutput));
        SameTree(ColdOutput, site.Output);
    }

    /// <summary>Each plan's entry in the manifest: its key, its folders, and one line with the count of its files in the site and a SHA-256.</summary>
    [Fact]
    public void The_manifest_holds_each_plans_file_count_and_digest_not_its_files()
    {
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));

        var lines = File.ReadAllLines(Assert.Single(Directory.GetFiles(Path.Combine(CacheFolder, "outputs"))));
        Assert.Equal("staticmap-outputs 2", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^(plan\t[a-z0-9-]+\t[0-9a-f]{64}|folder\t[a-z0-9/-]+|files\t[0-9]+\t[0-9a-f]{64})$", l));
        var other = Array.IndexOf(lines, lines.Single(l => l.StartsWith("plan\tother-county\t", StringComparison.Ordinal)));
        Assert.Equal("folder\tother-county", lines[other + 1]);
        var count = Directory.GetFiles(Path.Combine(site.Output, "other-county"), "*", SearchOption.AllDirectories).Length;
        Assert.StartsWith($"files\t{count}\t", lines[other + 2]);
    }

    /// <summary>
    /// A reused plan's entry is written again from the manifest it was reused under (its folders were moved, not written):
    /// it must still list exactly the files of the new site, so the plan is reused by the build after, and a page changed by
    /// hand after that is still seen.
    /// </summary>
    [Fact]
    public void A_plan_reused_twice_is_checked_against_the_site_the_second_build_wrote()
    {
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
        var second = Succeeds(site.Build(cache: CacheFolder));
        Assert.Contains($"cache: 1 plan unchanged since the last build, taken from it ({CacheFolder}; --no-cache renders every plan)", second.Notes);
        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Three cohorts completed.", "note: Four cohorts completed.");

        var third = Succeeds(site.Build(cache: CacheFolder));
        Assert.Contains($"cache: 1 plan unchanged since the last build, taken from it ({CacheFolder}; --no-cache renders every plan)", third.Notes);
        File.AppendAllText(Path.Combine(site.Output, "other-county", "findings", "index.html"), "<!-- edited on the server -->");
        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Four cohorts completed.", "note: Five cohorts completed.");

        var fourth = Succeeds(site.Build(cache: CacheFolder));
        Assert.DoesNotContain(fourth.Notes, n => n.StartsWith("cache:", StringComparison.Ordinal));
        Succeeds(site.Build(output: ColdOutput));
        SameTree(ColdOutput, site.Output);
    }

    /// <summary>
    /// A page of the previous site replaced by a link to a file with the same bytes, size and time: the listing sees the link
    /// itself (a link, with its own size and time), so the plan is rendered again and the new site holds the page, not the link.
    /// </summary>
    [SkippableFact]
    public void A_page_of_the_previous_site_replaced_by_a_link_is_rendered_again()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "a symbolic link needs a privilege on Windows; the check is the same on every system");
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        var page = Path.Combine(site.Output, "other-county", "findings", "index.html");
        Directory.CreateDirectory(Scratch);
        var outside = Path.Combine(Scratch, "outside.html");
        File.Move(page, outside);
        File.CreateSymbolicLink(page, outside);

        var warm = Succeeds(site.Build(cache: CacheFolder));

        Assert.Contains($"cache: 1 plan unchanged since the last build, taken from it ({CacheFolder}; --no-cache renders every plan)", warm.Notes);
        Assert.Null(new FileInfo(page).LinkTarget);
        Succeeds(site.Build(output: ColdOutput));
        SameTree(ColdOutput, site.Output);
    }

    [Fact]
    public void Without_a_previous_site_every_plan_is_rendered()
    {
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        Directory.Delete(site.Output, recursive: true);

        var warm = Succeeds(site.Build(cache: CacheFolder));

        Assert.DoesNotContain(warm.Notes, n => n.StartsWith("cache:", StringComparison.Ordinal));
        Succeeds(site.Build(output: ColdOutput));
        SameTree(ColdOutput, site.Output);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_MAP084_and_the_site_is_written()
    {
        using var site = TwoPlans();
        BuildResult result;
        using (WriteFaults.Inject(path => path.StartsWith(CacheFolder, StringComparison.Ordinal)
                   ? new IOException($"No space left on device : '{path}'", 28) : null))
            result = site.Build(cache: CacheFolder);

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "MAP084");
        Assert.False(warning.IsError);
        Assert.Equal(CacheFolder, warning.Span.Path);
        Assert.Equal($"the build cache {CacheFolder} cannot be written: the disk is full (No space left on device); the site was written, and the next build renders every plan again",
            warning.Message);
        Assert.True(File.Exists(Path.Combine(site.Output, "other-county", "index.html")));
    }

    [Fact]
    public void A_failed_swap_puts_the_reused_folders_back_and_leaves_the_previous_site_as_it_was()
    {
        using var site = TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
        var before = Snapshot(site.Output);

        BuildResult result;
        // The new site cannot take the output folder's place: the temporary folder's rename fails.
        using (WriteFaults.Inject(path => Path.GetFileName(path).StartsWith("._site.tmp-", StringComparison.Ordinal)
                   && !path.Contains("other-county", StringComparison.Ordinal) && Directory.Exists(Path.Combine(path, "other-county"))
                   ? new IOException($"Permission denied : '{path}'", 13) : null))
            result = site.Build(cache: CacheFolder);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "MAP082");
        Assert.Equal(before, Snapshot(site.Output));
        var parent = Path.GetDirectoryName(site.Output)!;
        Assert.Empty(Directory.GetDirectories(parent, "._site.tmp-*"));
        Assert.Empty(Directory.GetDirectories(parent, "._site.old-*"));
    }

    [Fact]
    public void The_build_cache_is_outside_what_a_build_reads()
    {
        using var site = TwoPlans();
        site.Write(".staticmap/cache/outputs/stray.md", "---\ncomponent: findings\n---\nnot a plan\n");
        var result = Succeeds(site.Build(output: ColdOutput));
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.Path.StartsWith(".staticmap", StringComparison.Ordinal));
    }

    private static BuildResult Succeeds(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>The same files with the same bytes; the first difference named.</summary>
    internal static void SameTree(string expected, string actual)
    {
        var want = Snapshot(expected);
        var got = Snapshot(actual);
        Assert.Equal(want.Keys.Order(StringComparer.Ordinal), got.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, hash) in want) Assert.True(hash == got[path], $"{path} differs from a build without the cache");
    }
}
