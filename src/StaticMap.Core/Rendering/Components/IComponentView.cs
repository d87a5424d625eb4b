using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Components;

/// <summary>
/// Builds what a component page shows besides its narrative (timeline, logic model, measurement table…), for the
/// partial theme/partials/components/&lt;slug&gt;.sbn-html. One implementation per component kind.
/// </summary>
public interface IComponentView
{
    ComponentKind Kind { get; }

    object Build(Plan plan, Component component, RenderContext context);
}
