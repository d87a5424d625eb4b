using System.Xml.Linq;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Files;

/// <summary>/sitemap.xml: every public page, for search engines. Needs --base-url, since sitemaps hold absolute URLs.</summary>
public sealed class Sitemap : IFileKind, ISiteWide
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        if (context.Urls.BaseUrl is null) yield break;
        var urls = new List<(string Url, DateOnly? Modified)> { (SiteUrls.Home, null) };
        urls.AddRange(context.Site.Pages.Where(p => p.Slug is not ("" or "404") && p.Language is null).Select(p => (SiteUrls.Page(p.Slug), (DateOnly?)null)));
        foreach (var plan in context.PublishedPlans.Where(p => p.IsReleased && !context.Options.NoIndex))
        {
            var released = plan.Metadata.Released;
            urls.Add((SiteUrls.Plan(plan.Id), released));
            urls.AddRange(plan.Components.Select(c => (SiteUrls.Component(plan.Id, c.Kind), released)));
            if (!plan.Progress.IsEmpty) urls.Add((SiteUrls.ProgressIndex(plan.Id), null));
            urls.AddRange(plan.Progress.Select(r => (SiteUrls.Progress(plan.Id, r.Year), (DateOnly?)null)));
            urls.Add((SiteUrls.Status(plan.Id), null));
            urls.Add((SiteUrls.Print(plan.Id), released));
        }
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url",
                new XElement(Ns + "loc", context.Urls.Absolute(u.Url)),
                u.Modified is { } d ? new XElement(Ns + "lastmod", d.ToString("yyyy-MM-dd")) : null))));
        yield return new GeneratedFile(SiteUrls.Sitemap.TrimStart('/'), document.Declaration + "\n" + document.Root);
    }
}
