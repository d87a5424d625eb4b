using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Pages;

/// <summary>The element ids the theme's layouts and partials write, by kind of page; the page kinds declare them with their
/// pages (<see cref="IPageKind.Declare"/>), so a link's #fragment is checked against them before anything is rendered.</summary>
public static class ThemeIds
{
    /// <summary>Written by the base layout on every page (sm-plan-nav: the plan navigation's disclosure, on a plan's pages).</summary>
    public static PageIds Page() => new PageIds().Add("sm-site-header", "sm-main", "sm-plan-nav");

    /// <summary>A component's page: its narrative and what its partial writes (<see cref="Components.IComponentView.Ids"/>).</summary>
    public static PageIds Component(Component component, ComponentRegistry components) =>
        Page().AddNarrative(component.Body).AddPartial(components.Part<Components.IComponentView>(component.Kind).Ids(component));

    /// <summary>A progress report's page: its narrative, its updates table, charts and changes.</summary>
    public static PageIds Progress(ProgressReport report) => AddProgress(Page().AddNarrative(report.Body), report);

    internal static PageIds AddProgress(PageIds ids, ProgressReport report) =>
        ids.Add($"sm-updates-{report.Year}", $"sm-updates-caption-{report.Year}", $"sm-charts-{report.Year}", $"sm-changes-{report.Year}")
            .AddPrefix($"sm-chart-{report.Year}-");
}

/// <summary>Helpers for <see cref="IPageKind.Declare"/>: the plans of a site in each of their languages, and a plan's page.</summary>
public static class Declarations
{
    /// <summary>Every plan, drafts included, as written and in each translation: <paramref name="Segment"/> is the language
    /// segment of the edition's URLs (null for the plan as written).</summary>
    public static IEnumerable<(Plan Main, Plan Edition, string? Segment)> PlanEditions(SiteInput site)
    {
        foreach (var plan in site.Plans)
        {
            yield return (plan, plan, null);
            foreach (var translation in plan.Translations)
                yield return (plan, translation.Plan, SiteUrls.EditionOf(translation.Plan) ?? translation.Language);
        }
    }

    /// <summary>A page of one edition of a plan, with the same page in the plan's own language when it is a translation's.</summary>
    public static SitePage PlanPage(IPageKind kind, string name, Plan main, string? segment, string url, Func<PageIds> ids) =>
        new(url, name, segment, ids)
        {
            PlanId = main.Id,
            Original = segment is null ? null : SiteUrls.InLanguage(url, segment, null),
            Order = kind.Order,
        };

    /// <summary>A site-wide page; under /&lt;lang&gt;/ with the same page in the site's language.</summary>
    public static SitePage SitePage(IPageKind kind, string name, string? segment, string url, Func<PageIds> ids) =>
        new(url, name, segment, ids)
        {
            Original = segment is null ? null : SiteUrls.InLanguage(url, segment, null),
            Order = kind.Order,
        };
}
