using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Writing;
using StaticMap.Core.Rendering;
using StaticMap.Core.Caching;
using StaticMap.Core.Model;

namespace StaticMap.Core.Pipeline;

/// <summary>
/// A build's target: a temporary folder next to the output folder the guard accepted, swapped in on commit (after the
/// Pagefind index is built), so any error leaves the previous site byte for byte. With a <paramref name="cache"/>, the plans
/// whose outputs did not change are not rendered: their folders are moved from the previous site at commit (<see cref="BuildCache"/>).
/// </summary>
/// <param name="searchBuckets">The number of search buckets (<see cref="SiteOptions.SearchBucketCount"/>), or null for <see cref="SearchBuckets.Count"/> of the plans written.</param>
/// <param name="searchCache">Where the search bundles of earlier builds are kept, or null to index every bucket.</param>
public sealed class OutputFolderTarget(OutputTarget target, string display, bool search, BuildCache? cache = null, int? searchBuckets = null, SearchBundleCache? searchCache = null) : ISiteTarget
{
    /// <summary>The build cache, or null with --no-cache (and for every caller that does not ask for one).</summary>
    public BuildCache? Cache => cache;

    private readonly List<string> _notes = [];

    public string Display => display;

    /// <summary>What the build wants the user to know that is not a problem in the plans, e.g. whether search was indexed.</summary>
    public IReadOnlyList<string> Notes => _notes;

    private readonly List<Diagnostics.Diagnostic> _diagnostics = [];

    /// <summary>Warnings of the commit, reported with the build's diagnostics: a site published without search (MAP029).</summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics => _diagnostics;

    public ISiteOutput Open(IReadOnlySet<string>? replacing)
    {
        if (replacing is not null) throw new NotSupportedException("A build writes the whole site.");
        var folder = OutputFolder.Create(target);
        // Pagefind reads a small copy of each indexed page, made as the page is written, not the site's 40,000 files.
        if (search) folder.Search = SearchSource.CreateTemporary();
        return folder;
    }

    private SearchBundleQueue? _queue;
    private IReadOnlySet<string> _searchPlans = new HashSet<string>();
    private bool _noPagefind;

    /// <summary>
    /// Starts the search index of a whole-site build before its pages are rendered: each bucket is indexed as soon as all
    /// of its pages are written (<see cref="SearchRender"/>), while the render goes on. Null when the build has no search,
    /// no Pagefind, or writes only some plans.
    /// </summary>
    internal SearchRender? StartSearch(ISiteOutput output, ValidatedSite validated, Theme theme)
    {
        if (!search || output is not OutputFolder { Search: { } source } folder) return null;
        var plans = validated.Site.Plans.Where(p => p.IsReleased || validated.Options.IncludeDrafts).ToList();
        var ids = plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var languages = Editions.Languages(plans, validated.Site.Pages).Select(Editions.Segment).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var count = searchBuckets ?? SearchBuckets.Count(ids.Count);
        _searchPlans = ids;
        // The bundles of the site already there: a bucket whose key is one of theirs keeps it (moved at commit, not copied).
        _previous = searchCache is null ? null : SearchBundleSite.Open(searchCache, folder.FinalPath);
        _queue = SearchIndex.Start(folder.TempPath, theme.Folder, VendorLibraries.FromEnvironment(), source, count, ids, languages, searchCache, out var note,
            discardPages: cache is null, previous: _previous);
        if (note is not null) _notes.Add(note);
        _noPagefind = _queue is null;
        if (_queue is null) return null;
        // With the build cache, a bucket's key is made of its plans' keys (computed before the render: BuildCache.Begin),
        // so that its pages are not read again to know whether it changed.
        var folders = plans.ToDictionary(p => p.Id, p => (IReadOnlyList<string>)p.Editions.Select(e => SiteUrls.Plan(e).Trim('/')).ToList(), StringComparer.Ordinal);
        return new SearchRender(_queue, cache is null ? null : () => new SearchPlanKeys(cache.Keys, folders));
    }

    private SearchBundleSite? _previous;

