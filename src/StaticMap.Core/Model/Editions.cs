namespace StaticMap.Core.Model;

/// <summary>The languages a site is published in (docs/translations.md).</summary>
public static class Editions
{
    /// <summary>The language of the site itself: its home, site pages and plans are at the URLs without a language segment.</summary>
    public const string SiteLanguage = "en";

    /// <summary>
    /// The site's language first, then every other language a plan is translated into or a site page is written in, in
    /// the order they first appear. Each of the others gets its home (/es/), search page and feed.
    /// </summary>
    public static IReadOnlyList<string> Languages(IEnumerable<Plan> plans, IEnumerable<ContentPage> pages) =>
        plans.SelectMany(p => p.Translations.Select(t => t.Language))
            .Concat(pages.Select(p => p.Language).OfType<string>())
            .Where(l => l != SiteLanguage)
            .Prepend(SiteLanguage)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The language segment of a site page's URL: null for the site's language.</summary>
    public static string? SegmentOf(ContentPage page) => page.Language is null || page.Language == SiteLanguage ? null : page.Language;

    /// <summary>The language segment of a language: null for the site's language.</summary>
    public static string? Segment(string language) => language == SiteLanguage ? null : language;

    /// <summary>The pages of input/ in one language.</summary>
    public static IEnumerable<ContentPage> PagesIn(IEnumerable<ContentPage> pages, string language) =>
        pages.Where(p => (p.Language ?? SiteLanguage) == language);
}
