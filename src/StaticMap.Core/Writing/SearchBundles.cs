using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Model;

namespace StaticMap.Core.Writing;

/// <summary>
/// The search index in buckets (<see cref="SearchBuckets"/>): the pages of a <see cref="SearchSource"/> sorted into one
/// folder per bucket (a plan's folders, "alameda-county/" and "es/alameda-county/", moved whole), and each bucket indexed
/// by Pagefind into its own bundle, /pagefind/ for bucket 0 and /pagefind/b{n}/ for the others. A bucket whose pages,
/// Pagefind and options are those of a bundle in the cache is not indexed again: the bundle is copied from the cache.
/// </summary>
public static class SearchBundles
{
    /// <summary>
    /// What the bundles of buckets other than 0 leave out: the search page loads Pagefind's script, its worker and its
    /// WebAssembly from /pagefind/ only (a merged bundle is read by the first bundle's worker), and uses none of its UIs.
    /// </summary>
    private static readonly string[] PrimaryOnly = ["pagefind.js", "pagefind-worker.js", "pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
        "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"];

    /// <summary>The outcome of one build of the index.</summary>
    public sealed record Outcome(string? Problem, int Bundles, int Reused)
    {
        /// <summary>The bucket whose bundle failed (<see cref="Problem"/>), or null.</summary>
        public int? FailedBucket { get; init; }

        /// <summary>How many of the <see cref="Reused"/> bundles are the previous site's, moved into the new site at commit (the others are copied from the cache).</summary>
        public int Kept { get; init; }
    }

    /// <summary>
    /// Indexes the pages of <paramref name="source"/> into <paramref name="siteFolder"/>'s pagefind/ folder, in
    /// <paramref name="bucketCount"/> buckets, reusing the bundles <paramref name="cache"/> holds (none when null).
    /// </summary>
    /// <param name="beforeFirstRun">Called once, before Pagefind first runs (not at all when every bundle is reused).</param>
    public static Outcome Build(string siteFolder, string pagefind, SearchSource source, int bucketCount, SearchBundleCache? cache,
        Action? beforeFirstRun = null)
    {
        var buckets = Sort(source, bucketCount);
        var version = Version(pagefind);
        var used = new HashSet<string>(StringComparer.Ordinal);
        int bundles = 0, reused = 0;
        foreach (var bucket in buckets)
        {
            bundles++;
            var result = BuildBucket(siteFolder, pagefind, version, source, bucket, cache, () =>
            {
                beforeFirstRun?.Invoke();
                beforeFirstRun = null;
            });
            if (result.Problem is not null) return new Outcome(result.Problem, bundles, reused) { FailedBucket = bucket };
            if (result.Used is { } key) used.Add(key);
            if (result.Reused) reused++;
        }
        cache?.Prune(used);
        return new Outcome(null, bundles, reused);
    }

    /// <summary>What became of one bucket: the problem (null when its bundle is in the site), the cache entry it used, whether it was reused.</summary>
    internal sealed record BucketResult(int Bucket, string? Problem, string? Used, bool Reused, bool Empty = false)
    {
        /// <summary>Whether the bundle is the previous site's, moved into the new site at commit (<see cref="SearchBundleSite"/>), not copied.</summary>
        public bool Kept { get; init; }
    }

    /// <summary>Whether a bucket has pages to index (a bucket no plan hashes to has none, and no bundle): written, or still in the build cache (<see cref="SearchSource.Defer"/>).</summary>
    internal static bool HasPages(SearchSource source, int bucket) => Directory.Exists(source.BucketFolder(bucket)) || source.DeferredIn(bucket).Any();

