using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Pages;

/// <param name="PagefindHref">The bundle the page loads Pagefind from: /pagefind/ (bucket 0, with the site's own pages).</param>
/// <param name="PagefindMerge">The other buckets' bundles that hold pages in the page's language, separated by spaces, merged into the first in the browser; empty with one bucket.</param>
public sealed record SearchPage(string PagefindHref, string PagefindMerge = "");

/// <summary>/search/: a search form that queries the Pagefind index from script; without the index or JavaScript the page says so.</summary>
public sealed class SearchPageKind : IPageKind, ISiteWide
{
    public int Order => 30;

    public const string Url = SiteUrls.Search;

    /// <summary>The search page of each language of the site; not in sitemap.xml.</summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Editions.Languages(site.Plans, site.Pages).Select(Editions.Segment).Select(segment =>
            Declarations.SitePage(this, "search", segment, SiteUrls.SearchIn(segment), () => ThemeIds.Page().Add("sm-search", "sm-search-form",
                "sm-search-input", "sm-search-hint", "sm-search-status", "sm-search-results", "sm-search-unavailable")) with { InSitemap = false });

    public IEnumerable<Page> Pages(RenderContext context)
    {
        // Pagefind splits its index by the pages' <html lang>, and pagefind.js loads the index of the lang of the page
        // that loads it: /es/search/ (lang="es") searches the Spanish pages, from the same /pagefind/ folder.
        var url = SiteUrls.SearchIn(Editions.Segment(context.Language));
        var t = context.Text(context.Language);
        var layout = context.Layout(url, t.Text("views.search_title"), t.Text("views.search_description", ("site", context.LanguageTitle)), null, [], "search",
            scripts: [SiteUrls.StaticRoot + "js/search.js"]);
        yield return new Page(url, "layouts/search.sbn-html", layout with { Searchable = false },
            new SearchPage(context.Urls.Href(SearchBuckets.Path(0)), string.Join(' ', MergedBundles(context).Select(context.Urls.Href))));
    }

    /// <summary>
    /// The bundles of the buckets other than 0 that hold a plan published in the page's language, in bucket order
    /// (<see cref="SearchBuckets"/>): a bundle without the language would answer in another (Pagefind falls back to its
    /// largest language), so it is not merged. Drafts are not indexed (their pages are noindex): a bucket of drafts only
    /// has no bundle, so a draft does not count.
    /// </summary>
    public static IEnumerable<string> MergedBundles(RenderContext context)
    {
        var count = context.Options.SearchBucketCount ?? SearchBuckets.Count(context.PublishedPlans.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        return context.PlansIn(context.Language).Where(p => p.IsReleased).Select(p => SearchBuckets.Of(p.Id, count)).Where(b => b != 0).Distinct().Order().Select(SearchBuckets.Path);
    }
}
