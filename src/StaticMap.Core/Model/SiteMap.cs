using StaticMap.Core.Localization;

namespace StaticMap.Core.Model;

/// <summary>
/// One page of the site as its page kind declares it, before anything is rendered: where it is, what it shows and the
/// element ids it will have. Declared by the page kinds (Rendering/Pages, <c>IPageKind.Declare</c>), which are the only
/// ones to know their pages; links, the plan navigation, sitemap.xml and the preview read the <see cref="SiteMap"/>.
/// </summary>
/// <param name="Url">Root-relative URL ("/es/alameda-county/findings/"; "/404.html" for the not-found page).</param>
/// <param name="Kind">The page kind's name ("component"), for diagnostics and tests.</param>
/// <param name="Edition">The language segment of the URL: null for the site's language and a plan as written, "es" under /es/.</param>
/// <param name="Ids">The element ids the page will have (its narrative's and its theme's), computed when first asked.</param>
public sealed record SitePage(string Url, string Kind, string? Edition, Func<PageIds> Ids)
{
    /// <summary>The plan the page belongs to; null for a site-wide page (home, site pages, search).</summary>
    public string? PlanId { get; init; }

    /// <summary>The repository file whose text the page shows ("plans/a/findings.es.md"): links written in it are read from
    /// this page. Null for a page with no file of its own (an untranslated component shows its original's file).</summary>
    public string? Source { get; init; }

    /// <summary>Under /&lt;lang&gt;/, the same page in the site's or the plan's own language ("/a/findings/" for
    /// "/es/a/findings/"): links to that page from a text in <see cref="Edition"/> lead here.</summary>
    public string? Original { get; init; }

    /// <summary>Shown only with drafts (serve, build --drafts): a draft report, or the progress index of a plan whose reports are all drafts.</summary>
    public bool IsDraft { get; init; }

    /// <summary>Listed in sitemap.xml (when the plan is released and the site indexed): not the search page or the 404 page.</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>The date sitemap.xml gives as the page's last change, when it has one (a plan's release date).</summary>
    public DateOnly? Modified { get; init; }

    /// <summary>The page's entry in its plan's navigation, in the page's language; null when the navigation does not list it.</summary>
    public Func<UiStrings, NavEntry>? Nav { get; init; }

    /// <summary>Where the page comes among the site's pages: its kind's order (the navigation and sitemap.xml list pages so).</summary>
    public int Order { get; init; }
}

/// <summary>A page's label in the plan navigation, with the language of the label when it is not the page's (an author's title).</summary>
public sealed record NavEntry(string Label, string? Lang = null);

/// <summary>
/// Every page of the site, declared once by the page kinds before validation: the one table of pages. A new page kind's
/// pages are here as soon as the kind declares them, and so linkable, listed in the plan navigation and in sitemap.xml.
/// </summary>
public sealed class SiteMap
{
    private readonly Dictionary<string, SitePage> _byUrl;

    /// <param name="pages">The declared pages; a URL declared twice keeps the later declaration.</param>
    public SiteMap(IEnumerable<SitePage> pages)
    {
        // Sized once when the count is known: the preview makes a table of 16,000 pages after every edit at 1,000 plans.
        var count = pages.TryGetNonEnumeratedCount(out var n) ? n : 0;
        _byUrl = new(count, StringComparer.Ordinal);
        var list = new List<SitePage>(count);
        var sorted = true;
        foreach (var page in pages)
        {
            if (_byUrl.ContainsKey(page.Url)) list.RemoveAll(p => p.Url == page.Url);
            _byUrl[page.Url] = page;
            sorted &= list.Count == 0 || list[^1].Order <= page.Order;
            list.Add(page);
        }
        // Stable: within a kind, the order the kind declared its pages in (already so when the kinds came in order).
        Pages = sorted ? list : list.OrderBy(p => p.Order).ToList();
        _byPlan = new(Index);
    }

    /// <summary>Every page, in the order of the kinds, each kind's pages in the order it declared them.</summary>
    public IReadOnlyList<SitePage> Pages { get; }

    /// <summary>The page at a URL, or null.</summary>
    public SitePage? At(string url) => _byUrl.GetValueOrDefault(url);

    /// <summary>The pages of one edition of a plan (<paramref name="edition"/>: null for the plan as written), in order.</summary>
    /// <remarks>Every page's layout asks for its plan's navigation: from an index of the pages by plan and edition, made on
    /// first use, not a scan of every page of the site (16,000 at 1,000 plans) for each page rendered.</remarks>
    public IEnumerable<SitePage> OfPlan(string planId, string? edition) =>
        _byPlan.Value.TryGetValue((planId, edition), out var pages) ? pages : [];

    /// <summary>The site-wide pages (home, site pages, search) of one language segment, in order.</summary>
    public IEnumerable<SitePage> SiteWide(string? edition) =>
        _byPlan.Value.TryGetValue((null, edition), out var pages) ? pages : [];

    private Dictionary<(string? PlanId, string? Edition), List<SitePage>> Index()
    {
        var index = new Dictionary<(string? PlanId, string? Edition), List<SitePage>>();
        foreach (var page in Pages)
        {
            if (!index.TryGetValue((page.PlanId, page.Edition), out var pages)) index[(page.PlanId, page.Edition)] = pages = [];
            pages.Add(page);
        }
        return index;
    }

    private readonly Lazy<Dictionary<(string? PlanId, string? Edition), List<SitePage>>> _byPlan;
}
