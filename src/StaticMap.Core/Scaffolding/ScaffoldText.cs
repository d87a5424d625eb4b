using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using static StaticMap.Core.Validation.Rules.PlaceholderText;

namespace StaticMap.Core.Scaffolding;

/// <summary>
/// The text of a new plan. Every part the coalition must write holds a "TODO:" placeholder that says what to write, in the
/// planning guide's words (Step 1.4); the structured parts are the smallest that pass every error rule for any FIPS code.
/// </summary>
public static class ScaffoldText
{
    public const string ExampleDataFile = "data/example-metric.csv";

    public static IReadOnlyList<ScaffoldFile> Files(NewPlan plan) =>
    [
        new("plan.yml", PlanYml(plan)),
        .. ComponentKinds.InGuideOrder.Select(kind => new ScaffoldFile(kind.Slug() + ".md", Component(kind, plan))),
        new(ExampleDataFile, ExampleData),
        .. plan.Translations.SelectMany(language => TranslationFiles(plan, language)),
    ];

    /// <summary>
    /// plan.&lt;lang&gt;.yml and &lt;component&gt;.&lt;lang&gt;.md: the same structure as the originals, every text to translate
    /// marked with a placeholder in the translation's language (MAP090), the fields that are not text as in the original.
    /// </summary>
    private static IEnumerable<ScaffoldFile> TranslationFiles(NewPlan plan, string language)
    {
        var spanish = Localization.LanguageTags.Same(Localization.PluralRules.Primary(language), "es");
        var marker = spanish ? $"{Marker} (traduzca al español)" : $"{Marker} (translate into {Localization.LanguageTags.EnglishName(language)})";
        var planYml = spanish
            ? $$"""
                # yaml-language-server: $schema=../../schemas/plan-translation.schema.json
                # plan.yml en español: solo 'title', 'summary' y el 'role' de cada integrante de la coalición, en el mismo orden.
                title: "{{Marker}} el título del plan en español"
                summary: >-
                  {{Marker}} En un párrafo sencillo, diga qué quiere cambiar este plan para los residentes y cómo.
                coalition:
                  - role: "{{Marker}} qué hace este integrante en la coalición"

                """
            : $$"""
                # yaml-language-server: $schema=../../schemas/plan-translation.schema.json
                # plan.yml in {{Localization.LanguageTags.EnglishName(language)}}: only 'title', 'summary' and each coalition member's 'role', in the same order.
                title: "{{marker}} the plan's title"
                summary: >-
                  {{marker}} the plan's summary
                coalition:
                  - role: "{{marker}} this member's role"

                """;
        yield return new ScaffoldFile($"plan.{language}.yml", planYml);
        foreach (var kind in ComponentKinds.InGuideOrder)
        {
            // The original's text with each placeholder marked for translation: the same entries, ids, dates and values.
            var text = Component(kind, plan).Replace(Marker, marker, StringComparison.Ordinal)
                .Replace("schemas/component.schema.json", "schemas/component-translation.schema.json", StringComparison.Ordinal);
            yield return new ScaffoldFile($"{kind.Slug()}.{language}.md", text);
        }
    }

    private const string ComponentSchema = "# yaml-language-server: $schema=../../schemas/component.schema.json";

    private static string PlanYml(NewPlan plan) => $$"""
        # yaml-language-server: $schema=../../schemas/plan.schema.json
        # The plan's metadata; docs/authoring.md describes every field. Replace each "{{Marker}}" text with your own:
        # 'staticmap check' lists the ones left (warning MAP090).
        title: {{Quoted(plan.Name + " Mobility Action Plan")}}
        jurisdiction:
          name: {{Quoted(plan.Name)}}
          type: {{Vocabularies.JurisdictionType.WordOf[plan.Type]}}
          state: {{plan.State}}
          fips: "{{plan.Fips}}"
        # Drafts appear only in previews. When the plan is public, write 'status: released' and 'released: YYYY-MM-DD'.
        status: draft
        summary: >-
          {{Marker}} In one plain-language paragraph, say what this plan sets out to change for residents and how.
          It appears on the home page and in search results.
        # Everyone who plans and carries out the work (guide Step 4), one entry each. 'sector' is one of
        # {{string.Join(", ", Vocabularies.Sector.Words)}}.
        coalition:
          - name: "{{Marker}} the name of a coalition member, e.g. the county's planning department"
            sector: government
            role: "{{Marker}} what this member does in the coalition, e.g. convenes the coalition"
        # Optional: comparison jurisdictions for the findings charts, as FIPS codes (guide Step 2).
        # peers: ["27123", "42003"]
        # Optional: who residents can write to about the plan.
        # contact:
        #   name: Mobility planning team
        #   email: mobility@example.org
        #   url: https://example.org/mobility
        language: en
        {{(plan.Translations.Count == 0 ? "# Optional: other languages, each with plan.<lang>.yml and <component>.<lang>.md files.\n# translations: [es]" : $"translations: [{string.Join(", ", plan.Translations)}]")}}

        """;

    private static string Component(ComponentKind kind, NewPlan plan) => kind switch
    {
        ComponentKind.HowWeGotHere => HowWeGotHere,
        ComponentKind.Findings => Findings(plan),
        ComponentKind.TheoryOfChange => TheoryOfChange,
        ComponentKind.MeasurementPlan => MeasurementPlan,
        _ => Sustainability,
    };

    private static readonly string HowWeGotHere = $$"""
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

    private static string Findings(NewPlan plan) => $$"""
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

    private static readonly string TheoryOfChange = $$"""
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

    private static readonly string MeasurementPlan = $$"""
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
            responsible: "{{Marker}} who tracks it, e.g. the county's planning department"
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

    private static readonly string Sustainability = $$"""
        ---
        {{ComponentSchema}}
        component: sustainability
        commitments:
          - action: "{{Marker}} an action of this plan that must last, e.g. keep the youth jobs program running"
            responsible: "{{Marker}} who will steward it"
            resources: "{{Marker}} the resources it needs, e.g. staff time and a line in the county budget"
            # timeline: optional, e.g. Reviewed every year
        ---

        ## Sustaining the work

        {{Marker}} The guide asks for "a short section that shares how you plan to steward and sustain the actions described in the MAP, including responsible actors and the resources needed" (Step 1.4). Say who keeps the work going, with what money and staff, and how it survives changes in leadership.

        """;

    /// <summary>Placeholder numbers, so that the chart draws; the 'note' column is ignored by the build.</summary>
    private static readonly string ExampleData = $"""
        year,value,note
        2022,10,{Marker} placeholder row; replace with your own data
        2023,20,{Marker} placeholder row; replace with your own data
        2024,30,{Marker} placeholder row; replace with your own data

        """;

    /// <summary>A YAML double-quoted string, so names like "Prince George's County: Maryland" stay text.</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
