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

    public ISiteOutput Open(IReadOnlySet<string>? replacing)
    {
        if (replacing is not null) throw new NotSupportedException("A build writes the whole site.");
        var folder = OutputFolder.Create(target);
        // Pagefind reads a small copy of each indexed page, made as the page is written, not the site's 40,000 files.
        if (search) folder.Search = SearchSource.CreateTemporary();
        return folder;
    }

    public void Commit(ISiteOutput output, Theme theme)
    {
        var folder = (OutputFolder)output;
        StartupTimings.Mark("search index");
        if (search)
        {
            using var source = folder.Search ?? SearchSource.CreateTemporary();
            folder.Search = null;
            _notes.Add(source.Problem is { } problem
                ? $"search: not indexed, so the search page says search is not available ({problem})"
                : SearchIndex.Build(folder.TempPath, theme.Folder, VendorLibraries.FromEnvironment(), source,
                    searchBuckets ?? SearchBuckets.Count(source.Plans.Count), searchCache));
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
