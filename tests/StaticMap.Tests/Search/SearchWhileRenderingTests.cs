using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics;
using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Search;

/// <summary>
/// The search index built while the site renders (docs/performance.md#search-index-in-buckets): a bucket's Pagefind
/// starts as soon as all of its pages are written, and a bucket whose Pagefind fails leaves the site without any index,
/// never the index of some plans only. Pagefind is replaced by a fake (<see cref="PagefindRuns"/>) that writes a bundle.
/// </summary>
public sealed class SearchWhileRenderingTests : IDisposable
{
    private const int Buckets = 3;
    private readonly TestSite _site = TestSite.Valid();
    private readonly string _fake = Path.GetTempFileName();
    private readonly List<(string Site, bool Rendering)> _runs = [];
    private volatile bool _rendering = true;

    public SearchWhileRenderingTests()
    {
        // Nine plans besides the fixture's: every bucket of three has plans to render.
        for (var i = 1; i <= 9; i++) _site.CopyFolder(TestSite.Plan, $"plans/copy-{i:00}");
    }

    public void Dispose()
    {
        _site.Dispose();
        File.Delete(_fake);
    }

    /// <summary>A fake Pagefind: notes its --site and whether the render was still going, writes a bundle, or fails for <paramref name="failing"/>.</summary>
    private string? Run(IReadOnlyList<string> arguments, int? failing)
    {
        var site = arguments[arguments.ToList().IndexOf("--site") + 1];
        var output = arguments[arguments.ToList().IndexOf("--output-path") + 1];
        lock (_runs) _runs.Add((site, _rendering));
        if (failing is { } bucket && site.EndsWith($".b{bucket}", StringComparison.Ordinal)) return "Pagefind exited with 1: Error: Failed to parse file";
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "pagefind-entry.json"), $$"""{"version":"1.4.0","pages":{{Directory.GetFiles(site, "*.html", SearchOption.AllDirectories).Length}}}""");
        return null;
    }

    private BuildResult Build(int? failing = null)
    {
        _rendering = true;
        using (PagefindRuns.Inject(_fake, args => Run(args, failing), () => _rendering = false))
            return _site.Build(new SiteOptions(IncludeDrafts: true) { SearchBucketCount = Buckets }, search: true);
    }

    [Fact]
    public void Each_bucket_is_indexed_once_and_the_first_while_the_other_plans_are_still_rendered()
    {
        var result = Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains($"search: indexed with Pagefind in {Buckets} bundles", result.Notes);
        Assert.Equal(Buckets, _runs.Count);
        Assert.Equal(Buckets, _runs.Select(r => r.Site).Distinct().Count());
        Assert.True(_runs.Any(r => r.Rendering), "no bucket's Pagefind started before the render ended: " + string.Join(", ", _runs));
        // Each bundle is in the site, and holds exactly its bucket's pages: the plans of bucket 1 in pagefind/b1/.
        foreach (var bucket in Enumerable.Range(0, Buckets))
            Assert.True(File.Exists(Path.Combine(_site.Output, SearchBuckets.Path(bucket).Trim('/'), "pagefind-entry.json")), $"no bundle at {SearchBuckets.Path(bucket)}");
        var plans = _site.Files("plans").Select(f => f.Split('/')[1]).Distinct().ToList();
        var inBucket1 = plans.Where(p => SearchBuckets.Of(p, Buckets) == 1).ToList();
        Assert.NotEmpty(inBucket1);
        var pages = inBucket1.Sum(p => Directory.GetFiles(Path.Combine(_site.Output, p), "*.html", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("data-pagefind-body", StringComparison.Ordinal)));
        Assert.Equal($$"""{"version":"1.4.0","pages":{{pages}}}""", _site.Read("_site/pagefind/b1/pagefind-entry.json"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_bucket_s_trimmed_pages_are_deleted_once_its_bundle_is_built_unless_the_build_cache_keeps_them(bool discard)
    {
        var folder = Path.Combine(Path.GetTempPath(), "staticmap-discard-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            string[] plans = ["plan-a", "plan-b", "plan-c", "plan-d", "plan-e"];
            static byte[] Page(string title) => System.Text.Encoding.UTF8.GetBytes(
                $"<!DOCTYPE html>\n<html lang=\"en\"><body><main id=\"sm-main\" data-pagefind-body><h1>{title}</h1><p>Housing near jobs.</p></main></body></html>\n");
            using var source = new SearchSource(Path.Combine(folder, "source"));
            source.Route(Buckets, plans.ToHashSet(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal) { "es" });
            source.Add("index.html", Page("Home"));
            foreach (var plan in plans) source.Add($"{plan}/index.html", Page(plan));
            var site = Path.Combine(folder, "site");
            SearchBundles.Outcome outcome;
            using (PagefindRuns.Inject(_fake, args => Run(args, failing: null)))
            using (var queue = new SearchBundleQueue(site, _fake, source, Buckets, cache: null, discardPages: discard))
                outcome = queue.Finish();

            Assert.Null(outcome.Problem);
            var buckets = plans.Select(p => SearchBuckets.Of(p, Buckets)).Append(0).Distinct().Order().ToList();
            Assert.Equal(buckets.Count, outcome.Bundles);
            Assert.Equal(buckets.Select(source.BucketFolder).Order(StringComparer.Ordinal), _runs.Select(r => r.Site).Order(StringComparer.Ordinal));
            // Every bundle was built from its pages (they were there when Pagefind ran) ...
            foreach (var bucket in buckets)
            {
                var pages = plans.Count(p => SearchBuckets.Of(p, Buckets) == bucket) + (bucket == 0 ? 1 : 0);
                Assert.Equal($$"""{"version":"1.4.0","pages":{{pages}}}""",
                    File.ReadAllText(Path.Combine(site, SearchBuckets.Path(bucket).Trim('/'), "pagefind-entry.json")));
            }
            // ... and without the build cache they are gone before the build's end; with it they stay for the cache to keep.
            Assert.All(_runs, run => Assert.Equal(!discard, Directory.Exists(run.Site)));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bucket_whose_Pagefind_fails_leaves_the_site_without_an_index_and_the_note_says_why()
    {
        Assert.True(Build().Succeeded);
        Assert.True(File.Exists(Path.Combine(_site.Output, "pagefind", "b2", "pagefind-entry.json")));

        var result = Build(failing: 2);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("search: not indexed, so the search page says search is not available (warning MAP029)", result.Notes);
        // A warning, counted in the summary and annotated on GitHub like the plans' own: on the site, naming the bucket, its
        // plans and Pagefind's line, and what to do.
        var d = Assert.Single(result.Diagnostics, d => d.Code == "MAP029");
        Assert.Equal((Severity.Warning, "_site", 1, 1), (d.Severity, d.Span.Path, d.Span.Line, d.Span.Column));
        var plans = _site.Files("plans").Select(f => f.Split('/')[1]).Distinct().Where(p => SearchBuckets.Of(p, Buckets) == 2).Order(StringComparer.Ordinal).ToList();
        Assert.Equal($"the site is published without search: Pagefind failed on search bucket 2 of 3 (/pagefind/b2/, {plans.Count} plans: " +
                     $"{string.Join(", ", plans.Take(5))}{(plans.Count > 5 ? $" and {plans.Count - 5} more" : "")}): Pagefind exited with 1: Error: Failed to parse file; " +
                     "no search index was published (not one that finds some plans only), and the search page says search is not available; " +
                     "build again, and if it fails again, fix the page Pagefind names or report the problem with its message", d.Message);
        // Not the index of two buckets out of three: none, and the search page says search is not available.
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "pagefind")), "a partial index was published");
        Assert.True(File.Exists(Path.Combine(_site.Output, "search", "index.html")));
    }
}

/// <summary>What MAP029 quotes of a Pagefind that failed: its last line, which says what stopped it (its first lines list the
/// pages it read).</summary>
public sealed class PagefindLastLineTests
{
    [Theory]
    [InlineData("Running Pagefind v1.4.0\nIndexing 40 pages\n\nError: Failed to parse file: a/index.html\n\n", "", "Error: Failed to parse file: a/index.html")]
    [InlineData("", "Found 3 files\nthread 'main' panicked at 'out of memory'\n", "thread 'main' panicked at 'out of memory'")]
    [InlineData(" \n", "", "no message")]
    public void The_last_line_with_text_of_the_error_else_of_the_output(string error, string output, string expected) =>
        Assert.Equal(expected, SearchBundles.LastLine(error, output));
}
