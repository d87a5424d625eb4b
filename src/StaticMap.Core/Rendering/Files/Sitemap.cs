using System.Xml.Linq;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Files;

/// <summary>/sitemap.xml: every public page, for search engines. Needs --base-url, since sitemaps hold absolute URLs. A page
/// published in more than one language lists each of them as an xhtml:link rel="alternate" hreflang, itself included.</summary>
public sealed class Sitemap : IFileKind, ISiteWide
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        if (context.Urls.BaseUrl is null || !context.IsSiteLanguage) yield break;
        var urls = new List<(string Url, DateOnly? Modified, IReadOnlyList<Views.LanguageLink> Alternates)>();
        foreach (var language in context.Languages)
        {
            var segment = Editions.Segment(language);
            var home = SiteUrls.Page("", segment);
            urls.Add((home, null, context.Alternates(home, null, language)));
            urls.AddRange(context.PagesIn(language).Where(p => p.Slug is not ("" or "404"))
                .Select(p => SiteUrls.Page(p.Slug, segment)).Select(u => (u, (DateOnly?)null, context.Alternates(u, null, language))));
        }
        foreach (var plan in context.PublishedPlans.Where(p => p.IsReleased && !context.Options.NoIndex).SelectMany(p => p.Editions))
        {
            var released = plan.Metadata.Released;
            void Add(string url, DateOnly? modified) => urls.Add((url, modified, context.Alternates(url, plan, plan.Metadata.Language)));
            Add(SiteUrls.Plan(plan), released);
            foreach (var c in plan.Components) Add(SiteUrls.Component(plan, c.Kind), released);
            if (!plan.Progress.IsEmpty) Add(SiteUrls.ProgressIndex(plan), null);
            foreach (var r in plan.Progress) Add(SiteUrls.Progress(plan, r.Year), null);
            Add(SiteUrls.Status(plan), null);
            Add(SiteUrls.Print(plan), released);
            Add(SiteUrls.Glance(plan), released);
        }
        var anyAlternates = urls.Any(u => u.Alternates.Count > 0);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset",
                anyAlternates ? new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml.NamespaceName) : null,
                urls.Select(u => new XElement(Ns + "url",
                new XElement(Ns + "loc", context.Urls.Absolute(u.Url)),
                u.Modified is { } d ? new XElement(Ns + "lastmod", d.ToString("yyyy-MM-dd")) : null,
                u.Alternates.Select(a => new XElement(Xhtml + "link", new XAttribute("rel", "alternate"),
                    new XAttribute("hreflang", a.Lang), new XAttribute("href", a.HeadHref)))))));
        yield return new GeneratedFile(SiteUrls.Sitemap.TrimStart('/'), document.Declaration + "\n" + document.Root);
    }
}
