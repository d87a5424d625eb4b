using StaticMap.Core.Localization;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Files;
using StaticMap.Core.Schemas;

namespace StaticMap.Core.Scaffolding.Admin;

/// <summary>
/// /admin.html (reached as /admin/): the browser editor (Decap CMS, restored from the npm registry at the version and
/// integrity pinned in theme/admin/package-lock.json, <see cref="DecapBundle"/>) and its configuration, /admin-config.yml,
/// written from the schemas and the plans (<see cref="AdminConfig"/>). Written only with <c>--admin</c>. The page is
/// noindex and nofollow, and is in neither the sitemap nor the search index (it has no <c>data-pagefind-body</c>).
/// netlify.toml gives it its own Content-Security-Policy: Decap compiles its configuration's schema with
/// <c>new Function</c> and sets inline styles (docs/deploy.md).
/// </summary>
public sealed class AdminFiles : IFileKind, ISiteWide
{
    /// <summary>The editor's page: a file at the root, so that netlify.toml can give it its own policy (no site-wide rule
    /// matches it; "/admin" and "/admin/" lead to it).</summary>
    public const string PageFile = "admin.html";
    public const string ConfigFile = "admin-config.yml";
    public static readonly string Script = $"/{DecapBundle.Folder}/decap-cms.js";
    public const string PreviewScript = "/static/admin/preview.js";

    /// <summary>The editor's page in <paramref name="language"/>: admin.html in the site's language, admin.&lt;lang&gt;.html in the others.</summary>
    public static string PageFileIn(string language, string siteLanguage) => language == siteLanguage ? PageFile : $"admin.{language}.html";

    public static string ConfigFileIn(string language, string siteLanguage) => language == siteLanguage ? ConfigFile : $"admin-config.{language}.yml";

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        // Only when asked for (build --admin, serve --admin), and once: the site-wide part of the site's language writes
        // the editor in every language the site publishes and has interface text for.
        if (!context.Options.Admin || !context.IsSiteLanguage) yield break;
        var bundle = DecapBundle.Files();
        foreach (var language in context.Languages.Where(l => l == context.SiteLanguage || context.Strings.Supports(l)))
        {
            var text = context.Text(language);
            var config = AdminConfig.Generate(context.Site.Plans, PlanSchemas.For(context.Components), text, context.Metrics,
                AdminBackend.FromEnvironment(), context.Urls.BaseUrl?.TrimEnd('/'), context.Options.AdminLocalBackend, today: context.Options.Reporting.Today.Year);
            var configFile = ConfigFileIn(language, context.SiteLanguage);
            yield return new GeneratedFile(configFile, config.Yaml);
            var page = Page(context, text, configFile, bundle.Count == 0 ? DecapBundle.Problem : null);
            yield return new GeneratedFile(PageFileIn(language, context.SiteLanguage), page);
            // The preview (serve --admin) also answers /admin/ (and /es/admin/) itself; on Netlify redirects lead there (netlify.toml).
            if (context.Options.AdminLocalBackend is not null)
                yield return new GeneratedFile(language == context.SiteLanguage ? "admin/index.html" : $"{language}/admin/index.html", page);
        }
        foreach (var (path, content) in bundle) yield return new GeneratedFile($"{DecapBundle.Folder}/{path}", content);
    }

    /// <summary>The editor's page: Decap's script, which reads config.yml beside the page, and the preview's styles.</summary>
    public static string Page(RenderContext context, UiStrings text, string configFile, string? problem = null)
    {
        var title = HtmlText.Escape(text.Text("admin.title", ("site", context.SiteTitle)));
        return $"""
            <!DOCTYPE html>
            <html lang="{HtmlText.Escape(text.Language)}" data-staticmap-no-reload>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>{title}</title>
            <link rel="cms-config-url" type="text/yaml" href="{HtmlText.Escape(context.Urls.Href("/" + configFile))}">
            </head>
            <body>
            <noscript><p>{HtmlText.Escape(text.Text("admin.noscript"))}</p></noscript>{(problem is null ? "" : $"\n<p>{HtmlText.Escape(text.Text("admin.unavailable", ("reason", problem)))}</p>")}
            <script src="{HtmlText.Escape(context.Urls.Href(Script))}"></script>
            <script src="{HtmlText.Escape(context.Urls.Href(PreviewScript))}" data-stylesheet="{HtmlText.Escape(context.Urls.Href("/static/css/site.css"))}"></script>
            </body>
            </html>

            """;
    }
}
