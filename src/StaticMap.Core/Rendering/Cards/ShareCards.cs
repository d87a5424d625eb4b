using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>
/// Which share card each page shows and what it says. A plan's pages show the plan's card in their language
/// (<c>/alameda-county/card.png</c>, <c>/es/alameda-county/card.png</c>); the site-wide pages (home, search, site pages) the
/// site's card in theirs (<c>/card.png</c>, <c>/es/card.png</c>).
/// </summary>
public static class ShareCards
{
    public const string FileName = "card.png";

    /// <summary>The site URL of a plan edition's card.</summary>
    public static string PlanImage(Plan plan) => SiteUrls.Plan(plan) + FileName;

    /// <summary>The site URL of the site's card in a language.</summary>
    public static string SiteImage(string language) => SiteUrls.Page("", Editions.Segment(language)) + FileName;

    /// <summary>
    /// A plan's card in its language: jurisdiction, title, release date and latest progress year, and one headline figure:
    /// the first metric of the findings with an estimate for the place that Urban does not rate Weak, its latest such
    /// estimate, formatted as the findings page formats it, with its data year.
    /// </summary>
    public static ShareCard ForPlan(Plan plan, RenderContext context)
    {
        var t = context.Text(plan.Metadata.Language);
        var meta = plan.Metadata;
        var parts = new List<string>();
        if (plan.IsReleased && meta.Released is { } released) parts.Add(t.Text("plan_card.released", ("date", Formatting.Date(released, t))));
        else if (!plan.IsReleased) parts.Add(t.Text("plan_card.draft"));
        if (!plan.Progress.IsEmpty) parts.Add(t.Text("plan_card.latest_progress", ("year", plan.Progress.Max(r => r.Year))));
        return new ShareCard(plan.Metadata.Language, context.TitleIn(context.NavLanguage(plan.Metadata.Language)),
            Formatting.Jurisdiction(meta.Jurisdiction, t), meta.Title, parts.Count == 0 ? null : string.Join(" · ", parts), Headline(plan, context));
    }

    /// <summary>The site's card in a language: its title, and how many plans it publishes in that language and for which places.</summary>
    public static ShareCard ForSite(string language, RenderContext context)
    {
        var t = context.Text(language);
        var places = context.PlansIn(language).Select(p => Formatting.Place(p.Metadata.Jurisdiction, t)).Distinct().Order(StringComparer.Ordinal).ToList();
        return new ShareCard(language, context.TitleIn(language), null, context.TitleIn(language),
            places.Count == 0 ? null : t.Plural("cards.site_plans", places.Count, ("places", string.Join("; ", places))), null);
    }

    private static CardFigure? Headline(Plan plan, RenderContext context)
    {
        if (plan.Findings is not { } findings) return null;
        var t = context.Text(plan.Metadata.Language);
        var place = Formatting.Place(plan.Metadata.Jurisdiction, t);
        var page = (FindingsPage)new FindingsView().Build(plan, findings, context);
        foreach (var metric in page.Metrics)
        {
            var chart = metric.Charts.FirstOrDefault();
            var series = chart?.Series.FirstOrDefault(s => s.Label == place) ?? chart?.Series.FirstOrDefault();
            var point = series?.Points.Where(p => p.Value is not null && p.Quality != DataQuality.Weak).MaxBy(p => p.Year);
            if (chart is null || point is null) continue;
            return new CardFigure(chart.Format.Format(point.Value!.Value), metric.Title,
                t.Text("cards.figure_where", ("place", series!.Label), ("year", point.Year)),
                metric.IsLocal ? null : t.Text("cards.credit", ("credit", SiteRenderer.DataCredit)));
        }
        return null;
    }
}
