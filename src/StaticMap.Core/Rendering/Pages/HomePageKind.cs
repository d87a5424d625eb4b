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
