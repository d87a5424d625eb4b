
namespace StaticMap.Core.Rendering.Files;

/// <summary>
/// A file the build writes besides pages: downloads, feeds, sitemaps. <see cref="Path"/> is output-relative. The
/// content is text, or UTF-8 bytes for a file that is serialised straight to them (plan.json), so that a large
/// document is not made into a string only to be encoded back.
/// </summary>
public sealed class GeneratedFile
{
    private readonly string? _text;
    private readonly byte[]? _utf8;

    public GeneratedFile(string path, string content) => (Path, _text) = (path, content);

    public GeneratedFile(string path, byte[] utf8Content) => (Path, _utf8) = (path, utf8Content);

    public string Path { get; }

    public void WriteTo(ISiteOutput output)
    {
        if (_utf8 is not null) output.WriteBytes(Path, _utf8);
        else output.WriteText(Path, _text!);
    }
}

/// <summary>One kind of generated file. A new download is one class implementing this.</summary>
public interface IFileKind
{
    IEnumerable<GeneratedFile> Files(RenderContext context);
}
