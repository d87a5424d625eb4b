using StaticMap.Core.Model;

namespace StaticMap.Core.Writing;

/// <summary>
/// The search index built while the site is still rendered (issue 23): the render hands over each bucket as soon as all
/// of its pages are written to the <see cref="SearchSource"/> (<see cref="Ready"/>), and the bucket's bundle is built
/// (<see cref="SearchBundles.BuildBucket"/>: copied from the cache, or one Pagefind run) on a thread of its own, at most
/// one Pagefind per spare core while the render goes on, one per core after it (<see cref="RenderDone"/>).
/// <see cref="Finish"/> waits for every bucket; the site is committed only when every bundle is in it.
/// </summary>
public sealed class SearchBundleQueue : IDisposable
{
    private readonly string _siteFolder;
    private readonly string _pagefind;
    private readonly string _version;
    private readonly SearchSource _source;
    private readonly SearchBundleCache? _cache;
    private readonly SemaphoreSlim _slots;
    private readonly Dictionary<int, Task<SearchBundles.BucketResult>> _started = [];
    private readonly CancellationTokenSource _stop = new();
    private bool _renderDone;
    private readonly bool _discardPages;

    /// <param name="siteFolder">The site's temporary folder: the bundles go to its pagefind/ folder.</param>
    /// <param name="source">The search source, its pages routed into their buckets' folders (<see cref="SearchSource.Route"/>).</param>
    /// <param name="discardPages">
    /// Whether a bucket's trimmed pages are deleted as soon as its bundle is in the site, while the other buckets are still
    /// rendered and indexed (a build without the build cache, which would keep them): the deletion of some 10,000 small
    /// files is then not one wait at the end of the build (docs/performance.md).
    /// </param>
    public SearchBundleQueue(string siteFolder, string pagefind, SearchSource source, int bucketCount, SearchBundleCache? cache,
        bool discardPages = false)
    {
        _discardPages = discardPages;
        _siteFolder = siteFolder;
        _pagefind = pagefind;
        _version = SearchBundles.Version(pagefind);
        _source = source;
        _cache = cache;
        BucketCount = bucketCount;
        _slots = new SemaphoreSlim(Math.Max(1, Environment.ProcessorCount - 1), Math.Max(1, Environment.ProcessorCount));
    }

    public int BucketCount { get; }

    private volatile SearchPlanKeys? _planKeys;

    /// <summary>
    /// The build cache's keys of the plans, given before the buckets are ready: each bucket's key is then made of its plans'
    /// keys (and its other pages' bytes), and its trimmed pages are not read to decide whether it changed. A bucket started
    /// before them is keyed by all of its pages' bytes (another key: at worst it is indexed again).
    /// </summary>
    public SearchPlanKeys? PlanKeys
    {
        get => _planKeys;
        set => _planKeys = value;
    }

    /// <summary>The previous site's bundles (<see cref="SearchBundleSite"/>): a bucket whose key is one of them keeps it, moved at commit. Null: none.</summary>
    public SearchBundleSite? Previous { get; init; }

