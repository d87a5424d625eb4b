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

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        // Only when asked for (build --admin, serve --admin), and once, in the site's language.
        if (!context.Options.Admin || !context.IsSiteLanguage) yield break;
        var text = context.Text(context.SiteLanguage);
        var config = AdminConfig.Generate(context.Site.Plans, PlanSchemas.For(context.Components), text, context.Metrics,
            AdminBackend.FromEnvironment(), context.Urls.BaseUrl?.TrimEnd('/'), context.Options.AdminLocalBackend, today: context.Options.Reporting.Today.Year);
        yield return new GeneratedFile(ConfigFile, config.Yaml);
        var bundle = DecapBundle.Files();
        var page = Page(context, text, bundle.Count == 0 ? DecapBundle.Problem : null);
        yield return new GeneratedFile(PageFile, page);
        // The preview (serve --admin) also answers /admin/ itself; on Netlify a redirect leads there (netlify.toml).
        if (context.Options.AdminLocalBackend is not null) yield return new GeneratedFile("admin/index.html", page);
        foreach (var (path, content) in bundle) yield return new GeneratedFile($"{DecapBundle.Folder}/{path}", content);
    }

    /// <summary>The editor's page: Decap's script, which reads config.yml beside the page, and the preview's styles.</summary>
    public static string Page(RenderContext context, UiStrings text, string? problem = null)
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
            <link rel="cms-config-url" type="text/yaml" href="{HtmlText.Escape(context.Urls.Href("/" + ConfigFile))}">
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
