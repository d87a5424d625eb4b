namespace StaticMap.Core.Rendering.Views;

/// <summary>A link in a navigation list; <see cref="Current"/> marks the page being shown (aria-current).</summary>
public sealed record NavLink(string Label, string Href, bool Current)
{
    /// <summary>The language of <see cref="Label"/> when it is not the page's: an untranslated component's title in a translation.</summary>
    public string? Lang { get; init; }
}

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
    /// <summary>The script that closes the plan navigation's disclosure on narrow screens (theme/static/js/plan-nav.js).</summary>
    public string PlanNavScript { get; init; } = "";

    /// <summary>Whether the search index takes this page (Pagefind reads data-pagefind-body).</summary>
    public bool Searchable { get; init; } = !NoIndex;

    /// <summary>The same page in every language it is published in, this one included (Current); empty when it is in one only.
    /// The language switch (partials/language-switch.sbn-html) and the head's hreflang alternates show them.</summary>
    public IReadOnlyList<LanguageLink> Alternates { get; init; } = [];

    /// <summary>The head's hreflang="x-default": the page in the plan's (or site's) main language.</summary>
    public string? DefaultAlternate { get; init; }

    /// <summary>Set on a page of a translation whose text is not translated yet: its content is marked with the original's lang.</summary>
    public Untranslated? Untranslated { get; init; }

    /// <summary>The page's share metadata (Open Graph and Twitter cards): what a social post, chat app or newsletter shows of a link to it.</summary>
    public ShareMeta? Share { get; init; }

    /// <summary>The layout around the page's own template: <c>layouts/base.sbn-html</c> unless the page names a lighter one
    /// (the embed page's <c>layouts/embed-base.sbn-html</c>, with no site header, navigation or footer).</summary>
    public string? Base { get; init; }

    /// <summary>The page is a draft progress report ('draft: true'), built by serve and build --drafts only: it says so and is noindex.</summary>
    public bool IsDraftReport { get; init; }

    /// <summary>The page shows a coalition's own (local) data, a findings metric from the plan's CSV: the footer's data credit
    /// then says whose they are ("Local data are the coalition's own."), and only then.</summary>
    public bool ShowsLocalData { get; init; }
}

/// <summary>A page's Open Graph and Twitter card metadata (theme/layouts/base.sbn-html; docs/deploy.md#share-cards).</summary>
/// <param name="Title">The page's title with its plan's: "Summary of findings | Alameda County Mobility Action Plan".</param>
/// <param name="Locale">og:locale, "en_US"; <paramref name="LocaleAlternates"/> the page's other languages.</param>
/// <param name="Image">The card's absolute URL; null without --base-url (MAP094), when no image can be named.</param>
/// <param name="ImageAlt">Every word on the card, in the page's language.</param>
public sealed record ShareMeta(string Title, string SiteName, string Locale, IReadOnlyList<string> LocaleAlternates, string? Image, string ImageAlt,
    int ImageWidth, int ImageHeight);

/// <summary>A page in one language, as the language switch links to it.</summary>
/// <param name="Lang">The BCP 47 tag, for lang and hreflang.</param>
/// <param name="Name">The language's name in that language ("Español").</param>
/// <param name="HeadHref">Absolute with --base-url (for the head's alternates), else as <paramref name="Href"/>.</param>
/// <param name="Current">This page's own language.</param>
public sealed record LanguageLink(string Lang, string Name, string Href, string HeadHref, bool Current);

/// <summary>A translation's page shown in its original language.</summary>
/// <param name="Lang">The language the text is in (the plan's main language).</param>
/// <param name="Notice">In the page's language: the text is not translated yet and is shown in <paramref name="Lang"/>.</param>
/// <param name="OriginalHref">The same page in the original language.</param>
/// <param name="TitleLang">The language of the page's title when it is the author's own (else the page's language, null):
/// the words StaticMap writes on the page, its title included when it is the guide's, are in the page's language.</param>
public sealed record Untranslated(string Lang, string Notice, string LinkText, string OriginalHref, string? TitleLang = null);
