using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

public sealed record HomePage(RawHtml Intro, IReadOnlyList<PlanCard> Plans, IReadOnlyList<PlanCard> Drafts);

/// <summary>The home page: input/index.md, then a card for each published plan.</summary>
public sealed class HomePageKind : IPageKind, ISiteWide
{
    public int Order => 10;

    /// <summary>The site's home, and the home of every other language of the site (its input/index.&lt;lang&gt;.md, or none).</summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components)
    {
        foreach (var language in Editions.Languages(site.Plans, site.Pages))
        {
            var segment = Editions.Segment(language);
            var index = segment is null
                ? site.Pages.FirstOrDefault(p => p.Slug.Length == 0 && p.Language is null)
                : site.Pages.LastOrDefault(p => p.Slug.Length == 0 && Editions.SegmentOf(p) == segment);
            var source = segment is null ? site.Pages.FirstOrDefault(p => p.Slug.Length == 0 && Editions.SegmentOf(p) is null) : index;
            yield return Declarations.SitePage(this, "home", segment, SiteUrls.Page("", segment),
                () => ThemeIds.Page().AddNarrative(index?.Body).Add("sm-plans-heading", "sm-drafts-heading")) with { Source = source?.Path };
        }
    }

    public IEnumerable<Page> Pages(RenderContext context)
    {
        var url = SiteUrls.Page("", Editions.Segment(context.Language));
        var index = context.PagesIn(context.Language).FirstOrDefault(p => p.Slug.Length == 0);
        var cards = Cards(context);
        var description = index?.Description ?? (index is null ? "" : PlainText.FirstParagraph(index.Body));
        if (description.Length == 0) description = context.Text(context.Language).Text("views.home_description");
        yield return new Page(url, "layouts/home.sbn-html",
            context.Layout(url, context.LanguageTitle, description, null, [], "home"),
            new HomePage(index is null ? RawHtml.Empty : context.Markdown.Render(index.Body),
                cards.Where(c => !c.IsDraft).ToList(), cards.Where(c => c.IsDraft).ToList()));
    }

    /// <summary>The published plans, most recently released first, as the home page and the 404 page list them: on the
    /// site's own pages every plan as written, on another language's pages the plans published in that language.</summary>
    public static IReadOnlyList<PlanCard> Cards(RenderContext context) => (context.IsSiteLanguage ? context.PublishedPlans : context.PlansIn(context.Language))
        .OrderByDescending(p => p.Metadata.Released ?? DateOnly.MinValue).ThenBy(p => p.Metadata.Title, StringComparer.Ordinal)
        .Select(p => PlanCard.From(p, context.Urls, context.Text(context.Language))).ToList();
}
