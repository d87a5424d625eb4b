using System.Text.Json.Nodes;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Schemas;

/// <summary>
/// Small pieces of JSON Schema (draft-07) for the kinds of value the authoring contract uses. Each call makes new nodes,
/// since a JSON node can have only one parent.
/// </summary>
public sealed class SchemaBuilder
{
    /// <summary>Fields a parser knows that have no schema, and schemas for fields no parser knows.</summary>
    public List<string> Problems { get; } = [];

    /// <summary>
    /// An object whose properties are exactly <paramref name="known"/>, a parser's list of fields, in its order. A field without
    /// a definition, or a definition for a field the parser does not know, is a problem: the schema must follow the parser.
    /// </summary>
    public JsonObject Object(string where, IReadOnlyList<string> known, IReadOnlyDictionary<string, JsonObject> definitions,
        IEnumerable<string> required, string? description = null)
    {
        var properties = new JsonObject();
        foreach (var field in known)
        {
            if (definitions.TryGetValue(field, out var definition)) properties[field] = definition;
            else Problems.Add($"{where}: the parser knows '{field}', but the schema does not describe it");
        }
        foreach (var field in definitions.Keys.Where(k => !known.Contains(k)))
            Problems.Add($"{where}: the schema describes '{field}', which the parser does not know");
        var requiredList = required.ToList();
        foreach (var field in requiredList.Where(r => !known.Contains(r)))
            Problems.Add($"{where}: '{field}' is required by the schema, but the parser does not know it");

        var schema = new JsonObject { ["type"] = "object" };
        if (description is not null) schema["description"] = description;
        schema["properties"] = properties;
        if (requiredList.Count > 0) schema["required"] = Array(requiredList);
        // Unknown fields are a warning in the build (MAP015); editors flag them the same way.
        schema["additionalProperties"] = false;
        return schema;
    }

    /// <summary>Text; a required text may not be empty (MAP011).</summary>
    public static JsonObject Text(string description, bool required = false)
    {
        var schema = new JsonObject { ["type"] = "string", ["description"] = description };
        if (required) schema["minLength"] = 1;
        return schema;
    }

    /// <summary>Text that is often written as a bare number, such as a year ("timeline: 2027").</summary>
    public static JsonObject TextOrNumber(string description, bool required = false)
    {
        var schema = Text(description, required);
        schema["type"] = Array(["string", "number"]);
        return schema;
    }

    public static JsonObject Pattern(string description, string pattern, bool required = false)
    {
        var schema = Text(description, required);
        schema["pattern"] = pattern;
        return schema;
    }

    /// <summary>One of a vocabulary's words. The build also accepts other letter cases; editors suggest the words as written here.</summary>
    public static JsonObject Words(string description, IEnumerable<string> words) =>
        new() { ["type"] = "string", ["description"] = description, ["enum"] = Array(words) };

    /// <summary>A four-digit year from 1900 to 2100 (<see cref="StrictNumber"/>), written bare (2024) or quoted ("2024").</summary>
    /// <remarks>Two alternatives rather than one schema with two types, so every validator applies the bounds to numbers only.</remarks>
    public static JsonObject Year(string description) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "integer", ["minimum"] = StrictNumber.FirstYear, ["maximum"] = StrictNumber.LastYear },
            new JsonObject { ["type"] = "string", ["pattern"] = "^(19[0-9]{2}|20[0-9]{2}|2100)$" }),
    };

    /// <summary>
    /// A measured value: a plain number (0.72, 1200, -3), bare or quoted. The build is stricter than a schema can be about
    /// bare numbers (it refuses 1e3 and 017, which YAML reads as numbers); see <see cref="StrictNumber"/>.
    /// </summary>
    public static JsonObject Value(string description, bool required = false) => new()
    {
        ["description"] = description,
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "number" },
            new JsonObject { ["type"] = "string", ["pattern"] = @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$" }),
    };

    public static JsonObject Boolean(string description, IEnumerable<string> alsoAccepted) =>
        new() { ["description"] = description, ["enum"] = new JsonArray([JsonValue.Create(true), JsonValue.Create(false), .. alsoAccepted.Select(w => JsonValue.Create(w))]) };

    /// <summary>A list; a required list may not be empty (MAP011).</summary>
    public static JsonObject List(string description, JsonObject items, bool required = false)
    {
        var schema = new JsonObject { ["type"] = "array", ["description"] = description, ["items"] = items };
        if (required) schema["minItems"] = 1;
        return schema;
    }

    public static JsonObject Ref(string definition, string? description = null)
    {
        var schema = new JsonObject { ["$ref"] = "#/definitions/" + definition };
        // draft-07 ignores keywords beside $ref; editors show the description all the same.
        if (description is not null) schema["description"] = description;
        return schema;
    }

    /// <summary>A single allowed value, written as a one-word enum so that draft-04 validators (NJsonSchema) check it too.</summary>
    public static JsonObject Const(string value) => new() { ["enum"] = Array([value]) };

    /// <summary>"When <paramref name="condition"/> holds, <paramref name="consequence"/> must too", as anyOf [not condition, consequence]:
    /// the draft-04 form of if/then, which every validator and editor understands.</summary>
    public static JsonArray Implies(JsonObject condition, JsonObject consequence) =>
        new(new JsonObject { ["not"] = condition }, consequence);

    public static JsonObject Required(params string[] fields) => new() { ["required"] = Array(fields) };

    public static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray());
}
