using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Files;

/// <summary>/robots.txt: the sitemap's address, or "keep out" for previews built with --noindex.</summary>
public sealed class RobotsTxt : IFileKind, ISiteWide
{
    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        if (!context.IsSiteLanguage) yield break; // one robots.txt, at the root
        var text = context.Options.NoIndex
            ? "User-agent: *\nDisallow: /\n"
            : "User-agent: *\nAllow: /\n" + (context.Urls.Absolute(SiteUrls.Sitemap) is { } sitemap ? $"Sitemap: {sitemap}\n" : "");
        yield return new GeneratedFile("robots.txt", text);
    }
}
