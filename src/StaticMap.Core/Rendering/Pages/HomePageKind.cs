using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

public sealed record HomePage(RawHtml Intro, IReadOnlyList<PlanCard> Plans, IReadOnlyList<PlanCard> Drafts);

/// <summary>The home page: input/index.md, then a card for each published plan.</summary>
public sealed class HomePageKind : IPageKind, ISiteWide
{
    public IEnumerable<Page> Pages(RenderContext context)
    {
        var index = context.Site.Pages.FirstOrDefault(p => p.Slug.Length == 0 && p.Language is null);
        var cards = Cards(context);
        var description = index?.Description ?? (index is null ? "" : PlainText.FirstParagraph(index.Body));
        if (description.Length == 0) description = "Mobility Action Plans: how communities plan to boost upward mobility and advance racial equity.";
        yield return new Page(SiteUrls.Home, "layouts/home.sbn-html",
            context.Layout(SiteUrls.Home, context.SiteTitle, description, null, [], "home"),
            new HomePage(index is null ? RawHtml.Empty : context.Markdown.Render(index.Body),
                cards.Where(c => !c.IsDraft).ToList(), cards.Where(c => c.IsDraft).ToList()));
    }

    /// <summary>The published plans, most recently released first, as the home page and the 404 page list them.</summary>
    public static IReadOnlyList<PlanCard> Cards(RenderContext context) => context.PublishedPlans
        .OrderByDescending(p => p.Metadata.Released ?? DateOnly.MinValue).ThenBy(p => p.Metadata.Title, StringComparer.Ordinal)
        .Select(p => PlanCard.From(p, context.Urls)).ToList();
}
