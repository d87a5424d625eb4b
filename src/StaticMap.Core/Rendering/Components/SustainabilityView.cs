using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Components;

public sealed record SustainabilityPage(IReadOnlyList<Commitment> Commitments);

public sealed class SustainabilityView : IComponentView
{
    public ComponentKind Kind => ComponentKind.Sustainability;

    public object Build(Plan plan, Component component, RenderContext context) =>
        new SustainabilityPage(((Sustainability)component).Commitments);
}
