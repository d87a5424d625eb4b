using System.Collections.Concurrent;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering;

/// <summary>Everything page kinds need to build their pages: the site, the published plans, URLs and rendered Markdown.</summary>
public sealed class RenderContext
{
    /// <param name="scope">Plan ids whose own pages to render; null for all. The preview server re-renders only the plans that changed.</param>
    /// <param name="siteWide">Whether to render the site-wide pages and files too; the preview server leaves them as they
    /// are when a change cannot have touched them (a component's text, say: the home page, feed and sitemap only show
    /// plan.yml and progress reports).</param>
    public RenderContext(SiteInput site, SiteOptions options, MetricsContext metrics, LinkResolver links, IReadOnlySet<string>? scope = null,
        bool siteWide = true, StringCatalog? strings = null)
    {
        Strings = strings ?? Templates.Theme.DefaultStrings;
        Site = site;
        Options = options;
        Metrics = metrics;
        Links = links;
        Urls = new SiteUrlFormatter(options.BaseUrl);
        Markdown = new MarkdownHtml(links, Urls);
        PublishedPlans = site.Plans.Where(p => p.IsReleased || options.IncludeDrafts).ToList();
        PlansInScope = scope is null ? PublishedPlans : PublishedPlans.Where(p => scope.Contains(p.Id)).ToList();
        SiteWide = siteWide;
        var home = site.Pages.FirstOrDefault(p => p.Slug.Length == 0 && p.Language is null);
        SiteTitle = home?.Title ?? "Mobility Action Plans";
        SiteLanguage = "en";
    }

    /// <summary>A part of <paramref name="whole"/>'s render: one plan's pages and files, or only the site-wide ones.</summary>
    private RenderContext(RenderContext whole, Plan? plan)
    {
        Site = whole.Site;
        Strings = whole.Strings;
        Options = whole.Options;
        Metrics = whole.Metrics;
        Links = whole.Links;
        Urls = whole.Urls;
        // Each part renders its own Markdown and charts, so that they are let go once its files are written.
        Markdown = new MarkdownHtml(whole.Links, whole.Urls);
        PublishedPlans = whole.PublishedPlans;
        PlansInScope = plan is null ? [] : [plan];
        SiteWide = plan is null;
        SiteTitle = whole.SiteTitle;
        SiteLanguage = whole.SiteLanguage;
    }

    /// <summary>Only the site-wide pages and files: home, site pages, search, sitemap, feed.</summary>
    public RenderContext SiteWidePart() => new(this, null);

    /// <summary>Only the pages and files of one plan in scope.</summary>
    public RenderContext PlanPart(Plan plan) => new(this, plan);

    public SiteInput Site { get; }

    /// <summary>The interface text of every language the theme has (theme/strings/).</summary>
    public StringCatalog Strings { get; }

    /// <summary>The interface text of pages in <paramref name="language"/>.</summary>
    public UiStrings Text(string language) => Strings.For(language);
    public SiteOptions Options { get; }
    public MetricsContext Metrics { get; }
    public SiteUrlFormatter Urls { get; }
    public MarkdownHtml Markdown { get; }
    public LinkResolver Links { get; }

    /// <summary>Whether this render writes the site-wide pages and files (home, site pages, search, sitemap, feed).</summary>
    public bool SiteWide { get; }

    /// <summary>The plans this build publishes: released ones, and drafts with --drafts or in preview.</summary>
    public IReadOnlyList<Plan> PublishedPlans { get; }

    /// <summary>The published plans whose own pages and downloads this render writes.</summary>
    public IReadOnlyList<Plan> PlansInScope { get; }

    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<ChartSpec>>> _charts = new(StringComparer.Ordinal);

    /// <summary>Charts built once per key and shared by the page that shows them and the CSV that offers their data.</summary>
    public IReadOnlyList<ChartSpec> Charts(string key, Func<IReadOnlyList<ChartSpec>> build) =>
        _charts.GetOrAdd(key, _ => new Lazy<IReadOnlyList<ChartSpec>>(build)).Value;

    private readonly ConcurrentDictionary<Type, Lazy<IReadOnlyList<Pages.Page>>> _pages = new();

    /// <summary>
    /// The pages of one kind in this render, each built once: the print page shows the models of the component and
    /// progress pages, and takes them from here rather than building them a second time.
    /// </summary>
    public IReadOnlyList<Pages.Page> PagesOf(Pages.IPageKind kind) =>
        _pages.GetOrAdd(kind.GetType(), _ => new Lazy<IReadOnlyList<Pages.Page>>(() => kind.Pages(this).ToList())).Value;

    /// <summary>Every chart built so far, for the CSV downloads.</summary>
    public IEnumerable<ChartSpec> AllCharts => _charts.Values.SelectMany(c => c.Value);

