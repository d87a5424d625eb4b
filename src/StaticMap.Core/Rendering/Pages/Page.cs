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
public interface IPageKind
{
    IEnumerable<Page> Pages(RenderContext context);
}
