namespace StaticMap.Core.Rendering.Files;

/// <summary>A file the build writes besides pages: downloads, feeds, sitemaps. <see cref="Path"/> is output-relative.</summary>
public sealed record GeneratedFile(string Path, string Content);

/// <summary>One kind of generated file. A new download is one class implementing this.</summary>
public interface IFileKind
{
    IEnumerable<GeneratedFile> Files(RenderContext context);
}
