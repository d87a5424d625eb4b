namespace StaticMap.Core.Model;

/// <summary>
/// The site's URL scheme, in one place. Every URL is root-relative ("/alameda-county/findings/"); the renderer
/// prefixes the base path from --base-url. Clean URLs: each page is a folder with an index.html.
/// </summary>
public static class SiteUrls
{
    /// <summary>Top-level names the site uses itself, so no plan or page may take them.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "assets", "static", "pagefind", "schemas", "data", "404", "feed", "sitemap", "plans", "index", "search", "robots",
    };

    public const string Home = "/";
    public const string StaticRoot = "/static/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string Search = "/search/";

    /// <summary>The page servers show for an address that does not exist (input/404.md), at any URL: not a folder.</summary>
    public const string NotFound = "/404.html";

    public static string Plan(string planId) => $"/{planId}/";
    public static string Component(string planId, ComponentKind kind) => $"/{planId}/{kind.Slug}/";
    public static string ProgressIndex(string planId) => $"/{planId}/progress/";
    public static string Progress(string planId, int year) => $"/{planId}/progress/{year}/";
    public static string Status(string planId) => $"/{planId}/status/";
    public static string Print(string planId) => $"/{planId}/print/";
    public static string Glance(string planId) => $"/{planId}/at-a-glance/";
    public static string PlanJson(string planId) => $"/{planId}/plan.json";
    public static string PlanFile(string planId, string planRelativePath) => $"/{planId}/{planRelativePath}";
    public static string Page(string slug) => slug switch { "" => Home, "404" => NotFound, _ => $"/{slug}/" };

    // Editions (docs/translations.md): a plan's main language keeps the URLs above; a translation's pages are the same
    // pages under "/<lang>/": /es/alameda-county/findings/. Site pages in another language than the site's are under
    // "/<lang>/" too (input/about.es.md: /es/about/), with that language's home (/es/), search (/es/search/) and feed
    // (/es/feed.xml). Downloads, plan.json, assets and data files are language-neutral: one URL for every language.

    /// <summary>The language segment of a plan's pages: null for the plan as written, its language for a translation.</summary>
    public static string? EditionOf(Plan plan) => plan.TranslationOf is null ? null : plan.Metadata.Language;

    /// <summary>"" for the main language (null), "/es" for "es".</summary>
    public static string Prefix(string? language) => language is null ? "" : "/" + language;

    public static string Plan(Plan plan) => Prefix(EditionOf(plan)) + Plan(plan.Id);
    public static string Component(Plan plan, ComponentKind kind) => Prefix(EditionOf(plan)) + Component(plan.Id, kind);
    public static string ProgressIndex(Plan plan) => Prefix(EditionOf(plan)) + ProgressIndex(plan.Id);
    public static string Progress(Plan plan, int year) => Prefix(EditionOf(plan)) + Progress(plan.Id, year);
    public static string Status(Plan plan) => Prefix(EditionOf(plan)) + Status(plan.Id);
    public static string Print(Plan plan) => Prefix(EditionOf(plan)) + Print(plan.Id);
    public static string Glance(Plan plan) => Prefix(EditionOf(plan)) + Glance(plan.Id);

    /// <summary>Whether a plan may have an embed page: it has a findings metric or a progress report that updates an
    /// indicator (each such chart is on the page; a plan whose charts all lack data has no page).</summary>
    public static bool MayEmbed(Plan plan) =>
        plan.Findings?.Metrics.Length > 0 || plan.Progress.Any(r => r.Updates.Length > 0);

    /// <summary>A plan's embed page, which holds every chart of the plan: "/a/embed/", "/es/a/embed/".</summary>
    public static string EmbedPage(Plan plan) => Prefix(EditionOf(plan)) + $"/{plan.Id}/embed/";

    /// <summary>A chart on its plan's embed page, chosen by its fragment: "/a/embed/#sm-chart-share_employed-trend".</summary>
    public static string Embed(Plan plan, string chartId) =>
        EmbedPage(plan) + "#" + (chartId.StartsWith("sm-chart-", StringComparison.Ordinal) ? chartId : "sm-chart-" + chartId);

    /// <summary>A site page in <paramref name="language"/> (null: the site's main language): "/es/about/", "/es/", "/es/404.html".</summary>
    public static string Page(string slug, string? language) => Prefix(language) + Page(slug);
    public static string SearchIn(string? language) => Prefix(language) + Search;
    public static string FeedIn(string? language) => Prefix(language) + Feed;

    /// <summary>The same page in another language: "/es/a/findings/" from "es" to null is "/a/findings/".</summary>
    public static string InLanguage(string url, string? from, string? to)
    {
        var prefix = Prefix(from);
        var neutral = prefix.Length > 0 && url.StartsWith(prefix + "/", StringComparison.Ordinal) ? url[prefix.Length..] : url;
        return Prefix(to) + neutral;
    }
    public static string SiteAsset(string assetsRelativePath) => $"/assets/{assetsRelativePath}";

    /// <summary>The file a page URL is written to: "/a/b/" → "a/b/index.html"; "/plan.json" stays a file.</summary>
    public static string OutputPath(string url)
    {
        var trimmed = url.TrimStart('/');
        return url.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }
}
