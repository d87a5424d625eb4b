using System.Text.Json.Nodes;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing.Components;
using static StaticMap.Core.Schemas.SchemaBuilder;

namespace StaticMap.Core.Schemas.Components;

public sealed class FindingsSchema : IComponentSchema
{
    public ComponentKind Kind => ComponentKind.Findings;
    public IReadOnlyList<string> RequiredFields => ["metrics"];

    public Dictionary<string, JsonObject> Fields(SchemaBuilder b, JsonObject definitions)
    {
        var metric = b.Object("a findings metric", FindingsParser.MetricFields, new Dictionary<string, JsonObject>
        {
            ["metric"] = Words("An Urban Institute Mobility Metrics variable (docs/metrics.md); its data come from input/data/.", MetricCatalog.Embedded.Variables),
            ["file"] = Text("A CSV file of the plan's own data in data/, with columns year,value.", required: true),
            ["label"] = Text("The chart's name for a local metric.", required: true),
            ["unit"] = Text("The unit of a local metric's values, e.g. percent or people.", required: true),
            ["subgroups"] = List("Breakdowns to show, e.g. [race-ethnicity].", Words("A subgroup type.", SubgroupNames.KnownTypes)),
            ["compare"] = Words("peers: add the plan's peers to the chart.", ["peers"]),
            ["takeaway"] = Text("A one-sentence message shown above the chart."),
        }, [], "A chart: an Urban Mobility Metric ('metric') or a local CSV ('file', 'label' and 'unit').");
        // Either an Urban metric or a local file with its label and unit, never both.
        metric["oneOf"] = new JsonArray(
            new JsonObject { ["required"] = Array(["metric"]), ["not"] = Required("file") },
            new JsonObject { ["required"] = Array(["file", "label", "unit"]), ["not"] = Required("metric") });
        return new() { ["metrics"] = List("The metrics to chart, each an Urban Mobility Metric or a local CSV.", metric, required: true) };
    }
}
