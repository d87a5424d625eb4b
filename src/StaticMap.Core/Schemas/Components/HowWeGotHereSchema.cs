using System.Text.Json.Nodes;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing.Components;
using static StaticMap.Core.Schemas.SchemaBuilder;

namespace StaticMap.Core.Schemas.Components;

public sealed class HowWeGotHereSchema : IComponentSchema
{
    public ComponentKind Kind => ComponentKind.HowWeGotHere;
    public IReadOnlyList<string> RequiredFields => [];

    public Dictionary<string, JsonObject> Fields(SchemaBuilder b, JsonObject definitions)
    {
        var step = b.Object("a timeline event", HowWeGotHereParser.TimelineFields, new Dictionary<string, JsonObject>
        {
            ["date"] = TextOrNumber("When it happened: a year, a month (\"2021-06\") or a date, which StaticMap writes in the reader's language; or words (\"Fall 2023\"), which a translation translates.", required: true),
            ["event"] = Text("What happened.", required: true),
        }, ["date", "event"]);
        return new() { ["timeline"] = List("Milestones of the planning process, oldest first.", step) };
    }
}
