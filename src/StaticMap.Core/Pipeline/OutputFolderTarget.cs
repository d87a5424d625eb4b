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
        _queue = SearchIndex.Start(folder.TempPath, theme.Folder, VendorLibraries.FromEnvironment(), source, count, ids, languages, searchCache, out var note,
            discardPages: cache is null);
        if (note is not null) _notes.Add(note);
        _noPagefind = _queue is null;
        return _queue is null ? null : new SearchRender(_queue);
    }

    public void Commit(ISiteOutput output, Theme theme)
    {
        var folder = (OutputFolder)output;
        StartupTimings.Mark("search index");
        if (search && _queue is { } queue)
        {
            _queue = null;
            using var source = folder.Search!;
            folder.Search = null;
            using (queue)
            {
                if (source.Problem is { } problem)
                    _notes.Add($"search: not indexed, so the search page says search is not available ({problem})");
                else
                {
                    var outcome = queue.Finish();
                    _notes.Add(SearchIndex.Note(folder.TempPath, outcome, searchCache));
                    if (SearchIndex.Failure(display, outcome, _searchPlans, queue.BucketCount) is { } failure) _diagnostics.Add(failure);
                }
            }
            cache?.KeepSearch(source);
        }
        else if (search && _noPagefind)
        {
            // No Pagefind: the note says so already.
            using var source = folder.Search ?? SearchSource.CreateTemporary();
            folder.Search = null;
            cache?.KeepSearch(source);
        }
        else if (search)
        {
            using var source = folder.Search ?? SearchSource.CreateTemporary();
            folder.Search = null;
            _notes.Add(source.Problem is { } problem
                ? $"search: not indexed, so the search page says search is not available ({problem})"
                : SearchIndex.Build(folder.TempPath, theme.Folder, VendorLibraries.FromEnvironment(), source,
                    searchBuckets ?? SearchBuckets.Count(source.Plans.Count), searchCache,
                    outcome => { if (SearchIndex.Failure(display, outcome, source.Plans, searchBuckets ?? SearchBuckets.Count(source.Plans.Count)) is { } failure) _diagnostics.Add(failure); }));
            cache?.KeepSearch(source);
        }
        StartupTimings.Mark("search index done");
        if (cache is null)
        {
            folder.Commit();
        }
        else
        {
            // Last, once everything else succeeded: the unchanged plans' folders move from the previous site into the new one.
            cache.MoveInto(folder);
            try
            {
                folder.Commit();
            }
            catch
            {
                cache.MoveBack(folder);
                throw;
            }
            cache.Record(folder.FinalPath);
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
internal sealed class SearchRender(SearchBundleQueue queue)
{
    private int[] _remaining = [];

    /// <summary>The bucket of a plan's pages, every language of it.</summary>
    public int BucketOf(Plan plan) => SearchBuckets.Of(plan.Id, queue.BucketCount);

    /// <summary>Counts the parts the render writes in each bucket; a bucket with none (all of its plans reused) is ready now.</summary>
    public void Expect(RenderContext context)
    {
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
