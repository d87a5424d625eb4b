using System.Text.Json.Nodes;
using StaticMap.Core.Metrics;
using StaticMap.Core.Parsing;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing.Components;
using static StaticMap.Core.Schemas.SchemaBuilder;

namespace StaticMap.Core.Schemas.Components;

public sealed class MeasurementPlanSchema : IComponentSchema
{
    public ComponentKind Kind => ComponentKind.MeasurementPlan;
    public IReadOnlyList<string> RequiredFields => ["indicators"];

    public Dictionary<string, JsonObject> Fields(SchemaBuilder b, JsonObject definitions)
    {
        JsonObject ValueInYear(string what) => b.Object(what, MeasurementPlanParser.MeasurementFields, new Dictionary<string, JsonObject>
        {
            ["value"] = Value($"The {what} value, a plain number such as 0.72, 1200 or -3 (no %, $ or thousands separators: set 'unit').", required: true),
            ["year"] = Year($"The year of the {what}."),
        }, ["value", "year"], $"The {what}: a value in a year.");
        var indicator = b.Object("an indicator", MeasurementPlanParser.IndicatorFields, new Dictionary<string, JsonObject>
        {
            ["id"] = Pattern("A lowercase kebab-case id, unique in the plan; progress reports name it.", PlanSchemas.KebabCase, required: true),
            ["name"] = Text("What is measured.", required: true),
            ["measures"] = Pattern("The id of the logic-model input, output or outcome it tracks.", PlanSchemas.KebabCase, required: true),
            ["source"] = Text("Where the data come from.", required: true),
            ["responsible"] = Text("Who tracks it.", required: true),
            ["frequency"] = Words("How often it is measured.", Vocabularies.Frequency.Words),
            ["unit"] = Text("The unit, e.g. percent or people."),
            ["direction"] = Words("The desired direction.", Vocabularies.Direction.Words),
            ["baseline"] = ValueInYear("baseline"),
            ["target"] = ValueInYear("target"),
            ["disaggregate_by"] = List("Breakdowns, e.g. [race-ethnicity].", Text("A breakdown.", required: true)),
            ["metric"] = Words("The Urban Mobility Metrics variable, when the indicator is one.", MetricCatalog.Embedded.Variables),
            ["subgroup"] = Text("With 'metric': the group whose values the indicator takes from the data, as Urban names it, e.g. \"Black, Non-Hispanic\"."),
        }, ["id", "name", "measures", "source", "responsible", "frequency"]);
        return new() { ["indicators"] = List("One indicator at least for every logic-model input, output and outcome.", indicator, required: true) };
    }
}
