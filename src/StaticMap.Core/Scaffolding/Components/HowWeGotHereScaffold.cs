using StaticMap.Core.Model;
using static StaticMap.Core.Scaffolding.ScaffoldText;
using static StaticMap.Core.Validation.Rules.PlaceholderText;

namespace StaticMap.Core.Scaffolding.Components;

public sealed class HowWeGotHereScaffold : IComponentScaffold
{
    public ComponentKind Kind => ComponentKind.HowWeGotHere;

    public string Text(NewPlan plan) => $$"""
        ---
        {{ComponentSchema}}
        component: how-we-got-here
        # Optional: the milestones of your planning process, oldest first, e.g.
        # timeline:
        #   - date: "2024-03"
        #     event: The planning team forms
        ---

        ## Why we took on this work

        {{Marker}} The planning guide describes this component as "a description of the steps you took to learn about mobility conditions in your community, including why you decided to pursue the work and who has been involved" (Step 1.4). Start with why: what made upward mobility a priority here?

        ## Who has been involved

        {{Marker}} Name who has been involved: local government, community members, nonprofits, advocates, funders, researchers, anchor institutions and businesses, and how residents took part.

        ## The steps we took

        {{Marker}} Describe the steps you took to learn about mobility conditions in your community, such as reviewing the Mobility Metrics, collecting local data and listening to residents.

        """;
}
