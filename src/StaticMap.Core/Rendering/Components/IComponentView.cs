using System.Text.Json.Nodes;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Components;

/// <summary>
/// The Rendering part of a component kind (<see cref="ComponentRegistry"/>): builds what its page shows besides the
/// narrative (timeline, logic model, measurement table…) for its partial. StaticMap's own are in Rendering/Components/
/// and found by reflection.
/// </summary>
public interface IComponentView : IComponentPart
{
    /// <summary>The theme's template for what <see cref="Build"/> returns, shown on the component's page and in the whole plan.</summary>
    string Partial => $"partials/components/{Kind.Slug}.sbn-html";

    /// <summary>Whether the page draws charts (it then gets Chart.js and the site's chart setup).</summary>
    bool ShowsCharts => false;

    object Build(Plan plan, Component component, RenderContext context);

    /// <summary>
    /// The ids <see cref="Partial"/> writes for this component besides the narrative's (all starting "sm-"), so a link's
    /// #fragment is checked before anything is rendered (the page kinds declare them, <see cref="Pages.ThemeIds"/>; a test
    /// compares them with the built pages).
    /// </summary>
    PartialIds Ids(Component component);

    /// <summary>The component's own fields as plan.json publishes them (besides title, url and narrative), in its front matter's names.</summary>
    IEnumerable<(string Key, JsonNode? Value)> Data(Component component);
}
