namespace StaticMap.Core.Rendering.Views;

/// <summary>A link in a navigation list; <see cref="Current"/> marks the page being shown (aria-current).</summary>
public sealed record NavLink(string Label, string Href, bool Current);

/// <summary>What the base layout needs for every page: head metadata, navigation, banners.</summary>
/// <param name="PageTitle">The page's own title, its single h1.</param>
/// <param name="DocumentTitle">The unique &lt;title&gt;: page, plan and site.</param>
/// <param name="Canonical">Absolute canonical URL; null without --base-url.</param>
/// <param name="PlanNav">The plan's pages, when the page belongs to a plan.</param>
/// <param name="Scripts">Script hrefs the page needs (charts, search); pages work without them.</param>
public sealed record PageLayout(
    string Url,
    string Lang,
    string PageTitle,
    string DocumentTitle,
    string Description,
    string? Canonical,
    string? OgUrl,
    string PageKind,
    IReadOnlyList<NavLink> SiteNav,
    IReadOnlyList<NavLink> Breadcrumbs,
    string? PlanTitle,
    IReadOnlyList<NavLink> PlanNav,
    bool IsExample,
    bool IsDraft,
    bool NoIndex,
    IReadOnlyList<string> Scripts,
    string Stylesheet,
    string HomeHref,
    string AccessibilityHref,
    bool ShowsData)
{
    /// <summary>Whether the search index takes this page (Pagefind reads data-pagefind-body).</summary>
    public bool Searchable { get; init; } = !NoIndex;
}
