using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using StaticMap.Core.Writing;

namespace StaticMap.Core.Preview;

/// <summary>A site's files in memory, keyed by output-relative path ("alameda-county/index.html"), for the preview server.</summary>
public sealed class MemorySite : ISiteOutput
{
    private readonly ConcurrentDictionary<string, byte[]> _files;

    public MemorySite() => _files = new(StringComparer.Ordinal);

    /// <summary>A copy of <paramref name="previous"/>, to update without disturbing readers of the previous one.</summary>
    public MemorySite(MemorySite previous) => _files = new(previous._files, StringComparer.Ordinal);

    public int Count => _files.Count;

    public void WriteText(string relativePath, string content) => _files[Normalise(relativePath)] = Encoding.UTF8.GetBytes(content);

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content) => _files[Normalise(relativePath)] = content.ToArray();

    public void CopyFile(string sourceFullPath, string relativePath) => _files[Normalise(relativePath)] = File.ReadAllBytes(sourceFullPath);

    /// <summary>Drops every file under a folder, e.g. a plan's, before its pages are written again.</summary>
    public void RemoveFolder(string relativeFolder)
    {
        var prefix = Normalise(relativeFolder).TrimEnd('/') + "/";
        foreach (var key in _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) _files.TryRemove(key, out _);
    }

    public bool TryGet(string relativePath, out byte[] content) => _files.TryGetValue(Normalise(relativePath), out content!);

    public FrozenSet<string> Paths => _files.Keys.ToFrozenSet(StringComparer.Ordinal);

    private static string Normalise(string path) => path.Replace('\\', '/').TrimStart('/');
}
