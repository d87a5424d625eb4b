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
        Markdown = new MarkdownHtml(links, Urls, strings: Strings.For(Editions.SiteLanguage));
        PublishedPlans = site.Plans.Where(p => p.IsReleased || options.IncludeDrafts)
            .Select(p => options.IncludeDrafts ? p : WithoutDraftReports(p)).ToList();
        PlansInScope = scope is null ? PublishedPlans : PublishedPlans.Where(p => scope.Contains(p.Id)).ToList();
        SiteWide = siteWide;
        var home = site.Pages.FirstOrDefault(p => p.Slug.Length == 0 && Editions.SegmentOf(p) is null);
        SiteTitle = home?.Title ?? "Mobility Action Plans";
        SiteLanguage = Editions.SiteLanguage;
        Language = SiteLanguage;
        Languages = Editions.Languages(PublishedPlans, site.Pages);
        _mainPlans = PublishedPlans.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _sitePages = Languages.ToDictionary(l => l, l => SitePageUrls(links.Map, l), StringComparer.Ordinal);
        LanguageTitle = SiteTitle;
    }

    /// <summary>The plan without its draft reports ('draft: true'), in every edition: a build without --drafts leaves them
    /// out of every page and file (progress index, feed, sitemap, plan.json, print view, status page, charts, the next
    /// report's comparisons, search).</summary>
    private static Plan WithoutDraftReports(Plan plan)
    {
        if (!plan.Editions.Any(e => e.Progress.Any(r => r.IsDraft))) return plan;
        static Plan Strip(Plan p) => p with { Progress = [.. p.Progress.Where(r => !r.IsDraft)] };
        return Strip(plan) with { Translations = [.. plan.Translations.Select(t => t with { Plan = Strip(t.Plan) })] };
    }

    /// <summary>The site-wide URLs that exist in a language, as the site map declares them: its home, search page and the site
    /// pages written in it (not the 404 page, which is at no address of its own).</summary>
    private static IReadOnlySet<string> SitePageUrls(SiteMap map, string language) =>
        map.SiteWide(Editions.Segment(language)).Select(p => p.Url).Where(u => !u.EndsWith(SiteUrls.NotFound, StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A part of <paramref name="whole"/>'s render: one plan's pages and files, or only the site-wide ones.</summary>
    private RenderContext(RenderContext whole, Plan? plan, string? language = null)
    {
        Language = plan?.Metadata.Language ?? language ?? whole.SiteLanguage;
        Languages = whole.Languages;
        _mainPlans = whole._mainPlans;
        _sitePages = whole._sitePages;
        LanguageTitle = whole.TitleIn(NavLanguage(Language));
        IsTranslation = plan?.TranslationOf is not null;
        Site = whole.Site;
        Strings = whole.Strings;
        Options = whole.Options;
        Metrics = whole.Metrics;
        Links = whole.Links;
        Urls = whole.Urls;
        // Each part renders its own Markdown and charts, so that they are let go once its files are written.
        Markdown = new MarkdownHtml(whole.Links, whole.Urls, IsTranslation ? Language : plan is null ? Editions.Segment(Language) : null,
            whole.Strings.For(Language));
        PublishedPlans = whole.PublishedPlans;
        PlansInScope = plan is null ? [] : [plan];
        SiteWide = plan is null;
        SiteTitle = whole.SiteTitle;
        SiteLanguage = whole.SiteLanguage;
        CardStyle = whole.CardStyle;
        FeedSummaries = whole.FeedSummaries;
    }

    /// <summary>How share cards and chart images look: the theme's (<see cref="Templates.Theme.CardStyle"/>), set by <see cref="SiteRenderer.Write"/>.</summary>
    public Cards.CardStyle CardStyle { get; set; } = Cards.CardStyle.Default;

    /// <summary>The feed's summaries kept by the build cache (<see cref="Files.IFeedSummaries"/>), set by a build with the cache; null: every summary is made.</summary>
    public Files.IFeedSummaries? FeedSummaries { get; set; }

    /// <summary>Only the site-wide pages and files: home, site pages, search, sitemap, feed.</summary>
    public RenderContext SiteWidePart() => new(this, null);

    /// <summary>The site-wide pages and files in one of <see cref="Languages"/>: for another language than the site's, its
    /// home (/es/), site pages (/es/about/), search page and feed.</summary>
    public RenderContext SiteWidePart(string language) => new(this, null, language);

    /// <summary>Only the pages and files of one plan in scope, or of one of its translations (<see cref="Plan.Editions"/>).</summary>
    public RenderContext PlanPart(Plan plan) => new(this, plan);

    /// <summary>The language of this part: a site-wide part's, or its plan's; the site's language for the whole render.</summary>
    public string Language { get; }

    /// <summary>Whether this part renders a translation of a plan: its pages only, since the downloads are language-neutral.</summary>
    public bool IsTranslation { get; }

    /// <summary>The languages of the site (<see cref="Editions.Languages"/>): the site's own first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether this part is in the site's own language: only that part writes the files there is one of (sitemap, robots.txt).</summary>
    public bool IsSiteLanguage => Language == SiteLanguage;

    private readonly Dictionary<string, Plan> _mainPlans;
    private readonly Dictionary<string, IReadOnlySet<string>> _sitePages;

    /// <summary>The plan as written (its main language), of which <paramref name="plan"/> may be a translation.</summary>
    public Plan MainOf(Plan plan) => _mainPlans.GetValueOrDefault(plan.Id) ?? plan;

    /// <summary>Whether a language has its own site-wide pages (home, search, feed): the site's language and every one of <see cref="Languages"/>.</summary>
    public bool HasHome(string language) => _sitePages.ContainsKey(language);

    /// <summary>The language whose navigation, home and site pages a page in <paramref name="language"/> links to.</summary>
    public string NavLanguage(string language) => HasHome(language) ? language : SiteLanguage;

    /// <summary>The site pages of input/ in a language.</summary>
    public IEnumerable<ContentPage> PagesIn(string language) => Editions.PagesIn(Site.Pages, language);

    /// <summary>The site's title in a language: the title of its input/index.&lt;lang&gt;.md, else the site's.</summary>
    public string TitleIn(string language) =>
        language == SiteLanguage ? SiteTitle : PagesIn(language).FirstOrDefault(p => p.Slug.Length == 0)?.Title ?? SiteTitle;

    /// <summary>The site's title in this part's language.</summary>
    public string LanguageTitle { get; }

    /// <summary>The published plans in a language, each once: the plans written in it and the translations into it.</summary>
    public IEnumerable<Plan> PlansIn(string language) =>
        PublishedPlans.SelectMany(p => p.Editions).Where(p => p.Metadata.Language == language).DistinctBy(p => p.Id, StringComparer.Ordinal);

    /// <summary>
    /// The same page in each language it exists in, the site's or the plan's main language first; empty when the page
    /// exists in one language only. Plan pages exist in every edition of their plan; site-wide pages (home, search, site
    /// pages) in each language that has them.
    /// </summary>
    public IReadOnlyList<LanguageLink> Alternates(string url, Plan? plan, string language)
    {
        var links = new List<(string Language, string Url)>();
        if (plan is not null)
        {
            var main = MainOf(plan);
            if (main.Translations.IsEmpty) return [];
            var from = SiteUrls.EditionOf(plan);
            links.AddRange(main.Editions.Select(e => (e.Metadata.Language, SiteUrls.InLanguage(url, from, SiteUrls.EditionOf(e)))));
        }
        else
        {
            if (Languages.Count < 2 || !_sitePages.TryGetValue(language, out var own) || !own.Contains(url)) return [];
            var from = Editions.Segment(language);
            foreach (var other in Languages)
            {
                var there = SiteUrls.InLanguage(url, from, Editions.Segment(other));
                if (_sitePages[other].Contains(there)) links.Add((other, there));
            }
        }
        if (links.Count < 2) return [];
        return links.Select(l => new LanguageLink(l.Language, LanguageName(l.Language), Urls.Href(l.Url),
            Urls.Absolute(l.Url) ?? Urls.Href(l.Url), l.Language == language)).ToList();
    }

    /// <summary>A language's own name for itself ("Español"): from its strings file, else from its culture.</summary>
    public string LanguageName(string language)
    {
        if (Strings.Supports(language)) return Text(language).Name;
        try
        {
            var native = System.Globalization.CultureInfo.GetCultureInfo(language).NativeName;
            return native.Length == 0 ? language : char.ToUpper(native[0], System.Globalization.CultureInfo.GetCultureInfo(language)) + native[1..];
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return language;
        }
    }

    /// <summary>The notice of a page in a translation whose text is not translated (its TextLanguage is set).</summary>
    /// <param name="titleLang">The language of the page's title when it is the author's (<see cref="Formatting.ComponentTitleLang"/>).</param>
    public Untranslated? UntranslatedNotice(string? textLanguage, string language, string originalUrl, string? titleLang = null)
    {
        if (textLanguage is null || textLanguage == language) return null;
        var text = Text(language);
        var original = text.Has("languages." + textLanguage) ? text.Text("languages." + textLanguage) : LanguageName(textLanguage);
        return new Untranslated(textLanguage, text.Text("translation.untranslated", ("original", original)),
            text.Text("translation.original_link", ("original", original)), Urls.Href(originalUrl), titleLang);
    }

    public SiteInput Site { get; }

    /// <summary>The interface text of every language the theme has (theme/strings/).</summary>
    public StringCatalog Strings { get; }

    /// <summary>The interface text of pages in <paramref name="language"/>.</summary>
    public UiStrings Text(string language) => Strings.For(language);
    public SiteOptions Options { get; }

    /// <summary>The component kinds of this build, with their views.</summary>
    public ComponentRegistry Components => Options.Components;
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

    /// <summary>The site's title in its own language (input/index.md); see <see cref="LanguageTitle"/> for this part's.</summary>

    public string SiteTitle { get; }
    public string SiteLanguage { get; }

    /// <summary>The layout of a page; <paramref name="trail"/> are the breadcrumbs between Home and the page itself.</summary>
    public PageLayout Layout(string url, string title, string description, Plan? plan, IReadOnlyList<(string Label, string Url)> trail,
        string pageKind, bool showsData = false, IReadOnlyList<string>? scripts = null, bool draftReport = false)
    {
        var language = plan?.Metadata.Language ?? Language;
        var text = Text(language);
        var nav = NavLanguage(language);
        var home = SiteUrls.Page("", Editions.Segment(nav));
        var siteTitle = TitleIn(nav);
        var crumbs = new List<NavLink> { new(text.Text("nav.home"), Urls.Href(home), url == home) };
        if (url != home)
        {
            crumbs.AddRange(trail.Select(t => new NavLink(t.Label, Urls.Href(t.Url), false)));
            crumbs.Add(new NavLink(title, Urls.Href(url), true));
        }
        var documentTitle = url == home ? siteTitle
            : plan is null || title == plan.Metadata.Title ? $"{title} | {siteTitle}"
            : $"{title} | {plan.Metadata.Title} | {siteTitle}";
        var alternates = Alternates(url, plan, language);
        var isDraft = plan is { IsReleased: false };
        return new PageLayout(
            Url: url,
            Lang: language,
            PageTitle: title,
            DocumentTitle: documentTitle,
            Description: Describe(description),
            Canonical: Urls.Absolute(url),
            OgUrl: Urls.Absolute(url),
            PageKind: pageKind,
            SiteNav: SiteNav(url, text, nav),
            Breadcrumbs: crumbs,
            PlanTitle: plan?.Metadata.Title,
            PlanNav: plan is null ? [] : PlanNav(plan, url),
            IsExample: plan?.Metadata.IsExample ?? false,
            IsDraft: isDraft,
            NoIndex: Options.NoIndex || isDraft || draftReport,
            Scripts: (scripts ?? []).Select(Urls.Href).ToList(),
            Stylesheet: Urls.Href(SiteUrls.StaticRoot + "css/site.css"),
            HomeHref: Urls.Href(home),
            AccessibilityHref: Urls.Href(_sitePages[nav].Contains(SiteUrls.Page("accessibility", Editions.Segment(nav)))
                ? SiteUrls.Page("accessibility", Editions.Segment(nav)) : SiteUrls.Page("accessibility")),
            ShowsData: showsData)
        {
            Alternates = alternates,
            PlanNavScript = Urls.Href(SiteUrls.StaticRoot + "js/plan-nav.js"),
            // x-default: the plan's main language, or the site's; the alternates list it first.
            DefaultAlternate = alternates.FirstOrDefault()?.HeadHref,
            IsDraftReport = draftReport,
            Share = Share(title, plan, language, alternates),
        };
    }

    private readonly ConcurrentDictionary<string, Cards.ShareCard> _cards = new(StringComparer.Ordinal);

    /// <summary>The share card of a plan edition, or of the site in a language, made once per part.</summary>
    public Cards.ShareCard CardOf(Plan? plan, string language) => plan is null
        ? _cards.GetOrAdd("site:" + language, _ => Cards.ShareCards.ForSite(language, this))
        : _cards.GetOrAdd("plan:" + SiteUrls.Plan(plan), _ => Cards.ShareCards.ForPlan(plan, this));

    /// <summary>The page's share metadata: its card (the plan's, or the site's in the page's language) and locales.</summary>
    private ShareMeta Share(string title, Plan? plan, string language, IReadOnlyList<LanguageLink> alternates)
    {
        var nav = NavLanguage(language);
        var card = CardOf(plan, plan is null ? nav : language);
        var image = plan is null ? Cards.ShareCards.SiteImage(nav) : Cards.ShareCards.PlanImage(plan);
        var shareTitle = plan is null || title == plan.Metadata.Title ? title : $"{title} | {plan.Metadata.Title}";
        return new ShareMeta(shareTitle, TitleIn(nav), Locale(language),
            alternates.Where(a => !a.Current).Select(a => Locale(a.Lang)).Distinct().ToList(),
            Urls.Absolute(image), card.Alt, Cards.ShareCard.Width, Cards.ShareCard.Height);
    }

    /// <summary>og:locale: "en_US", "es_US", from the culture the language's pages write numbers in.</summary>
    public string Locale(string language)
    {
        var culture = Text(language).Culture.Name;
        return (culture.Length == 0 ? language : culture).Replace('-', '_');
    }

    /// <summary>Home, then the site pages of input/ in file order (the 404 page is not navigation).</summary>
    private IReadOnlyList<NavLink> SiteNav(string currentUrl, UiStrings text, string language)
    {
        var segment = Editions.Segment(language);
        var home = SiteUrls.Page("", segment);
        var search = SiteUrls.SearchIn(segment);
        return PagesIn(language).Where(p => p.Slug != "404")
            .OrderBy(p => p.Slug.Length == 0 ? 0 : 1)
            .Select(p => new NavLink(p.Slug.Length == 0 ? text.Text("nav.home") : p.Title, Urls.Href(SiteUrls.Page(p.Slug, segment)), SiteUrls.Page(p.Slug, segment) == currentUrl))
            .DefaultIfEmpty(new NavLink(text.Text("nav.home"), Urls.Href(home), currentUrl == home))
            .Append(new NavLink(text.Text("nav.search"), Urls.Href(search), currentUrl == search))
            .ToList();
    }

    /// <summary>The plan's own pages in reading order, as the page kinds declare them in the site map: overview, the five
    /// components, progress, status, print, and any page a kind of this build adds to a plan's navigation.</summary>
    public IReadOnlyList<NavLink> PlanNav(Plan plan, string currentUrl)
    {
        var text = Text(plan.Metadata.Language);
        return PublishedPages(plan).Where(p => p.Nav is not null)
            .Select(p => (Page: p, Entry: p.Nav!(text)))
            .Select(i => new NavLink(i.Entry.Label, Urls.Href(i.Page.Url), i.Page.Url == currentUrl) { Lang = i.Entry.Lang }).ToList();
    }

    /// <summary>The pages of a plan's edition this build publishes, in order: a draft's only with drafts.</summary>
    public IEnumerable<SitePage> PublishedPages(Plan plan) =>
        Links.Map.OfPlan(plan.Id, SiteUrls.EditionOf(plan)).Where(p => !p.IsDraft || Options.IncludeDrafts);

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
