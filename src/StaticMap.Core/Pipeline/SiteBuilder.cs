using System.Diagnostics;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Scaffolding;
using StaticMap.Core.Validation.Rules;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Writing;

namespace StaticMap.Core;

/// <param name="Root">The repository: plans/, input/, theme/.</param>
/// <param name="ThemeFolder">The theme to use; null for the repository's theme/, or StaticMap's own when it has none.</param>
/// <param name="Search">Build the Pagefind search index when Pagefind is installed.</param>
/// <param name="CacheFolder">The build cache (<see cref="Caching.BuildCache"/>): the command line's is
/// &lt;repository&gt;/.staticmap/cache (<see cref="Caching.BuildCache.FolderIn"/>); null renders every plan (--no-cache).</param>
public sealed record BuildRequest(string Root, string Output, SiteOptions Site, string? ThemeFolder = null, bool Search = true, string? CacheFolder = null);

public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Plans, int Pages, TimeSpan Elapsed)
{
    /// <summary>What the build wants the user to know that is not a problem in the plans, e.g. whether search was indexed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count - Errors;
    public bool Succeeded => Errors == 0;
}

/// <summary>
/// <c>staticmap build</c> and <c>check</c>: one full run of the <see cref="BuildPipeline"/>, guarded so that bad input never
/// shows a stack trace. The output guard runs first, so a refused folder is reported before any work.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Everything up to and including validation; writes nothing.</summary>
    /// <param name="themeFolder">The theme a build would use (--theme); null for the repository's theme/ or StaticMap's own.
    /// The check loads it as the build does, so every theme and strings-file problem of a build is reported.</param>
    public static (ValidatedSite? Site, BuildResult Result) Check(string root, SiteOptions options, string? themeFolder = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var site = Guarded(diagnostics, () =>
        {
            var run = new BuildPipeline(root, options, themeFolder, StartupTimings.FromEnvironment()).Run(Changes.Everything);
            diagnostics.AddRange(run.Diagnostics);
            return run.Site;
        });
        return (site, Result(diagnostics, site, 0, clock));
    }

    public static BuildResult Build(BuildRequest request)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var pages = 0;
        var plans = 0;
        var notes = new List<string>();
        Guarded(diagnostics, () =>
        {
            // The output guard first: a refused folder is reported before any work, for every caller (the CLI reports it too).
            var target = OutputGuard.Check(request.Output, request.Root, out var refusal, request.ThemeFolder);
            if (target is null)
            {
                diagnostics.Add(OutputRefused.Instance.Create(DisplayOutput(request), refusal!));
                return null;
            }
            var cache = request.CacheFolder is { } cacheFolder ? new Caching.BuildCache(cacheFolder, DisplayPath(request.Root, cacheFolder)) : null;
            // The search bundles of earlier builds live in the same cache (its pagefind/ folder): --no-cache indexes every bucket.
            var searchCache = request.CacheFolder is { } searchFolder
                ? new SearchBundleCache(Path.Combine(searchFolder, "pagefind"), DisplayPath(request.Root, Path.Combine(searchFolder, "pagefind")))
                : null;
            var folder = new OutputFolderTarget(target, DisplayOutput(request), request.Search, cache, request.Site.SearchBucketCount, searchCache);
            // Run once: the site is let go before the commit starts Pagefind (BuildPipeline.RunOnce), so the run gives no site.
            var run = new BuildPipeline(request.Root, request.Site, request.ThemeFolder, StartupTimings.FromEnvironment()).RunOnce(folder);
            diagnostics.AddRange(run.Diagnostics);
            if (cache is not null && run.Written)
            {
                diagnostics.AddRange(cache.Problems);
                if (cache.Reused.Count > 0)
                    notes.Add($"cache: {Plural(cache.Reused.Count, "plan")} unchanged since the last build, taken from it ({cache.Display}; --no-cache renders every plan)");
            }
            // Share cards and og:url need absolute URLs: said once, by a build that writes a site to publish (not by a
            // noindex build: deploy previews, the PDF's; nor by the preview or diff, which do not come through here).
            if (run.Pages > 0 && !request.Site.NoIndex && new Rendering.SiteUrlFormatter(request.Site.BaseUrl).BaseUrl is null)
                diagnostics.Add(ShareCardsNeedBaseUrl.Instance.Create("input/index.md"));
            pages = run.Pages;
            plans = run.Plans;
            notes.AddRange(folder.Notes);
            diagnostics.AddRange(folder.Diagnostics);
            return run.Site;
        });
        return new BuildResult(diagnostics.ToSortedList(), plans, pages, clock.Elapsed) { Notes = notes };
    }

    /// <summary>
    /// <c>staticmap progress</c>: the draft of a plan's annual report, written from the plans as a check reads them (drafts
    /// included, values from the data filled in), which this run hands to the scaffold.
    /// </summary>
    public static ScaffoldResult Progress(string root, string planId, int year) =>
        ProgressScaffold.Create(root, planId, year, () =>
            Check(root, new SiteOptions(IncludeDrafts: true)).Site is { } site ? new ScaffoldSite(site.Site.Plans, site.Metrics) : null);

    public static ValidatedSite Validate(string root, SiteOptions options, DiagnosticBag diagnostics)
    {
        var run = new BuildPipeline(root, options).Run(Changes.Everything);
        diagnostics.AddRange(run.Diagnostics);
        return run.Site!;
    }

    /// <summary>The output as diagnostics show it: repository-relative when it is inside the repository.</summary>
    private static string DisplayOutput(BuildRequest request) => DisplayPath(request.Root, request.Output);

    /// <summary>A folder as diagnostics show it: repository-relative when it is inside the repository.</summary>
    private static string DisplayPath(string repository, string folder)
    {
        var root = Path.GetFullPath(repository).TrimEnd(Path.DirectorySeparatorChar);
        var output = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        return output.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? Path.GetRelativePath(root, output).Replace(Path.DirectorySeparatorChar, '/')
            : output;
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")) + $" {noun}s";

    /// <inheritdoc cref="BuildPipeline.LoadTheme(string, string?, DiagnosticBag, IReadOnlyDictionary{string, Delegate}?)"/>
    public static Theme? LoadTheme(string root, string? themeFolder, DiagnosticBag diagnostics, IReadOnlyDictionary<string, Delegate>? functions = null) =>
        BuildPipeline.LoadTheme(root, themeFolder, diagnostics, functions);

    /// <summary>Bad input never shows a stack trace: anything unexpected becomes one diagnostic, and nothing is written.</summary>
    private static ValidatedSite? Guarded(DiagnosticBag diagnostics, Func<ValidatedSite?> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(InternalError.Instance.Create(".", ex));
            if (Environment.GetEnvironmentVariable("STATICMAP_DEBUG") == "1") Console.Error.WriteLine(ex);
            return null;
        }
    }

    private static BuildResult Result(DiagnosticBag diagnostics, ValidatedSite? site, int pages, Stopwatch clock) =>
        new(diagnostics.ToSortedList(), site?.Site.Plans.Length ?? 0, pages, clock.Elapsed);
}

/// <summary>A site that has been read, parsed and validated: what the render stage starts from.</summary>
public sealed record ValidatedSite(RepositoryLayout Layout, SiteInput Site, MetricsContext Metrics, LinkResolver Links, SiteOptions Options)
{
    public RenderContext RenderContext(IReadOnlySet<string>? scope = null, bool siteWide = true, Localization.StringCatalog? strings = null) =>
        new(Site, Options, Metrics, Links, scope, siteWide, strings);
}