    /// <summary>
    /// One bucket's bundle into the site: copied from <paramref name="cache"/> when it holds the bucket's key, else
    /// indexed by Pagefind (<see cref="RunPagefind"/>) and stored in the cache. Safe to run for several buckets at once.
    /// </summary>
    /// <param name="beforeRun">Called just before Pagefind runs (not when the bundle is reused).</param>
    /// <param name="planKeys">The build cache's keys of the plans (<see cref="SearchPlanKeys"/>): a plan's pages enter the bucket's key by its key, unread; null to hash every page.</param>
    /// <param name="previous">The previous site's bundles (<see cref="SearchBundleSite"/>): one with this bucket's key is moved into the new site at commit.</param>
    internal static BucketResult BuildBucket(string siteFolder, string pagefind, string version, SearchSource source, int bucket,
        SearchBundleCache? cache, Action? beforeRun = null, SearchPlanKeys? planKeys = null, SearchBundleSite? previous = null)
    {
        var folder = source.BucketFolder(bucket);
        var output = Path.Combine(siteFolder, SearchBuckets.Path(bucket).Trim('/').Replace('/', Path.DirectorySeparatorChar));
        // A key made of the pages' bytes reads every page of the bucket: the pages the build cache still holds come in first.
        if (cache is null || planKeys is null) source.Gather(bucket);
        var key = cache is null ? null : planKeys is null ? Key(folder, source, version, bucket) : Key(folder, source, version, bucket, planKeys);
        // The previous site holds this bundle, intact: it is moved into the new site at commit, not copied.
        if (key is not null && previous is not null && previous.Claim(key, bucket))
        {
            cache!.Find(key); // marked as used, so the cache keeps its copy (if it has one)
            return new BucketResult(bucket, null, key, true) { Kept = true };
        }
        if (key is not null && cache!.Find(key) is { } entry)
        {
            CopyFolder(entry, output);
            return new BucketResult(bucket, null, key, true);
        }
        // Pagefind reads the bucket's pages: the unchanged plans' come from the build cache now, and only for this bucket.
        source.Gather(bucket);
        beforeRun?.Invoke();
        var temp = key is null ? null : cache!.NewTemporary();
        var started = Timeline.Now();
        var problem = Run(pagefind, folder, temp ?? output);
        Timeline.Ran(bucket, started);
        if (problem is not null)
        {
            if (temp is not null) TryDelete(temp);
            return new BucketResult(bucket, problem, null, false);
        }
        if (bucket != 0) LeaveOutPrimaryFiles(temp ?? output);
        if (temp is null) return new BucketResult(bucket, null, null, false);
        var stored = cache!.Store(key!, temp);
        CopyFolder(stored ?? temp, output);
        if (Directory.Exists(temp)) TryDelete(temp);
        return new BucketResult(bucket, null, stored is null ? null : key, false);
    }

    /// <summary>
    /// Moves each plan's folders into the folder of its bucket (bucket 0's stay); the buckets that have pages, in order.
    /// With one bucket nothing moves: Pagefind reads the folder as it did before buckets.
    /// </summary>
    public static IReadOnlyList<int> Sort(SearchSource source, int bucketCount)
    {
        // Pages not routed into their buckets as they were written are sorted here, the build cache's with the others.
        if (!source.Routed) source.Gather();
        if (bucketCount <= 1) return HasPages(source, 0) ? [0] : [];
        if (source.Routed) return Enumerable.Range(0, bucketCount).Where(b => HasPages(source, b)).ToList();
        var plans = source.Plans.ToHashSet(StringComparer.Ordinal);
        // The folders of the languages other than the site's ("es/"): the top-level folders that are no plan's.
        var languages = Directory.Exists(source.Folder)
            ? Directory.GetDirectories(source.Folder).Select(Path.GetFileName).OfType<string>().Where(d => !plans.Contains(d)).ToList()
            : [];
        foreach (var plan in plans)
        {
            var bucket = SearchBuckets.Of(plan, bucketCount);
            if (bucket == 0) continue;
            var target = source.BucketFolder(bucket);
            foreach (var prefix in languages.Prepend(""))
            {
                var from = Path.Combine(source.Folder, prefix, plan);
                if (!Directory.Exists(from)) continue;
                var to = Path.Combine(target, prefix, plan);
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                Directory.Move(from, to);
                source.Moved(prefix.Length == 0 ? plan : $"{prefix}/{plan}", to);
            }
        }
        return Enumerable.Range(0, bucketCount).Where(b => Directory.Exists(source.BucketFolder(b))).ToList();
    }

