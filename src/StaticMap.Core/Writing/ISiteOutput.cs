namespace StaticMap.Core.Writing;

/// <summary>Where a build puts the site's files: a folder on disk, or memory for the preview server.</summary>
public interface ISiteOutput
{
    void WriteText(string relativePath, string content);
    void WriteBytes(string relativePath, ReadOnlySpan<byte> content);
    void CopyFile(string sourceFullPath, string relativePath);
}
