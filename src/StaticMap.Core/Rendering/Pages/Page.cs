using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

/// <summary>One page of the site: where it goes, which template lays it out, and the data the template shows.</summary>
/// <param name="Template">Theme-relative template path, e.g. "layouts/component.sbn-html".</param>
/// <param name="Model">The page's own data, available to the template as 'page'.</param>
/// <param name="OutputPath">The file written, relative to the output folder; by default from the URL.</param>
public sealed record Page(string Url, string Template, PageLayout Layout, object Model, string? OutputPath = null)
{
    public string File => OutputPath ?? SiteUrls.OutputPath(Url);
}

/// <summary>One kind of page (home, plan overview, component, progress…). A new kind is one class and one template.</summary>
/// <remarks>Kinds are found by reflection but render in the order of their <see cref="Order"/>, declared here and not
/// taken from class names or the order of types in the assembly, so the site is written the same way every time.</remarks>
public interface IPageKind
{
    /// <summary>Where this kind's pages come among the site's pages: lower first, each kind its own number (a test checks).</summary>
    int Order { get; }

    /// <summary>
    /// The pages this kind writes for the site, each with its URL, language, source file and element ids, declared before
    /// anything is checked or rendered (<see cref="SiteMap"/>): every plan and edition, drafts included (each page marked),
    /// so links to them are resolved, the plan navigation lists them and sitemap.xml has them. <see cref="Pages"/> then
    /// writes exactly these URLs, for the plans a build publishes. <paramref name="components"/>: the build's component kinds,
    /// whose views know the ids their partials write.
    /// </summary>
    IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components);

    IEnumerable<Page> Pages(RenderContext context);
}