    /// <summary>
    /// The key of a bucket's bundle: SHA-256 over the layout's version, Pagefind's version and the options it runs with,
    /// the bucket (bucket 0's bundle is the one with Pagefind's script), and each page's path and bytes, in path order.
    /// </summary>
    public static string Key(string folder, SearchSource source, string pagefindVersion, int bucket)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }
        Add("staticmap-search-bundle-1");
        Add(pagefindVersion);
        Add(string.Join(' ', Arguments("SITE", "OUTPUT")));
        Add(bucket == 0 ? "primary" : "merged");
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add(file);
            hash.AppendData(source.HashOf(file) ?? SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// The key of a bucket's bundle from what its pages are made of, without reading them: as <see cref="Key(string, SearchSource, string, int)"/>,
    /// but each plan of the bucket that has a build-cache key (<see cref="SearchPlanKeys"/>: a SHA-256 over every input of
    /// its pages, so the same key writes the same pages, and the same trimmed copies of them) enters by its id and key, and
    /// its folders are not listed; the bucket's other pages (the site's own, a plan without a key) by their paths and bytes.
    /// </summary>
    public static string Key(string folder, SearchSource source, string pagefindVersion, int bucket, SearchPlanKeys planKeys)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }
        Add("staticmap-search-bundle-2");
        Add(pagefindVersion);
        Add(string.Join(' ', Arguments("SITE", "OUTPUT")));
        Add(bucket == 0 ? "primary" : "merged");
        var keyed = planKeys.InBucket(bucket, source);
        foreach (var (plan, key) in keyed) Add($"plan {plan} {key}");
        var skipped = keyed.SelectMany(k => planKeys.Folders[k.Plan]).ToHashSet(StringComparer.Ordinal);
        // A page that enters by its bytes is read: when the build cache still holds one (a plan without a key here), the bucket's come in.
        if (source.DeferredIn(bucket).Any(f => !skipped.Contains(f))) source.Gather(bucket);
        var files = new List<string>();
        if (Directory.Exists(folder)) ListFiles(folder, "", skipped, files);
        files.Sort(StringComparer.Ordinal);
        foreach (var file in files)
        {
            Add("page " + file);
            hash.AppendData(source.HashOf(file) ?? SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The files under <paramref name="folder"/> (relative, '/'-separated), leaving out the folders in <paramref name="skipped"/>.</summary>
    private static void ListFiles(string folder, string relative, IReadOnlySet<string> skipped, List<string> files)
    {
        var full = relative.Length == 0 ? folder : Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
        foreach (var entry in new DirectoryInfo(full).EnumerateFileSystemInfos())
        {
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry is DirectoryInfo) { if (!skipped.Contains(path)) ListFiles(folder, path, skipped, files); }
            else files.Add(path);
        }
    }

    private static string[] Arguments(string site, string output) => ["--site", site, "--output-path", output, "--silent"];

    /// <summary>
    /// Which Pagefind: its path ("…/pagefind/linux-x64-1.6.0/pagefind_extended" names the version it was restored at),
    /// size and modification time. No process is started for it: a warm build runs no Pagefind at all. Another binary
    /// at the same path is another key, so at worst a bundle is indexed again.
    /// </summary>
    internal static string Version(string pagefind)
    {
        var file = new FileInfo(pagefind);
        return $"{file.FullName} {file.Length} {file.LastWriteTimeUtc:O}";
    }

    /// <returns>Null when Pagefind indexed the folder, else what went wrong, for the build's note.</returns>
    private static string? Run(string pagefind, string site, string output) => RunPagefind(pagefind, Arguments(site, output));

    /// <summary>The one way StaticMap runs Pagefind: its output read, at most 5 minutes, then the whole process tree ended.</summary>
    /// <returns>Null when Pagefind succeeded, else what went wrong, for the build's note.</returns>
    internal static string? RunPagefind(string pagefind, IEnumerable<string> arguments)
    {
        if (PagefindRuns.TryRun([.. arguments], out var faked)) return faked;
        var start = new ProcessStartInfo(pagefind) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                return "Pagefind took more than 5 minutes";
            }
            // Pagefind's last line says what stopped it (its error, after the pages it read); its standard output when it wrote no error.
            return process.ExitCode == 0 ? null : $"Pagefind exited with {process.ExitCode}: {LastLine(error.Result, output.Result)}";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            return $"Pagefind could not start: {ex.Message}";
        }
    }

    /// <summary>The last line with text of <paramref name="error"/>, else of <paramref name="output"/>; "no message" when both are empty.</summary>
    internal static string LastLine(string error, string output) =>
        (error.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0)
         ?? output.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Length > 0)) is { } line
            ? line.Length > 300 ? line[..300] + "…" : line
            : "no message";

    /// <summary>
    /// With STATICMAP_TIMINGS=1 (as the pipeline's timings), one line on standard error for each Pagefind run: its bucket,
    /// and when it started and ended in milliseconds since the process started, so that the runs can be laid beside the
    /// stages' marks (docs/performance.md: whether both cores are busy while the render and the index share them).
    /// </summary>
    private static class Timeline
    {
        private static readonly bool On = Environment.GetEnvironmentVariable("STATICMAP_TIMINGS") == "1";
        private static readonly DateTime ProcessStart = On ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

        public static double Now() => On ? (DateTime.UtcNow - ProcessStart).TotalMilliseconds : 0;

        public static void Ran(int bucket, double started)
        {
            if (On) Console.Error.WriteLine($"pagefind: bucket {bucket,2} from {started,6:0} ms to {Now(),6:0} ms");
        }
    }

    private static void LeaveOutPrimaryFiles(string bundle)
    {
        foreach (var file in PrimaryOnly.Select(f => Path.Combine(bundle, f)).Concat(Directory.GetFiles(bundle, "wasm.*.pagefind")))
            if (File.Exists(file)) File.Delete(file);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}
