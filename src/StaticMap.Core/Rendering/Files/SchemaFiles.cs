using StaticMap.Core.Schemas;

namespace StaticMap.Core.Rendering.Files;

/// <summary>/schemas/*.schema.json: the JSON Schemas of the authoring contract, for editors and for other tools to fetch.</summary>
public sealed class SchemaFiles : IFileKind, ISiteWide
{
    public IEnumerable<GeneratedFile> Files(RenderContext context) =>
        PlanSchemas.For(context.Components).Documents.Select(d => new GeneratedFile($"{PlanSchemas.Folder}/{d.FileName}", d.ToJson()));
}