    /// <summary>All of a bucket's pages are written: its bundle is built now, on a thread of its own, when a slot is free.</summary>
    public void Ready(int bucket)
    {
        lock (_started)
        {
            if (_started.ContainsKey(bucket) || _stop.IsCancellationRequested) return;
            _started[bucket] = Task.Factory.StartNew(() => Build(bucket), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }
    }

    /// <summary>The render ended: the core it used is free for one more Pagefind.</summary>
    public void RenderDone()
    {
        lock (_started)
        {
            if (_renderDone) return;
            _renderDone = true;
            if (Environment.ProcessorCount > 1) _slots.Release();
        }
        PagefindRuns.RenderDone();
    }

    private SearchBundles.BucketResult Build(int bucket)
    {
        SearchBundles.BucketResult result;
        _slots.Wait();
        try
        {
            if (_stop.IsCancellationRequested) return new SearchBundles.BucketResult(bucket, "the build stopped", null, false);
            if (!SearchBundles.HasPages(_source, bucket)) return new SearchBundles.BucketResult(bucket, null, null, false, Empty: true);
            result = SearchBundles.BuildBucket(_siteFolder, _pagefind, _version, _source, bucket, _cache, planKeys: _planKeys, previous: Previous);
        }
        finally
        {
            _slots.Release();
        }
        // Outside the slot: a deletion waits for the disk, not for a core.
        if (_discardPages && result.Problem is null) _source.Discard(bucket);
        return result;
    }

    /// <summary>
    /// Builds the buckets not handed over yet (those with pages), waits for every bucket and keeps in the cache the
    /// entries this site uses. The outcome names the first failed bucket's problem (in bucket order), or none.
    /// </summary>
    public SearchBundles.Outcome Finish()
    {
        RenderDone();
        foreach (var bucket in SearchBundles.Sort(_source, BucketCount)) Ready(bucket);
        List<SearchBundles.BucketResult> results;
        lock (_started) results = [.. _started.Values.Select(t => t.Result).OrderBy(r => r.Bucket)];
        var failed = results.FirstOrDefault(r => r.Problem is not null);
        if (failed is null) _cache?.Prune(results.Select(r => r.Used).OfType<string>().ToHashSet(StringComparer.Ordinal));
        Bundles = failed is null ? [.. results.Where(r => r.Used is not null).Select(r => (r.Bucket, r.Used!))] : [];
        return new SearchBundles.Outcome(failed?.Problem, results.Count(r => !r.Empty), results.Count(r => r.Reused))
        {
            FailedBucket = failed?.Bucket,
            Kept = failed is null ? results.Count(r => r.Kept) : 0,
        };
    }

    /// <summary>After <see cref="Finish"/>: each bundle in the site with the key it was built or reused under (none when a bucket failed).</summary>
    public IReadOnlyList<(int Bucket, string Key)> Bundles { get; private set; } = [];

    /// <summary>Stops handing out slots and waits for the runs under way (a render that failed: nothing is committed).</summary>
    public void Dispose()
    {
        Task[] running;
        lock (_started)
        {
            _stop.Cancel();
            running = [.. _started.Values];
        }
        try { Task.WaitAll(running); }
        catch (AggregateException) { }
        _slots.Dispose();
        _stop.Dispose();
    }
}

/// <summary>
/// A test seam: Pagefind replaced, for the current logical call (an AsyncLocal, so tests running in parallel do not see
/// each other's), by a function of its arguments that returns null (indexed) or a problem, as <see cref="SearchBundles.RunPagefind"/> does.
/// </summary>
internal static class PagefindRuns
{
    private static readonly AsyncLocal<(Func<IReadOnlyList<string>, string?> Run, Action? RenderDone, string Executable)?> Fake = new();

    /// <param name="executable">An existing file that stands for Pagefind's binary (its key in the bundle cache).</param>
    /// <param name="renderDone">Told when the render stage ended (<see cref="SearchBundleQueue.RenderDone"/>).</param>
    public static IDisposable Inject(string executable, Func<IReadOnlyList<string>, string?> run, Action? renderDone = null)
    {
        Fake.Value = (run, renderDone, executable);
        return new Reset();
    }

    /// <summary>The fake's executable, or null when Pagefind itself runs.</summary>
    public static string? Executable => Fake.Value?.Executable;

    /// <summary>The fake's answer, or false when Pagefind itself runs.</summary>
    public static bool TryRun(IReadOnlyList<string> arguments, out string? problem)
    {
        problem = null;
        if (Fake.Value is not { } fake) return false;
        problem = fake.Run(arguments);
        return true;
    }

    public static void RenderDone() => Fake.Value?.RenderDone?.Invoke();

    private sealed class Reset : IDisposable
    {
        public void Dispose() => Fake.Value = null;
    }
}
