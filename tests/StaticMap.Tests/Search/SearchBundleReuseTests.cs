using System.Text;
using System.Text.Json;
using StaticMap.Core.Model;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Search;

/// <summary>
/// The search index in buckets, with the real Pagefind: each bucket is its own bundle, a bucket whose pages did not
/// change is copied from the cache, and the site's pagefind/ folder is then byte for byte what a build without the
/// cache writes.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SearchBundleReuseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "staticmap-bundles-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly string[] _plans = ["alameda-county", "ramsey-county", "boone-county", "synthetic-0001", "synthetic-0002", "synthetic-0003"];
    private const int Buckets = 4;

    private static string Pagefind()
    {
        var pagefind = SearchIndex.FindPagefind(TestSite.ThemeFolder, VendorLibraries.FromEnvironment(), out var problem);
        MissingTool.Require(pagefind is not null, $"Pagefind is needed ({problem ?? "not found"}): build the sample site once with access to the npm registry, or run 'npm ci --prefix theme'.");
        return pagefind!;
    }

    private static byte[] Page(string lang, string title, string text) => Encoding.UTF8.GetBytes(
        $"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><title>{title}</title></head><body><main id=\"sm-main\" data-pagefind-body>" +
        $"<h1>{title}</h1><p>{text}</p></main></body></html>\n");

    /// <summary>A search source as a build hands it over: the homes, and each plan's overview (the first also in Spanish) with its plan.json.</summary>
    private SearchSource Source(string run, string changedPlan = "")
    {
        var source = new SearchSource(Path.Combine(_folder, "source-" + run));
        source.Add("index.html", Page("en", "Mobility Action Plans", "Plans for upward mobility in housing and jobs."));
        source.Add("es/index.html", Page("es", "Planes de acción", "Planes de movilidad en vivienda y empleo."));
        foreach (var plan in _plans)
        {
            var words = plan == changedPlan ? "Affordable housing and transit, revised." : "Affordable housing near good jobs.";
            source.Add($"{plan}/index.html", Page("en", $"{plan} plan", $"{plan}: {words}"));
            source.Add($"{plan}/plan.json", "{}"u8);
        }
        source.Add("es/alameda-county/index.html", Page("es", "Plan del condado de Alameda", "Vivienda asequible cerca de buenos empleos."));
        return source;
    }

    private (SearchBundles.Outcome Outcome, string Site) Build(string run, SearchBundleCache? cache, string changedPlan = "")
    {
        var site = Path.Combine(_folder, "site-" + run);
        Directory.CreateDirectory(site);
        using var source = Source(run, changedPlan);
        return (SearchBundles.Build(site, Pagefind(), source, Buckets, cache), site);
    }

    private static Dictionary<string, string> Files(string site)
    {
        var root = Path.Combine(site, "pagefind");
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);
    }

    private static void AssertSameFiles(string expectedSite, string actualSite)
    {
        var expected = Files(expectedSite);
        var actual = Files(actualSite);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value == actual[file.Key], $"pagefind/{file.Key} differs"));
    }

    [SkippableFact]
    public void Each_bucket_is_a_bundle_and_only_bundle_0_carries_pagefind_s_script_and_webassembly()
    {
        var (outcome, site) = Build("cold", cache: null);
        Assert.Null(outcome.Problem);
        var buckets = new[] { 0 }.Concat(_plans.Select(p => SearchBuckets.Of(p, Buckets))).Distinct().Order().ToList();
        Assert.Equal(buckets.Count, outcome.Bundles);
        Assert.True(buckets.Count >= 3, "the plans are in at least two buckets besides bucket 0");
        foreach (var bucket in buckets)
        {
            var bundle = Path.Combine(site, SearchBuckets.Path(bucket).Trim('/'));
            Assert.True(File.Exists(Path.Combine(bundle, "pagefind-entry.json")), $"{SearchBuckets.Path(bucket)} has no pagefind-entry.json");
            Assert.Equal(bucket == 0, File.Exists(Path.Combine(bundle, "pagefind.js")));
            Assert.Equal(bucket == 0, File.Exists(Path.Combine(bundle, "pagefind-worker.js"))); // Pagefind 1.5 on searches in a worker
            Assert.Equal(bucket == 0, Directory.GetFiles(bundle, "wasm.*.pagefind").Length > 0);
            // A merged bundle is its index alone: no script, style sheet or WebAssembly a reader would download for nothing.
            if (bucket != 0)
                Assert.DoesNotContain(Directory.GetFiles(bundle).Select(Path.GetFileName), f => f!.EndsWith(".js", StringComparison.Ordinal)
                    || f.EndsWith(".css", StringComparison.Ordinal) || f.StartsWith("wasm.", StringComparison.Ordinal));
        }
        // The Spanish pages are in bucket 0 (the Spanish home) and in Alameda County's bucket, and in no other.
        foreach (var bucket in buckets)
        {
            using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, SearchBuckets.Path(bucket).Trim('/'), "pagefind-entry.json")));
            var spanish = entry.RootElement.GetProperty("languages").TryGetProperty("es", out _);
            Assert.Equal(bucket == 0 || bucket == SearchBuckets.Of("alameda-county", Buckets), spanish);
        }
    }

    [SkippableFact]
    public void Unchanged_buckets_are_reused_and_the_index_is_byte_identical_to_a_build_without_the_cache()
    {
        var cache = new SearchBundleCache(Path.Combine(_folder, "cache"));
        var (cold, coldSite) = Build("cold", cache: null);
        var (first, _) = Build("first", cache);
        Assert.Equal(0, first.Reused);

        var (warm, warmSite) = Build("warm", cache);
        Assert.Null(warm.Problem);
        Assert.Equal(cold.Bundles, warm.Reused);
        AssertSameFiles(coldSite, warmSite);

        // One plan changed: its bucket alone is indexed again, and the result is a cold build's of the changed pages.
        var (changed, changedSite) = Build("changed", cache, changedPlan: "ramsey-county");
        Assert.Equal(cold.Bundles - 1, changed.Reused);
        var (changedCold, changedColdSite) = Build("changed-cold", cache: null, changedPlan: "ramsey-county");
        Assert.Null(changedCold.Problem);
        AssertSameFiles(changedColdSite, changedSite);
        var before = Files(coldSite);
        Assert.Contains(Files(changedSite), file => !before.TryGetValue(file.Key, out var bytes) || bytes != file.Value);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
