using StaticMap.Core.Schemas;

namespace StaticMap.Core.Rendering.Files;

/// <summary>/schemas/*.schema.json: the JSON Schemas of the authoring contract, for editors and for other tools to fetch.</summary>
public sealed class SchemaFiles : IFileKind, ISiteWide
{
    /// <remarks>Written once, by the site's language: every language's site-wide part renders in parallel, and two
    /// writers of the same file collide.</remarks>
    public IEnumerable<GeneratedFile> Files(RenderContext context) => !context.IsSiteLanguage ? []
        : PlanSchemas.For(context.Components).Documents.Select(d => new GeneratedFile($"{PlanSchemas.Folder}/{d.FileName}", d.ToJson()));
}
