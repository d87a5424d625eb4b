using StaticMap.Core.Model;
using static StaticMap.Core.Scaffolding.ScaffoldText;
using static StaticMap.Core.Validation.Rules.PlaceholderText;

namespace StaticMap.Core.Scaffolding.Components;

public sealed class TheoryOfChangeScaffold : IComponentScaffold
{
    public ComponentKind Kind => ComponentKind.TheoryOfChange;

    public string Text(NewPlan plan) => $$"""
        ---
        {{ComponentSchema}}
        component: theory-of-change
        vision: >-
          {{Marker}} Write your community vision statement: the future your coalition works toward, in one or two sentences.
        # A theory of change, a logic model, or both (guide Step 7). A theory of change "reflects a set of assumptions
        # that connects preconditions (what you need for change to happen) to expected outcomes" (Step 1.4), e.g.:
        # theory_of_change:
        #   preconditions:
        #     - What needs to be in place for change to happen
        #   outcomes:
        #     - The improvements you want to see
        #   assumptions:
        #     - What you believe connects the two
        # A logic model "displays a project's inputs, activities, outputs, and outcomes" (Step 1.4). Ids are lowercase
        # kebab-case; the measurement plan tracks every input, output and outcome by its id.
        logic_model:
          inputs:
            - id: example-input
              text: "{{Marker}} a resource the work needs, e.g. staff time, funding or data"
          activities:
            - id: example-activity
              text: "{{Marker}} something the coalition will do, e.g. start a youth jobs program"
              # pillar: rewarding-work  (the one of the Five Pillars it serves; docs/authoring.md lists them)
          outputs:
            - id: example-output
              text: "{{Marker}} a direct product of the activity, e.g. young people placed in jobs"
          outcomes:
            short_term:
              - id: example-outcome
                text: "{{Marker}} a change you expect to see, e.g. more young people have a job"
            # 'intermediate' and 'long_term' take lists of outcomes too.
        ---

        ## How we believe change happens

        {{Marker}} Explain how your coalition believes change happens in your community: what must be in place, the improvements you expect, and the assumptions that connect them.

        """;
}
