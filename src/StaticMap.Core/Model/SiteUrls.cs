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
    public static string PlanJson(string planId) => $"/{planId}/plan.json";
    public static string PlanFile(string planId, string planRelativePath) => $"/{planId}/{planRelativePath}";
    public static string Page(string slug) => slug switch { "" => Home, "404" => NotFound, _ => $"/{slug}/" };
    public static string SiteAsset(string assetsRelativePath) => $"/assets/{assetsRelativePath}";

    /// <summary>The file a page URL is written to: "/a/b/" → "a/b/index.html"; "/plan.json" stays a file.</summary>
    public static string OutputPath(string url)
    {
        var trimmed = url.TrimStart('/');
        return url.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }
}
