using StaticMap.Core.Model;
using StaticMap.Core.Localization;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

/// <param name="Slug">The component value, e.g. "findings".</param>
/// <param name="Partial">The theme's template that shows <paramref name="Details"/> (<see cref="IComponentView.Partial"/>).</param>
/// <param name="Details">What the partial shows besides the narrative (see <see cref="IComponentView"/>).</param>
public sealed record ComponentPageModel(string Slug, string Partial, string GuideName, RawHtml Body, object Details, NavLink? Previous, NavLink? Next) : IPagePart
{
    /// <summary>In the print view's copy, the component page's own model (its partial's HTML is written again, <c>include_reused</c>).</summary>
    internal ComponentPageModel? OnItsPage { get; init; }

    IPagePart? IPagePart.Original => OnItsPage;
}

/// <summary>One page per component of each plan.</summary>
public sealed class ComponentPageKind : IPageKind
{
    public int Order => 50;

    /// <summary>Each component's page; in a translation, a component not translated yet shows its original's file, whose links
    /// are read from the original's page.</summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components)
    {
        foreach (var (main, edition, segment) in Declarations.PlanEditions(site))
        foreach (var c in edition.Components)
        {
            yield return Declarations.PlanPage(this, "component", main, segment, SiteUrls.Component(edition, c.Kind), () => ThemeIds.Component(c, components)) with
            {
                Source = segment is null || c.TextLanguage is null ? c.Path : null,
                Modified = edition.Metadata.Released,
                Nav = t => new NavEntry(Formatting.ComponentTitle(c, t), Formatting.ComponentTitleLang(c)),
            };
        }
    }

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
        var url = SiteUrls.Component(plan, component.Kind);
        var view = context.Components.Part<IComponentView>(component.Kind);
        var showsData = view.ShowsCharts;
        var t = context.Text(plan.Metadata.Language);
        var description = Description(component, plan, t);
        NavLink? Link(Component? c) => c is null ? null : new NavLink(Formatting.ComponentTitle(c, t), context.Urls.Href(SiteUrls.Component(plan, c.Kind)), false);
        return new Page(url, "layouts/component.sbn-html",
            context.Layout(url, Formatting.ComponentTitle(component, t), description, plan,
                [(plan.Metadata.Title, SiteUrls.Plan(plan))], "component " + component.Kind.Slug, showsData,
                showsData ? ChartScripts.For(context) : null)
                with
                {
                    Untranslated = context.UntranslatedNotice(component.TextLanguage, plan.Metadata.Language, SiteUrls.Component(context.MainOf(plan), component.Kind),
                        Formatting.ComponentTitleLang(component)),
                    ShowsLocalData = showsData && ShowsLocalData(component),
                },
            new ComponentPageModel(component.Kind.Slug, view.Partial, Formatting.ComponentName(component.Kind, t), context.Markdown.Render(component.Body),
                view.Build(plan, component, context), Link(previous), Link(next)));
    }

    /// <summary>Whether the component shows a coalition's own data: a findings metric read from the plan's CSV.</summary>
    internal static bool ShowsLocalData(Component? component) => component is Findings f && f.Metrics.Any(m => m.IsLocal);

    /// <summary>The page's description (meta description, og: and twitter:): the narrative's first paragraph, else the plan's
    /// summary. A component left untranslated is described in the page's language by the guide's name of the component and
    /// the plan's title ("Teoría del cambio y modelo lógico del Plan de Acción para la Movilidad de Pittsburgh."): a meta
    /// content cannot be marked lang="en", so its English first paragraph would be read as Spanish.</summary>
    internal static string Description(Component component, Plan plan, UiStrings t)
    {
        if (component.TextLanguage is { } language && language != plan.Metadata.Language)
            return t.Text("views.component_description", ("component", Formatting.ComponentName(component.Kind, t)), ("plan", plan.Metadata.Title));
        var first = PlainText.FirstParagraph(component.Body);
        return first.Length > 0 ? first : plan.Metadata.Summary;
    }
}

/// <summary>The scripts of a page with charts: Chart.js, the site's chart setup, the share control's copy buttons and its
/// PNG made in the reader's browser (js/chart-download.js, after charts.js). Pages read fine without them.</summary>
public static class ChartScripts
{
    /// <summary>What draws the charts, for a page without share controls (the print view, the embed page).</summary>
    public static IReadOnlyList<string> Drawing(RenderContext context) =>
        [SiteUrls.StaticRoot + "vendor/chart.js/chart.umd.js", SiteUrls.StaticRoot + "js/charts.js"];

    public static IReadOnlyList<string> For(RenderContext context) =>
        [.. Drawing(context), SiteUrls.StaticRoot + "js/share.js", SiteUrls.StaticRoot + "js/chart-download.js"];
}
