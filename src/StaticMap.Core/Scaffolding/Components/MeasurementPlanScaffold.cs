using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using static StaticMap.Core.Scaffolding.ScaffoldText;
using static StaticMap.Core.Validation.Rules.PlaceholderText;

namespace StaticMap.Core.Scaffolding.Components;

public sealed class MeasurementPlanScaffold : IComponentScaffold
{
    public ComponentKind Kind => ComponentKind.MeasurementPlan;

    public string Text(NewPlan plan) => $$"""
        ---
        {{ComponentSchema}}
        component: measurement-plan
        # At least one indicator for every input, output and outcome of the logic model (guide Step 8); 'measures' is
        # the id it tracks. 'frequency' is one of {{string.Join(", ", Vocabularies.Frequency.Words)}}. Optional: unit,
        # direction ({{string.Join(", ", Vocabularies.Direction.Words)}}), baseline: {value, year}, target: {value, year},
        # disaggregate_by: [race-ethnicity], and metric: an Urban Mobility Metrics variable.
        indicators:
          - id: example-input-indicator
            name: "{{Marker}} what shows the input is in place, e.g. staff hours committed"
            measures: example-input
            source: "{{Marker}} where the data come from, e.g. timesheets"
            responsible: "{{Marker}} who tracks it, e.g. the {{plan.Kind}}'s planning department"
            frequency: annual
          - id: example-output-indicator
            name: "{{Marker}} what the activity produced, e.g. young people placed in jobs"
            measures: example-output
            source: "{{Marker}} where the data come from, e.g. program records"
            responsible: "{{Marker}} who tracks it"
            frequency: annual
          - id: example-outcome-indicator
            name: "{{Marker}} how you will know the outcome is happening, e.g. share of young adults with a job"
            measures: example-outcome
            source: "{{Marker}} where the data come from, e.g. Urban Institute, Mobility Metrics"
            responsible: "{{Marker}} who tracks it"
            frequency: annual
        ---

        ## How we will measure progress

        {{Marker}} The guide's measurement plan lists "the inputs, outputs, and outcomes from your logic model with agreed-upon indicators for how you will track success", their sources, and who will track progress (Step 1.4). Say how you chose the indicators and how you will report on them each year.

        """;
}
