using System.Text.Json.Nodes;
using StaticMap.Core.Model;

namespace StaticMap.Core.Schemas.Components;

/// <summary>
/// The Schemas part of a component kind (<see cref="ComponentRegistry"/>): the JSON Schema of its own front matter fields,
/// which becomes the kind's case in component.schema.json ('component' and 'title' are added for every kind).
/// </summary>
public interface IComponentSchema : IComponentPart
{
    /// <summary>The fields the contract requires, besides 'component'.</summary>
    IReadOnlyList<string> RequiredFields { get; }

    /// <summary>The schemas of the kind's own fields, one for each of its parser's fields; shapes shared between fields go to <paramref name="definitions"/>.</summary>
    Dictionary<string, JsonObject> Fields(SchemaBuilder b, JsonObject definitions);

    /// <summary>Rules across the fields (e.g. "one of these two"), added to the kind's definition.</summary>
    void Constrain(JsonObject definition)
    {
    }
}
