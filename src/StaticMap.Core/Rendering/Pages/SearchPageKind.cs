using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Pages;

public sealed record SearchPage(string PagefindHref);

/// <summary>/search/: a search form that queries the Pagefind index from script; without the index or JavaScript the page says so.</summary>
public sealed class SearchPageKind : IPageKind, ISiteWide
{
    public const string Url = SiteUrls.Search;

    public IEnumerable<Page> Pages(RenderContext context)
    {
        var t = context.Text(context.SiteLanguage);
        var layout = context.Layout(Url, t.Text("views.search_title"), t.Text("views.search_description", ("site", context.SiteTitle)), null, [], "search",
            scripts: [SiteUrls.StaticRoot + "js/search.js"]);
        yield return new Page(Url, "layouts/search.sbn-html", layout with { Searchable = false },
            new SearchPage(context.Urls.Href("/pagefind/")));
    }
}
