using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

public sealed record PlanOverview(
    string Summary,
    string Jurisdiction,
    string JurisdictionType,
    string? Released,
    string? ReleasedIso,
    bool IsDraft,
    IReadOnlyList<CoalitionGroup> Coalition,
    IReadOnlyList<ComponentLink> Components,
    IReadOnlyList<ProgressLink> Progress,
    Contact? Contact,
    string JsonHref)
{
    /// <summary>The plan at a glance (<see cref="GlancePageKind"/>), linked from the overview.</summary>
    public string GlanceHref { get; init; } = "";
}

public sealed record CoalitionGroup(string Sector, IReadOnlyList<CoalitionMember> Members);

/// <param name="Lang">In a translation, the language of a component not translated yet, whose title and summary are in it.</param>
/// <param name="Lang">The language of the summary (the component's text) when it is not the page's.</param>
/// <param name="TitleLang">The language of the title when it is the author's own title in another language.</param>
public sealed record ComponentLink(string Title, string GuideName, string Href, string Summary, string? Lang = null, string? TitleLang = null);

public sealed record ProgressLink(int Year, string Title, string Href);

/// <summary>A plan's front page: the summary, the coalition and the way into each component.</summary>
public sealed class PlanOverviewPageKind : IPageKind
{
    public int Order => 40;

    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Declarations.PlanEditions(site).Select(e => Declarations.PlanPage(this, "plan", e.Main, e.Segment, SiteUrls.Plan(e.Edition),
            () => ThemeIds.Page().Add("sm-parts-heading", "sm-progress-heading", "sm-coalition-heading", "sm-contact-heading")) with
        {
            Modified = e.Edition.Metadata.Released,
            Nav = t => new NavEntry(t.Text("nav.overview")),
        });

    public IEnumerable<Page> Pages(RenderContext context)
    {
        foreach (var plan in context.PlansInScope)
        {
            var m = plan.Metadata;
            var t = context.Text(m.Language);
            var url = SiteUrls.Plan(plan);
            yield return new Page(url, "layouts/plan.sbn-html",
                context.Layout(url, m.Title, m.Summary, plan, [], "plan"),
                new PlanOverview(
                    m.Summary,
                    Formatting.JurisdictionWithType(m.Jurisdiction, t),
                    t.Text(m.Jurisdiction.Type == JurisdictionType.City ? "views.city" : "views.county"),
                    m.Released is { } d ? Formatting.Date(d, t) : null,
                    m.Released is { } r ? Formatting.IsoDate(r) : null,
                    !plan.IsReleased,
                    m.Coalition.GroupBy(c => c.Sector).OrderBy(g => g.Key)
                        .Select(g => new CoalitionGroup(Formatting.Sector(g.Key, t), g.ToList())).ToList(),
                    plan.Components.Select(c => new ComponentLink(Formatting.ComponentTitle(c, t), Formatting.ComponentName(c.Kind, t),
                        context.Urls.Href(SiteUrls.Component(plan, c.Kind)), PlainText.Excerpt(c.Body), c.TextLanguage, Formatting.ComponentTitleLang(c))).ToList(),
                    plan.Progress.Reverse().Select(p => new ProgressLink(p.Year, Formatting.ReportTitle(p, t), context.Urls.Href(SiteUrls.Progress(plan, p.Year)))).ToList(),
                    m.Contact,
                    context.Urls.Href(SiteUrls.PlanJson(plan.Id))) { GlanceHref = context.Urls.Href(SiteUrls.Glance(plan)) });
        }
    }
}
