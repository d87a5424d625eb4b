using StaticMap.Core.Model;
using static StaticMap.Core.Scaffolding.ScaffoldText;
using static StaticMap.Core.Validation.Rules.PlaceholderText;

namespace StaticMap.Core.Scaffolding.Components;

public sealed class FindingsScaffold : IComponentScaffold
{
    public ComponentKind Kind => ComponentKind.Findings;

    public string Text(NewPlan plan) => $$"""
        ---
        {{ComponentSchema}}
        component: findings
        metrics:
          # Each entry is a chart. To chart an Urban Institute Mobility Metric, name its variable (docs/metrics.md lists
          # them) and put Urban's file with rows for FIPS {{plan.Fips}} in input/data/ (or a folder below it), e.g.:
          # - metric: share_employed
          #   subgroups: [race-ethnicity]
          #   takeaway: One sentence that says what the chart shows.
          # The entry below charts your own data from {{ExampleDataFile}} (columns year,value). Its rows are
          # placeholders: replace them with your numbers, or delete the file and this entry once you chart a metric.
          - file: {{ExampleDataFile}}
            label: "{{Marker}} what the numbers count, e.g. Residents placed in jobs by the program"
            unit: "{{Marker}} the unit of the numbers, e.g. people"
        ---

        ## What the data tell us

        {{Marker}} Summarize the key findings of your exploratory research "in a narrative format that interweaves the quantitative data with the qualitative data" (planning guide, Step 1.4). Start with what the Mobility Metrics and your local data show.

        ## What residents told us

        {{Marker}} Tell the story of how your current mobility conditions, both good and bad, were created and are sustained, who they affect most and what outcomes they lead to, in residents' own words where you can.

        """;
}
