using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using static StaticMap.Core.Rendering.Files.PlanJson;

namespace StaticMap.Core.Rendering.Components;

public sealed record SustainabilityPage(IReadOnlyList<Commitment> Commitments);

public sealed class SustainabilityView : IComponentView
{
    public ComponentKind Kind => ComponentKind.Sustainability;

    public PartialIds Ids(Component component) => new(["sm-commitments-heading", "sm-commitments-caption"]);

    public object Build(Plan plan, Component component, RenderContext context) =>
        new SustainabilityPage(((Sustainability)component).Commitments);

    public IEnumerable<(string Key, JsonNode? Value)> Data(Component component)
    {
        var sustainability = (Sustainability)component;
        yield return ("commitments", Array(sustainability.Commitments.Select(c => new JsonObject
        {
            ["action"] = c.Action, ["responsible"] = c.Responsible, ["resources"] = c.Resources, ["timeline"] = c.Timeline,
        })));
    }
}
