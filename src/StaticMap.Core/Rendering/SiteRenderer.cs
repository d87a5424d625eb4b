using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Files;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Core.Rendering.Templates;

namespace StaticMap.Core.Rendering;

/// <summary>What every template can read as 'site'.</summary>
public sealed record SiteView(string Title, string BasePath, string HomeHref, string StaticHref, string FeedHref, string DataCredit);

/// <summary>Renders every page with the theme and writes it, with the other generated files, straight into the output.</summary>
public static class SiteRenderer
{
    public const string DataCredit = "Urban Institute, Mobility Metrics";

    /// <summary>
    /// The site's pages as <paramref name="kinds"/> (the registry's page kinds) declare them, drafts and every edition
    /// included: the one table of pages that links, the plan navigation and sitemap.xml read.
    /// </summary>
    /// <param name="components">The build's component kinds (<see cref="SiteOptions.Components"/>).</param>
    public static SiteMap Map(SiteInput site, IEnumerable<IPageKind> kinds, ComponentRegistry components) =>
        new(kinds.OrderBy(k => k.Order).SelectMany(k => k.Declare(site, components)));

    /// <summary>The site's pages as the page kinds of <paramref name="registry"/> declare them.</summary>
    public static SiteMap Map(SiteInput site, StaticMapRegistry registry) => Map(site, registry.PageKinds, registry.Components);

    /// <summary>
    /// Renders the site into <paramref name="output"/>: the site-wide pages and files, and the pages and files of
    /// each plan in scope. Plans render in parallel, each on its own: its page models, HTML, charts and downloads are
    /// let go as soon as they are written, so memory stays flat however many plans the site has.
    /// </summary>
    /// <param name="timed">When given, told how long each page took, with its template (the stage profiler's finer view).</param>
    /// <param name="group">When given, plans are rendered in the order of this key (the search index's buckets), the site-wide pages first.</param>
    /// <param name="written">When given, told each time a part's pages are written (before its files): a plan in one language, or null for the site-wide pages of one language.</param>
    /// <param name="done">When given, told each time a part's pages and files are all written (after <paramref name="written"/>): what the part read of the plans is no longer needed by it.</param>
    /// <returns>The number of pages written.</returns>
    public static int Write(RenderContext context, Theme theme, ISiteOutput output, DiagnosticBag diagnostics, Action<string, TimeSpan>? timed = null,
        Func<Plan, int>? group = null, Action<Plan?>? written = null, Action<Plan?>? done = null)
    {
        var count = 0;
        context.CardStyle = theme.CardStyle;
        // Each plan in each of its languages (Plan.Editions), and the site-wide pages in each of the site's languages.
        IEnumerable<Plan> plans = group is null ? context.PlansInScope : context.PlansInScope.OrderBy(group);
        var parts = plans.SelectMany(plan => plan.Editions).Select(plan => (Plan: (Plan?)plan, Language: (string?)null));
        if (context.SiteWide) parts = context.Languages.Select(language => (Plan: (Plan?)null, Language: (string?)language)).Concat(parts);
        // In order, one part at a time per thread, when someone waits for the parts (a bucket is indexed once all of its are written).
        // One part in flight per core: unbounded, the thread pool adds a worker each time the parts' writes block, each
        // holding a part's models, HTML and template context (64 workers and 1.4 GB at 1,000 plans on 2 cores: docs/performance.md).
        void Write((Plan? Plan, string? Language) p)
        {
            var part = p.Plan is null ? context.SiteWidePart(p.Language!) : context.PlanPart(p.Plan);
            var site = View(part);
            var pages = WritePages(part, site, theme, output, diagnostics, timed);
            // The part's indexed pages are all written: its bucket can be indexed while its files (charts, share cards) are drawn.
            written?.Invoke(p.Plan);
            WriteFiles(part, output);
            done?.Invoke(p.Plan);
            Interlocked.Add(ref count, pages);
        }
        var oneAPartPerCore = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        if (written is null && done is null) Parallel.ForEach(parts, oneAPartPerCore, Write);
        else Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(parts, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering), oneAPartPerCore, Write);
        return count;
    }

    /// <summary>The pages of one part of the site, in the order of the registry's page kinds (<see cref="StaticMapRegistry.PageKinds"/>).</summary>
    public static IEnumerable<Page> Pages(RenderContext part) => part.Options.Kinds.PageKinds.Where(k => Renders(part, k)).SelectMany(part.PagesOf);

    /// <summary>The generated files of one part of the site; after its pages, whose charts they offer as CSV.</summary>
    public static IEnumerable<GeneratedFile> Files(RenderContext part) => part.Options.Kinds.FileKinds.Where(k => Renders(part, k)).SelectMany(k => k.Files(part));

    /// <summary>Site-wide kinds belong to the site-wide part only; the others render the part's plans in scope. A translation
    /// writes its pages only: the downloads and plan.json are language-neutral, written with the plan's main language; the
    /// images with words on them (<see cref="IPerLanguageFiles"/>: share cards, chart images) are written by every language.</summary>
    private static bool Renders(RenderContext part, object kind) => (part.SiteWide || kind is not ISiteWide)
        && !(part.IsTranslation && kind is IFileKind && kind is not IPerLanguageFiles);

    private static int WritePages(RenderContext part, SiteView site, Theme theme, ISiteOutput output, DiagnosticBag diagnostics,
        Action<string, TimeSpan>? timed)
    {
        var written = 0;
        // The components' and reports' partials as their pages wrote them, written again by the print view (include_reused).
        var fragments = new PartFragments();
        foreach (var page in Pages(part))
        {
            var started = timed is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            if (RenderPage(page, site, theme, output, diagnostics, fragments)) written++;
            timed?.Invoke(page.Template, System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }
        return written;
    }

    private static void WriteFiles(RenderContext part, ISiteOutput output)
    {
        foreach (var file in Files(part)) file.WriteTo(output);
    }

    /// <summary>The site as the pages of <paramref name="context"/>'s language show it: its title, home and feed in that language.</summary>
    public static SiteView View(RenderContext context)
    {
        var segment = Model.Editions.Segment(context.NavLanguage(context.Language));
        return new(
            context.LanguageTitle,
            context.Urls.BasePath,
            context.Urls.Href(Model.SiteUrls.Page("", segment)),
            context.Urls.Href(Model.SiteUrls.StaticRoot),
            context.Urls.Href(Model.SiteUrls.FeedIn(segment)),
            DataCredit);
    }

    /// <summary>Writes one page: the base layout around the page's own template.</summary>
    /// <param name="fragments">The part's partials kept for the print view (<see cref="PartFragments"/>); null keeps none.</param>
    public static bool RenderPage(Page page, SiteView site, Theme theme, ISiteOutput output, DiagnosticBag diagnostics, PartFragments? fragments = null)
    {
        var globals = new Dictionary<string, object?>(3) { ["site"] = site, ["layout"] = page.Layout, ["page"] = page.Model };
        return theme.RenderPage(page.Template, globals, output, page.File, diagnostics, fragments);
    }
}
