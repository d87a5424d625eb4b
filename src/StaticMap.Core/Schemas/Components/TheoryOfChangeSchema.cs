using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing.Components;
using static StaticMap.Core.Schemas.SchemaBuilder;

namespace StaticMap.Core.Schemas.Components;

public sealed class TheoryOfChangeSchema : IComponentSchema
{
    public ComponentKind Kind => ComponentKind.TheoryOfChange;
    public IReadOnlyList<string> RequiredFields => ["vision"];

    public Dictionary<string, JsonObject> Fields(SchemaBuilder b, JsonObject definitions)
    {
        definitions["logic-model-item"] = b.Object("a logic-model item", TheoryOfChangeParser.ItemFields, new Dictionary<string, JsonObject>
        {
            ["id"] = Pattern("A lowercase kebab-case id, unique in the plan; indicators name it in 'measures'.", PlanSchemas.KebabCase, required: true),
            ["text"] = Text("What this item is.", required: true),
        }, ["id", "text"]);
        var activity = b.Object("a logic-model activity", TheoryOfChangeParser.ActivityFields, new Dictionary<string, JsonObject>
        {
            ["id"] = Pattern("A lowercase kebab-case id, unique in the plan.", PlanSchemas.KebabCase, required: true),
            ["text"] = Text("What the coalition will do.", required: true),
            ["pillar"] = Words("The one of the Five Pillars the activity serves.", PlanSchemas.PillarWords()),
        }, ["id", "text"]);
        var items = (string what, bool required) => List(what, Ref("logic-model-item"), required);
        var outcomes = b.Object("logic_model.outcomes", TheoryOfChangeParser.OutcomeFields, new Dictionary<string, JsonObject>
        {
            ["short_term"] = items("Short-term outcomes.", false),
            ["intermediate"] = items("Intermediate outcomes.", false),
            ["long_term"] = items("Long-term outcomes.", false),
        }, [], "Outcomes by horizon; at least one of short_term, intermediate and long_term.");
        outcomes["anyOf"] = new JsonArray(Required("short_term"), Required("intermediate"), Required("long_term"));
        var statementList = (string what) => List(what, Text("One statement.", required: true));
        return new()
        {
            ["vision"] = Text("The community vision statement.", required: true),
            ["theory_of_change"] = b.Object("theory_of_change", TheoryOfChangeParser.StatementFields, new Dictionary<string, JsonObject>
            {
                ["preconditions"] = statementList("What you need for change to happen."),
                ["outcomes"] = statementList("The improvements you expect."),
                ["assumptions"] = statementList("The assumptions that connect preconditions to outcomes."),
            }, [], "How the coalition believes change happens: preconditions, outcomes and assumptions."),
            ["logic_model"] = b.Object("logic_model", TheoryOfChangeParser.LogicModelFields, new Dictionary<string, JsonObject>
            {
                ["inputs"] = items("The resources the work needs.", true),
                ["activities"] = List("What the coalition will do.", activity, required: true),
                ["outputs"] = items("The direct products of the activities.", true),
                ["outcomes"] = outcomes,
            }, ["inputs", "activities", "outputs", "outcomes"], "Inputs, activities, outputs and outcomes."),
        };
    }

    // A theory of change, a logic model or both.
    public void Constrain(JsonObject definition) =>
        definition["anyOf"] = new JsonArray(Required("theory_of_change"), Required("logic_model"));
}
