using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text;
using StaticMap.Core.Reading;
using StaticMap.Core.Writing;
using StaticMap.Core.Rendering;

namespace StaticMap.Core.Preview;

/// <summary>A site's files in memory, keyed by output-relative path ("alameda-county/index.html"), for the preview server.</summary>
/// <remarks>
/// Files are held per top-level folder (a plan's folder, "static", "" for the files at the root). A copy shares the
/// folders of the site it copies and copies a folder only when it first writes into it, so the preview's rebuild of
/// one plan costs one folder's copy, not the whole site's.
/// </remarks>
public sealed class MemorySite : ISiteOutput
{
    private readonly ConcurrentDictionary<string, Folder> _folders;
    private readonly object _copyGate = new();

    public MemorySite() => _folders = new(StringComparer.Ordinal);

    /// <summary>A copy of <paramref name="previous"/>, to update without disturbing readers of the previous one.</summary>
    public MemorySite(MemorySite previous) => _folders = new(previous._folders, StringComparer.Ordinal);

    public int Count => _folders.Values.Sum(f => f.Files.Count);

    /// <summary>Whether the site has no file: what the server asks on every request, without counting every folder's files.</summary>
    public bool IsEmpty => _folders.All(f => f.Value.Files.IsEmpty);

    public void WriteText(string relativePath, string content) => Put(relativePath, Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content) => Put(relativePath, content.ToArray());

    public void CopyFile(SourceFile source, string relativePath) => Put(relativePath, source.ReadAllBytes());

    /// <summary>Drops every file under a folder, e.g. a plan's, before its pages are written again.</summary>
    public void RemoveFolder(string relativeFolder)
    {
        var prefix = Normalise(relativeFolder).TrimEnd('/') + "/";
        var top = TopFolder(prefix);
        if (!_folders.ContainsKey(top)) return;
        var files = Writable(top);
        foreach (var key in files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList()) files.TryRemove(key, out _);
    }

    public bool TryGet(string relativePath, out byte[] content)
    {
        var path = Normalise(relativePath);
        content = null!;
        return _folders.TryGetValue(TopFolder(path), out var folder) && folder.Files.TryGetValue(path, out content!);
    }

    public FrozenSet<string> Paths => _folders.Values.SelectMany(f => f.Files.Keys).ToFrozenSet(StringComparer.Ordinal);

    private void Put(string relativePath, byte[] content)
    {
        var path = Normalise(relativePath);
        Writable(TopFolder(path))[path] = content;
    }

    /// <summary>This site's own copy of a top-level folder: made on the first write, shared with no other site.</summary>
    private ConcurrentDictionary<string, byte[]> Writable(string top)
    {
        if (_folders.TryGetValue(top, out var folder) && folder.Owner == this) return folder.Files;
        lock (_copyGate)
        {
            if (_folders.TryGetValue(top, out folder) && folder.Owner == this) return folder.Files;
            var files = folder is null
                ? new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal)
                : new ConcurrentDictionary<string, byte[]>(folder.Files, StringComparer.Ordinal);
            _folders[top] = new Folder(this, files);
            return files;
        }
    }

    private static string TopFolder(string path)
    {
        var slash = path.IndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    private static string Normalise(string path) => path.Replace('\\', '/').TrimStart('/');

    private sealed record Folder(MemorySite Owner, ConcurrentDictionary<string, byte[]> Files);
}
