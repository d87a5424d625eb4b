using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Pages;

public sealed record SearchPage(string PagefindHref);

/// <summary>/search/: a search form that queries the Pagefind index from script; without the index or JavaScript the page says so.</summary>
public sealed class SearchPageKind : IPageKind, ISiteWide
{
    public int Order => 30;

    public const string Url = SiteUrls.Search;

    public IEnumerable<Page> Pages(RenderContext context)
    {
        var layout = context.Layout(Url, "Search", $"Search the plans published on {context.SiteTitle}.", null, [], "search",
            scripts: [SiteUrls.StaticRoot + "js/search.js"]);
        yield return new Page(Url, "layouts/search.sbn-html", layout with { Searchable = false },
            new SearchPage(context.Urls.Href("/pagefind/")));
    }
}
