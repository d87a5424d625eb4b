using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Plans, site pages and the site's own folders share the top level of the URL space.</summary>
public sealed class UrlCollision : Rule, ISiteRule
{
    public static readonly UrlCollision Instance = new();
    public override string Code => "MAP068";
    public override string Title => "Two things would have the same URL";
    public override string Stage => "validate";
    public override string Help => "A plan folder, a page in input/ and the site's own folders (assets, static, pagefind, schemas, data, feed, sitemap) each need their own name.";

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var plans = context.Site.Plans.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in context.Site.Plans.Where(p => SiteUrls.Reserved.Contains(p.Id)))
            diagnostics.Add(At(SourceSpan.File(plan.Folder),
                $"plan folder '{plan.Id}' has a name the site uses for its own files; rename the folder, e.g. to '{plan.Id}-plan'"));
        foreach (var page in context.Site.Pages.Where(p => p.Slug.Length > 0))
        {
            if (plans.Contains(page.Slug) || SiteUrls.Reserved.Contains(page.Slug) && page.Slug != "404")
                diagnostics.Add(At(SourceSpan.File(page.Path),
                    $"the page {page.Path} would have the URL /{page.Slug}/, which {(plans.Contains(page.Slug) ? "a plan" : "the site")} already uses; rename the file"));
        }
        // "About.md" and "about.md" (in one language: about.es.md is about.md in Spanish), or "about us.md" and "about-us.md", get one URL: one page would overwrite the other.
        foreach (var same in context.Site.Pages.GroupBy(p => (p.Slug, Language: p.Language?.ToLowerInvariant())).Where(g => g.Count() > 1))
        {
            var first = same.First();
            foreach (var page in same.Skip(1))
                diagnostics.Add(At(SourceSpan.File(page.Path),
                    $"the page {page.Path} would have the URL {SiteUrls.Page(page.Slug)}, which {first.Path} already has; rename one of the two files"));
        }
    }
}