    public void Commit(ISiteOutput output, Theme theme)
    {
        var folder = (OutputFolder)output;
        StartupTimings.Mark("search index");
        // The search source's trimmed pages are kept for the next build (BuildCache.KeepSearch) once the new site is in
        // place, so that what the cache keeps always belongs to the site its record describes.
        SearchSource? kept = null;
        // The bundles (bucket, key) in the new site, recorded with it; null when the site's bundles are not recorded.
        IReadOnlyList<(int Bucket, string Key)>? bundles = null;
        try
        {
            if (search && _queue is { } queue)
            {
                _queue = null;
                kept = folder.Search!;
                folder.Search = null;
                using (queue)
                {
                    if (kept.Problem is { } problem)
                        _notes.Add($"search: not indexed, so the search page says search is not available ({problem})");
                    else
                    {
                        var outcome = queue.Finish();
                        _notes.Add(SearchIndex.Note(folder.TempPath, outcome, searchCache));
                        if (SearchIndex.Failure(display, outcome, _searchPlans, queue.BucketCount) is { } failure) _diagnostics.Add(failure);
                        bundles = queue.Bundles;
                    }
                }
            }
            else if (search && _noPagefind)
            {
                // No Pagefind: the note says so already.
                kept = folder.Search ?? SearchSource.CreateTemporary();
                folder.Search = null;
            }
            else if (search)
            {
                kept = folder.Search ?? SearchSource.CreateTemporary();
                folder.Search = null;
                var source = kept;
                _notes.Add(source.Problem is { } problem
                    ? $"search: not indexed, so the search page says search is not available ({problem})"
                    : SearchIndex.Build(folder.TempPath, theme.Folder, VendorLibraries.FromEnvironment(), source,
                        searchBuckets ?? SearchBuckets.Count(source.Plans.Count), searchCache,
                        outcome => { if (SearchIndex.Failure(display, outcome, source.Plans, searchBuckets ?? SearchBuckets.Count(source.Plans.Count)) is { } failure) _diagnostics.Add(failure); }));
            }
            StartupTimings.Mark("search index done");
            // A site without all of its bundles has none (SearchIndex.Note): then no bundle of the previous site moves.
            var previous = bundles is { Count: > 0 } ? _previous : null;
            if (cache is null && previous is null)
            {
                folder.Commit();
            }
            else
            {
                // Last, once everything else succeeded: the unchanged plans' folders, and the unchanged search bundles, move
                // from the previous site into the new one; put back if the new site cannot be swapped in.
                try
                {
                    cache?.MoveInto(folder);
                    previous?.MoveInto(folder.TempPath);
                    folder.Commit();
                }
                catch
                {
                    previous?.MoveBack();
                    cache?.MoveBack(folder);
                    throw;
                }
            }
            StartupTimings.Mark("site swapped");
            if (kept is not null) cache?.KeepSearch(kept);
            cache?.Record(folder.FinalPath);
            // The bundles now in the site, for the next build; none when this site has no index (a failed bucket, no Pagefind).
            _previous?.Record(bundles ?? []);
            StartupTimings.Mark("records written");
        }
        finally
        {
            kept?.Dispose();
        }
        if (target.FollowedLink)
            _notes.Add($"output: {display} is a symbolic link; it was followed and the site written into {target.RealPath} (the link is kept)");
    }
}

/// <summary>
/// The render's side of the search index built while rendering: plans are rendered bucket by bucket
/// (<see cref="BucketOf"/>), and once the last part of a bucket (a plan in one language, or the site-wide pages, which are
/// in bucket 0) is written, its bundle is built (<see cref="SearchBundleQueue.Ready"/>).
/// </summary>
/// <param name="planKeys">The plans' keys for the buckets' keys (<see cref="SearchBundleQueue.PlanKeys"/>), asked for once the build cache computed them; null without the cache.</param>
internal sealed class SearchRender(SearchBundleQueue queue, Func<SearchPlanKeys>? planKeys = null)
{
    private int[] _remaining = [];

    /// <summary>The bucket of a plan's pages, every language of it.</summary>
    public int BucketOf(Plan plan) => SearchBuckets.Of(plan.Id, queue.BucketCount);

    /// <summary>Counts the parts the render writes in each bucket; a bucket with none (all of its plans reused) is ready now.</summary>
    public void Expect(RenderContext context)
    {
        if (planKeys is not null) queue.PlanKeys = planKeys();
        var remaining = new int[queue.BucketCount];
        foreach (var plan in context.PlansInScope.SelectMany(p => p.Editions)) remaining[BucketOf(plan)]++;
        if (context.SiteWide) remaining[0] += context.Languages.Count;
        _remaining = remaining;
        for (var bucket = 0; bucket < remaining.Length; bucket++)
            if (remaining[bucket] == 0) queue.Ready(bucket);
    }

    /// <summary>One part is written: a plan in one language, or (null) the site-wide pages of one language.</summary>
    public void Written(Plan? plan)
    {
        var bucket = plan is null ? 0 : BucketOf(plan);
        if (Interlocked.Decrement(ref _remaining[bucket]) == 0) queue.Ready(bucket);
    }

    public void RenderDone() => queue.RenderDone();

    /// <summary>The render failed: nothing is committed; the runs under way are waited for, no other starts.</summary>
    public void Abandon() => queue.Dispose();
}
