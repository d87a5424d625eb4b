using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;
using StaticMap.Core;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;

namespace StaticMap.BrowserTests;

/// <summary>
/// The sample site built with its search index in six buckets (a test-only option; a real site gets several buckets from
/// 51 plans on): Alameda County in bucket 5, Ramsey County in bucket 3, Boone County (a draft,
/// not indexed) in bucket 4, the site's pages in bucket 0.
/// </summary>
public sealed class BucketedSampleSite : IAsyncLifetime
{
    public const int Buckets = 6;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "staticmap-buckets-" + Guid.NewGuid().ToString("N")[..12]);
    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Exception? _browserProblem;
    private PrerequisiteMissingException? _searchProblem;

    public string SiteFolder => Path.Combine(_folder, "site");
    public Uri Address => _server!.Address;
    public IBrowser Browser => _browser ?? throw (_browserProblem is PrerequisiteMissingException missing ? Prerequisites.Unavailable(missing)
        : _browserProblem ?? new InvalidOperationException("Chromium is not running"));

    public void RequireSearchIndex()
    {
        if (_searchProblem is not null) throw Prerequisites.Unavailable(_searchProblem);
    }

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var result = await Task.Run(() => SiteBuilder.Build(new BuildRequest(Repository.Root, SiteFolder,
            new SiteOptions(IncludeDrafts: true) { SearchBucketCount = Buckets }, Path.Combine(Repository.Root, "theme"), Search: true)));
        if (!result.Succeeded)
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        if (!result.Notes.Any(n => n.Contains("indexed with Pagefind", StringComparison.Ordinal)))
            _searchProblem = Prerequisites.PagefindMissing(string.Join("; ", result.Notes.Where(n => n.StartsWith("search:", StringComparison.Ordinal))));
        _server = await SiteServer.StartAsync(SiteFolder, new Dictionary<string, string>());
        (_playwright, _browser, _browserProblem) = await SiteFixture.LaunchChromiumAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public partial class SearchBucketTests(BucketedSampleSite site) : IClassFixture<BucketedSampleSite>
{
    /// <summary>Searches on a search page; the result links, the status line and every bundle the page fetched.</summary>
    private async Task<(IReadOnlyList<string> Links, string Status, IReadOnlyList<string> Bundles, IReadOnlyList<string> Problems)> Search(string path, string query)
    {
        site.RequireSearchIndex();
        var context = await site.Browser.NewContextAsync(SiteFixture.Desktop());
        try
        {
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            var bundles = new List<string>();
            // As BrowserSession: a failed load is reported with its address below (the console only says "Failed to load resource").
            page.Console += (_, m) =>
            {
                if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) problems.Add("console error: " + m.Text);
            };
            page.PageError += (_, e) => problems.Add("script error: " + e);
            page.Response += (_, r) =>
            {
                if (r.Status >= 400 && !r.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) problems.Add($"HTTP {r.Status} for {r.Url}");
                if (BundleEntry().Match(new Uri(r.Url).AbsolutePath) is { Success: true } m) bundles.Add(m.Groups[1].Value);
            };
            await page.GotoAsync(new Uri(site.Address, path.TrimStart('/')).ToString());
            await SearchPage.WaitForSearchForm(page);
            await SearchPage.Search(page, query);
            var links = await page.Locator("#sm-search-results > li > h2 > a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
            var status = await page.Locator("#sm-search-status").InnerTextAsync();
            return (links, status, bundles.Distinct().Order(StringComparer.Ordinal).ToList(), problems);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [GeneratedRegex("^(/pagefind/(?:b[0-9]+/)?)pagefind-entry\\.json$")]
    private static partial Regex BundleEntry();

    [SkippableFact]
    public async Task An_English_search_merges_the_buckets_and_lists_results_from_each_in_one_list()
    {
        var (links, status, bundles, problems) = await Search("/search/", "housing");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var alameda = SearchBuckets.Path(SearchBuckets.Of("alameda-county", BucketedSampleSite.Buckets));
        var ramsey = SearchBuckets.Path(SearchBuckets.Of("ramsey-county", BucketedSampleSite.Buckets));
        Assert.NotEqual(alameda, ramsey);
        // Boone County is a draft, not indexed: its bucket (4, of no other plan) has no bundle and is not merged.
        Assert.Equal(new[] { "/pagefind/", alameda, ramsey }.Order(StringComparer.Ordinal), bundles);
        Assert.Contains(links, l => l.StartsWith("/alameda-county/", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith("/ramsey-county/", StringComparison.Ordinal));
        Assert.DoesNotContain(links, l => l.StartsWith("/es/", StringComparison.Ordinal));
        Assert.Equal($"{links.Count} results for “housing”.", status);
    }

    [SkippableFact]
    public async Task A_Spanish_search_merges_only_the_buckets_with_Spanish_pages_and_finds_Spanish_pages_only()
    {
        var (links, status, bundles, problems) = await Search("/es/search/", "vivienda");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var alameda = SearchBuckets.Path(SearchBuckets.Of("alameda-county", BucketedSampleSite.Buckets));
        Assert.Equal(new[] { "/pagefind/", alameda }.Order(StringComparer.Ordinal), bundles);
        Assert.Contains(links, l => l.StartsWith("/es/alameda-county/", StringComparison.Ordinal));
        Assert.All(links, l => Assert.StartsWith("/es/", l));
        Assert.Equal(links.Count == 1 ? "1 resultado para “vivienda”." : $"{links.Count} resultados para “vivienda”.", status);
    }
}
