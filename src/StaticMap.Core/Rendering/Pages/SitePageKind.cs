using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

/// <param name="Plans">On the 404 page, the released plans, as the home page lists them (so the page names no plan
/// itself and needs no edit when plans come and go); empty on the other pages.</param>
public sealed record ContentPageModel(RawHtml Body, IReadOnlyList<PlanCard> Plans);

/// <summary>The site-wide pages of input/ other than the home page: about, accessibility statement, 404.</summary>
public sealed class SitePageKind : IPageKind, ISiteWide
{
    public int Order => 20;

    /// <summary>Each page of input/ but the home page, in each language it is written in (the 404 page is not in sitemap.xml).</summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components)
    {
        foreach (var page in site.Pages.Where(p => p.Slug.Length > 0))
        {
            var segment = Editions.SegmentOf(page);
            var isNotFound = page.Slug == "404";
            yield return Declarations.SitePage(this, isNotFound ? "not-found" : "page", segment, SiteUrls.Page(page.Slug, segment),
                () => isNotFound ? ThemeIds.Page().AddNarrative(page.Body).Add("sm-plan-list-heading") : ThemeIds.Page().AddNarrative(page.Body))
                with { Source = page.Path, InSitemap = !isNotFound };
        }
    }

    public IEnumerable<Page> Pages(RenderContext context)
    {
        foreach (var page in context.PagesIn(context.Language).Where(p => p.Slug.Length > 0))
        {
            var isNotFound = page.Slug == "404";
            var url = SiteUrls.Page(page.Slug, Editions.SegmentOf(page));
            var layout = context.Layout(url, page.Title, page.Description ?? PlainText.FirstParagraph(page.Body), null, [],
                isNotFound ? "not-found" : "page");
            if (isNotFound) layout = layout with { Canonical = null, NoIndex = true, Searchable = false };
            yield return new Page(url, "layouts/page.sbn-html", layout, new ContentPageModel(context.Markdown.Render(page.Body),
                isNotFound ? HomePageKind.Cards(context).Where(c => !c.IsDraft).ToList() : []),
                isNotFound ? SiteUrls.OutputPath(url) : null);
        }
    }
}
