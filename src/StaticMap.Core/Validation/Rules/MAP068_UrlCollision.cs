using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Plans, site pages and the site's own folders share the top level of the URL space.</summary>
public sealed class UrlCollision() : DiagnosticCode("MAP068", "validate", "Two things would have the same URL",
    help: "A plan folder, a page in input/ and the site's own folders (assets, static, pagefind, schemas, data, feed, sitemap) each need their own name. Two published files whose names differ only in upper and lower case (assets/Coalition.svg and assets/coalition.svg) are one file on Windows and macOS, and to the tools that upload a site from them: rename or remove one."), ISiteRule
{
    public static readonly UrlCollision Instance = new();

    /// <summary>Across plans, through their summaries, and the site pages.</summary>
    public RuleInputs Reads => RuleInputs.Summaries;

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        var summaries = context.Summaries;
        var plans = summaries.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in summaries.Where(p => SiteUrls.Reserved.Contains(p.Id)))
            diagnostics.Add(At(SourceSpan.File(plan.Folder),
                $"plan folder '{plan.Id}' has a name the site uses for its own files; rename the folder, e.g. to '{plan.Id}-plan'"));
        foreach (var page in context.Site.Pages.Where(p => p.Slug.Length > 0))
        {
            if (plans.Contains(page.Slug) || SiteUrls.Reserved.Contains(page.Slug) && page.Slug != "404")
                diagnostics.Add(At(SourceSpan.File(page.Path),
                    $"the page {page.Path} would have the URL /{page.Slug}/, which {(plans.Contains(page.Slug) ? "a plan" : "the site")} already uses; rename the file"));
        }
        // "About.md" and "about.md", or "about us.md" and "about-us.md", get one URL: one page would overwrite the other.
        // about.md and about.es.md are the same page in two languages: /about/ and /es/about/.
        foreach (var same in context.Site.Pages.GroupBy(p => SiteUrls.Page(p.Slug, Editions.SegmentOf(p)), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = same.First();
            foreach (var page in same.Skip(1))
                diagnostics.Add(At(SourceSpan.File(page.Path),
                    $"the page {page.Path} would have the URL {SiteUrls.Page(page.Slug, Editions.SegmentOf(page))}, which {first.Path} already has; rename one of the two files"));
        }
        // Names that differ only in case are one file on Windows and macOS (and to deploy clients running there): one
        // would overwrite the other, and which one survives depends on the machine.
        foreach (var plan in summaries)
            if (plan.PublishedFiles.Count > 1) CaseCollisions(plan.PublishedFiles, $"{plan.Folder}/".Length, diagnostics);
        CaseCollisions(context.Site.Assets, "input/".Length, diagnostics);
        // A plan folder named like a language the site is published in would share /es/ with that language's home
        // (the languages as Editions.Languages lists them: the plans' translations and the site pages' languages).
        var languages = summaries.SelectMany(p => p.Editions).Concat(context.Site.Pages.Select(p => p.Language).OfType<string>())
            .Where(l => l != Editions.SiteLanguage).ToHashSet(StringComparer.Ordinal);
        foreach (var plan in summaries.Where(p => languages.Contains(p.Id)))
            diagnostics.Add(At(SourceSpan.File(plan.Folder),
                $"plan folder '{plan.Id}' has the name of a language the site is published in, whose pages are under /{plan.Id}/; rename the folder, e.g. to '{plan.Id}-plan'"));
    }

    /// <summary>MAP068 at each file whose published path equals an earlier one's but for case, naming both.</summary>
    private void CaseCollisions(IEnumerable<string> paths, int published, DiagnosticBag diagnostics)
    {
        foreach (var same in paths.Order(StringComparer.Ordinal).GroupBy(p => p[published..].Normalize().ToUpperInvariant(), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = same.First();
            foreach (var other in same.Skip(1))
                diagnostics.Add(At(SourceSpan.File(other),
                    $"{other} and {first} differ only in upper and lower case, so on Windows and macOS (and for deploy tools run there) they are one file and one would replace the other; rename or remove one of the two"));
        }
    }
}
