using System.Text.Json.Nodes;
using NJsonSchema;

namespace StaticMap.Tests.Schemas;

/// <summary>Validates JSON against a committed schema with NJsonSchema, and lists the errors by path for test messages.</summary>
internal sealed class SchemaValidator(JsonObject root)
{
    private readonly JsonSchema _schema = JsonSchema.FromJsonAsync(root.ToJsonString()).GetAwaiter().GetResult();

    public IReadOnlyList<string> Validate(JsonNode? instance) =>
        _schema.Validate(instance?.ToJsonString() ?? "null").Select(Describe).ToList();

    public bool IsValid(JsonNode? instance) => Validate(instance).Count == 0;

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child && child.Errors.Count > 0
            ? $"{error.Path}: {error.Kind} ({string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))})"
            : $"{error.Path}: {error.Kind}";
}
