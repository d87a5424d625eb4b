using StaticMap.Core.Reading;

namespace StaticMap.Core.Rendering;

/// <summary>Where a build puts the site's files: a folder on disk, or memory for the preview server.</summary>
public interface ISiteOutput
{
    void WriteText(string relativePath, string content);
    void WriteBytes(string relativePath, ReadOnlySpan<byte> content);
    /// <summary>Copies a file that <see cref="RepositoryFiles"/> opened, so it is known to be a regular file inside its root.</summary>
    void CopyFile(SourceFile source, string relativePath);
}
