using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace StaticMap.Core.Writing;

/// <summary>
/// A site being written: files go to a temporary folder next to the output folder, which replaces the output folder
/// only on <see cref="Commit"/>. Until then, and after any failure, the previous output is untouched.
/// </summary>
public sealed class OutputFolder : ISiteOutput, IDisposable
{
    /// <summary>Marks a folder as StaticMap's output, so a later build may replace it.</summary>
    public const string MarkerFile = ".staticmap-output";

    private static readonly UTF8Encoding Utf8NoBom = new(false);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private OutputFolder(string finalPath, string tempPath)
    {
        FinalPath = finalPath;
        TempPath = tempPath;
    }

    public string FinalPath { get; }
    public string TempPath { get; }

    public static OutputFolder Create(string finalPath)
    {
        finalPath = Path.GetFullPath(finalPath).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(finalPath)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(finalPath)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(temp);
        File.WriteAllText(Path.Combine(temp, MarkerFile), "This folder is written by StaticMap and replaced on every build.\n");
        return new OutputFolder(finalPath, temp);
    }

    /// <summary>Why <paramref name="outputPath"/> must not be replaced, or null when it may be.</summary>
    public static string? RefusalReason(string outputPath, string repositoryRoot)
    {
        var output = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var root = Path.GetFullPath(repositoryRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (root.StartsWith(output, StringComparison.Ordinal))
            return "it contains the repository; choose a folder such as _site";
        foreach (var source in new[] { "plans", "input", "theme", "src", "tests", ".git" })
        {
            if (output.StartsWith(root + source + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"it is inside {source}/; choose a folder such as _site";
        }
        var folder = output.TrimEnd(Path.DirectorySeparatorChar);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(Path.Combine(folder, MarkerFile)))
            return "it already holds files that StaticMap did not write, and building would replace them; empty it or choose another folder";
        return null;
    }

    public string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(TempPath, relativePath));
        if (!full.StartsWith(TempPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        return full;
    }

    public void WriteText(string relativePath, string content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(content.Length));
        try
        {
            WriteBytes(relativePath, buffer.AsSpan(0, Utf8NoBom.GetBytes(content, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Tens of thousands of files per build: one open, one write and one close each, nothing more.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content)
    {
        var path = FullPath(relativePath);
        EnsureFolder(Path.GetDirectoryName(path)!);
        using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    public void CopyFile(string sourceFullPath, string relativePath)
    {
        var path = FullPath(relativePath);
        EnsureFolder(Path.GetDirectoryName(path)!);
        File.Copy(sourceFullPath, path, overwrite: true);
    }

    private void EnsureFolder(string folder)
    {
        if (_folders.ContainsKey(folder)) return;
        Directory.CreateDirectory(folder);
        _folders.TryAdd(folder, true);
    }

    /// <summary>Swaps the new site into place: two renames, so readers never see a half-written site.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(FinalPath))
        {
            old = Path.Combine(Path.GetDirectoryName(FinalPath)!, $".{Path.GetFileName(FinalPath)}.old-{Guid.NewGuid():N}");
            Directory.Move(FinalPath, old);
        }
        try
        {
            Directory.Move(TempPath, FinalPath);
        }
        catch
        {
            if (old is not null) Directory.Move(old, FinalPath);
            throw;
        }
        _committed = true;
        if (old is not null) TryDelete(old);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(TempPath);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; it is hidden and never served.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
