using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering.Files;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Writing;

namespace StaticMap.Core.Rendering;

/// <summary>What every template can read as 'site'.</summary>
public sealed record SiteView(string Title, string BasePath, string HomeHref, string StaticHref, string FeedHref, string DataCredit);

/// <summary>Renders every page with the theme, in parallel, straight into the output.</summary>
public static class SiteRenderer
{
    public const string DataCredit = "Urban Institute, Mobility Metrics";

    /// <summary>Every page kind, found by reflection: a new kind of page is one new <see cref="IPageKind"/>.</summary>
    public static readonly IReadOnlyList<IPageKind> PageKinds = typeof(IPageKind).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IPageKind).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (IPageKind)Activator.CreateInstance(t)!)
        .ToList();

    /// <summary>Every kind of generated file (downloads, feed, sitemap), found by reflection.</summary>
    public static readonly IReadOnlyList<IFileKind> FileKinds = typeof(IFileKind).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFileKind).IsAssignableFrom(t))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (IFileKind)Activator.CreateInstance(t)!)
        .ToList();

    public static IReadOnlyList<GeneratedFile> Files(RenderContext context) =>
        FileKinds.AsParallel().AsOrdered().SelectMany(k => k.Files(context)).ToList();

    public static IReadOnlyList<Page> Pages(RenderContext context) =>
        PageKinds.AsParallel().AsOrdered().SelectMany(k => k.Pages(context)).ToList();

    /// <returns>The number of pages written.</returns>
    public static int Render(IReadOnlyList<Page> pages, RenderContext context, Theme theme, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var site = View(context);
        var written = 0;
        Parallel.ForEach(pages, page =>
        {
            var html = RenderPage(page, site, theme, diagnostics);
            if (html is null) return;
            output.WriteText(page.File, html);
            Interlocked.Increment(ref written);
        });
        return written;
    }

    public static SiteView View(RenderContext context) => new(
        context.SiteTitle,
        context.Urls.BasePath,
        context.Urls.Href(Model.SiteUrls.Home),
        context.Urls.Href(Model.SiteUrls.StaticRoot),
        context.Urls.Href(Model.SiteUrls.Feed),
        DataCredit);

    /// <summary>The page's own template first, then the base layout around it.</summary>
    public static string? RenderPage(Page page, SiteView site, Theme theme, DiagnosticBag diagnostics)
    {
        var globals = new Dictionary<string, object?> { ["site"] = site, ["layout"] = page.Layout, ["page"] = page.Model };
        var content = theme.Render(page.Template, globals, diagnostics);
        if (content is null) return null;
        globals["content"] = new RawHtml(content);
        return theme.Render("layouts/base" + Theme.TemplateExtension, globals, diagnostics);
    }
}
