using StaticMap.Core.Model;
using static StaticMap.Core.Scaffolding.ScaffoldText;
using static StaticMap.Core.Validation.Rules.PlaceholderText;

namespace StaticMap.Core.Scaffolding.Components;

public sealed class SustainabilityScaffold : IComponentScaffold
{
    public ComponentKind Kind => ComponentKind.Sustainability;

    public string Text(NewPlan plan) => $$"""
        ---
        {{ComponentSchema}}
        component: sustainability
        commitments:
          - action: "{{Marker}} an action of this plan that must last, e.g. keep the youth jobs program running"
            responsible: "{{Marker}} who will steward it"
            resources: "{{Marker}} the resources it needs, e.g. staff time and a line in the {{plan.Kind}} budget"
            # timeline: optional, e.g. Reviewed every year
        ---

        ## Sustaining the work

        {{Marker}} The guide asks for "a short section that shares how you plan to steward and sustain the actions described in the MAP, including responsible actors and the resources needed" (Step 1.4). Say who keeps the work going, with what money and staff, and how it survives changes in leadership.

        """;
}
