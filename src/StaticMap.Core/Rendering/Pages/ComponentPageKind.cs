using System.Collections.Frozen;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

/// <param name="Slug">The component value, which picks the partial theme/partials/components/&lt;slug&gt;.sbn-html.</param>
/// <param name="Details">What the partial shows besides the narrative (see <see cref="IComponentView"/>).</param>
public sealed record ComponentPageModel(string Slug, string GuideName, RawHtml Body, object Details, NavLink? Previous, NavLink? Next);

/// <summary>One page per component of each plan.</summary>
public sealed class ComponentPageKind : IPageKind
{
    public static readonly FrozenDictionary<ComponentKind, IComponentView> Views =
        Discovery.All<IComponentView>().ToFrozenDictionary(v => v.Kind);

    public IEnumerable<Page> Pages(RenderContext context)
    {
        foreach (var plan in context.PlansInScope)
        {
            for (var i = 0; i < plan.Components.Length; i++)
            {
                var component = plan.Components[i];
                yield return Build(context, plan, component,
                    i > 0 ? plan.Components[i - 1] : null,
                    i < plan.Components.Length - 1 ? plan.Components[i + 1] : null);
            }
        }
    }

    private static Page Build(RenderContext context, Plan plan, Component component, Component? previous, Component? next)
    {
        var url = SiteUrls.Component(plan.Id, component.Kind);
        var description = PlainText.FirstParagraph(component.Body);
        var showsData = component.Kind == ComponentKind.Findings;
        var t = context.Text(plan.Metadata.Language);
        NavLink? Link(Component? c) => c is null ? null : new NavLink(Formatting.ComponentTitle(c, t), context.Urls.Href(SiteUrls.Component(plan.Id, c.Kind)), false);
        return new Page(url, "layouts/component.sbn-html",
            context.Layout(url, Formatting.ComponentTitle(component, t), description.Length > 0 ? description : plan.Metadata.Summary, plan,
                [(plan.Metadata.Title, SiteUrls.Plan(plan.Id))], "component " + component.Kind.Slug(), showsData,
                showsData ? ChartScripts.For(context) : null),
            new ComponentPageModel(component.Kind.Slug(), Formatting.ComponentName(component.Kind, t), context.Markdown.Render(component.Body),
                Views[component.Kind].Build(plan, component, context), Link(previous), Link(next)));
    }
}

/// <summary>The scripts of a page with charts: Chart.js and the site's chart setup. Pages read fine without them.</summary>
public static class ChartScripts
{
    public static IReadOnlyList<string> For(RenderContext context) =>
        [SiteUrls.StaticRoot + "vendor/chart.js/chart.umd.js", SiteUrls.StaticRoot + "js/charts.js"];
}