    /// <summary>The site URL folder where a plan's chart data are published as CSV.</summary>
    public static string DownloadFolder(Plan plan) => $"/{plan.Id}/downloads/";

    public string SiteTitle { get; }
    public string SiteLanguage { get; }

    /// <summary>The layout of a page; <paramref name="trail"/> are the breadcrumbs between Home and the page itself.</summary>
    public PageLayout Layout(string url, string title, string description, Plan? plan, IReadOnlyList<(string Label, string Url)> trail,
        string pageKind, bool showsData = false, IReadOnlyList<string>? scripts = null)
    {
        var text = Text(plan?.Metadata.Language ?? SiteLanguage);
        var crumbs = new List<NavLink> { new(text.Text("nav.home"), Urls.Href(SiteUrls.Home), url == SiteUrls.Home) };
        if (url != SiteUrls.Home)
        {
            crumbs.AddRange(trail.Select(t => new NavLink(t.Label, Urls.Href(t.Url), false)));
            crumbs.Add(new NavLink(title, Urls.Href(url), true));
        }
        var documentTitle = url == SiteUrls.Home ? SiteTitle
            : plan is null || title == plan.Metadata.Title ? $"{title} | {SiteTitle}"
            : $"{title} | {plan.Metadata.Title} | {SiteTitle}";
        var isDraft = plan is { IsReleased: false };
        return new PageLayout(
            Url: url,
            Lang: plan?.Metadata.Language ?? SiteLanguage,
            PageTitle: title,
            DocumentTitle: documentTitle,
            Description: Describe(description),
            Canonical: Urls.Absolute(url),
            OgUrl: Urls.Absolute(url),
            PageKind: pageKind,
            SiteNav: SiteNav(url, text),
            Breadcrumbs: crumbs,
            PlanTitle: plan?.Metadata.Title,
            PlanNav: plan is null ? [] : PlanNav(plan, url),
            IsExample: plan?.Metadata.IsExample ?? false,
            IsDraft: isDraft,
            NoIndex: Options.NoIndex || isDraft,
            Scripts: (scripts ?? []).Select(Urls.Href).ToList(),
            Stylesheet: Urls.Href(SiteUrls.StaticRoot + "css/site.css"),
            HomeHref: Urls.Href(SiteUrls.Home),
            AccessibilityHref: Urls.Href(SiteUrls.Page("accessibility")),
            ShowsData: showsData);
    }

    /// <summary>Home, then the site pages of input/ in file order (the 404 page is not navigation).</summary>
    private IReadOnlyList<NavLink> SiteNav(string currentUrl, UiStrings text) =>
        Site.Pages.Where(p => p.Slug != "404" && p.Language is null)
            .OrderBy(p => p.Slug.Length == 0 ? 0 : 1)
            .Select(p => new NavLink(p.Slug.Length == 0 ? text.Text("nav.home") : p.Title, Urls.Href(SiteUrls.Page(p.Slug)), SiteUrls.Page(p.Slug) == currentUrl))
            .DefaultIfEmpty(new NavLink(text.Text("nav.home"), Urls.Href(SiteUrls.Home), currentUrl == SiteUrls.Home))
            .Append(new NavLink(text.Text("nav.search"), Urls.Href(Pages.SearchPageKind.Url), currentUrl == Pages.SearchPageKind.Url))
            .ToList();

    /// <summary>The plan's own pages in reading order: overview, the five components, progress, status, print.</summary>
    public IReadOnlyList<NavLink> PlanNav(Plan plan, string currentUrl)
    {
        var text = Text(plan.Metadata.Language);
        var items = new List<(string Label, string Url)> { (text.Text("nav.overview"), SiteUrls.Plan(plan.Id)) };
        items.AddRange(plan.Components.Select(c => (c.Title, SiteUrls.Component(plan.Id, c.Kind))));
        if (!plan.Progress.IsEmpty) items.Add((text.Text("nav.progress"), SiteUrls.ProgressIndex(plan.Id)));
        items.Add((text.Text("nav.status"), SiteUrls.Status(plan.Id)));
        items.Add((text.Text("nav.print"), SiteUrls.Print(plan.Id)));
        return items.Select(i => new NavLink(i.Label, Urls.Href(i.Url), i.Url == currentUrl)).ToList();
    }

    private static string Describe(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (flat.Length <= 200) return flat;
        var cut = flat.LastIndexOf(' ', 196);
        return flat[..(cut > 100 ? cut : 196)] + " …";
    }
}

/// <summary>
/// Marks a page or file kind whose output belongs to the whole site (home, site pages, search, feed, sitemap), not to
/// one plan: it renders in the site-wide part of a build only, and the preview skips it when a change cannot reach it.
/// </summary>
public interface ISiteWide
{
}
