using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Pages;

public sealed record SearchPage(string PagefindHref);

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
            new SearchPage(context.Urls.Href("/pagefind/")));
    }
}
