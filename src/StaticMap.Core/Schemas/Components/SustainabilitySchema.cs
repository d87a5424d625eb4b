using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing.Components;
using static StaticMap.Core.Schemas.SchemaBuilder;

namespace StaticMap.Core.Schemas.Components;

public sealed class SustainabilitySchema : IComponentSchema
{
    public ComponentKind Kind => ComponentKind.Sustainability;
    public IReadOnlyList<string> RequiredFields => ["commitments"];

    public Dictionary<string, JsonObject> Fields(SchemaBuilder b, JsonObject definitions)
    {
        var commitment = b.Object("a commitment", SustainabilityParser.CommitmentFields, new Dictionary<string, JsonObject>
        {
            ["action"] = Text("The action to sustain.", required: true),
            ["responsible"] = Text("Who is responsible.", required: true),
            ["resources"] = Text("The resources it needs.", required: true),
            ["timeline"] = TextOrNumber("When, e.g. \"Reviewed every year\" or 2027."),
        }, ["action", "responsible", "resources"]);
        return new() { ["commitments"] = List("Who will sustain which action, with what resources.", commitment, required: true) };
    }
}
