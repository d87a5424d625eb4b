using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;

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

    /// <summary>
    /// Checks <paramref name="outputPath"/> with <see cref="OutputGuard"/> (refusing with an <see cref="OutputRefusedException"/>),
    /// then starts writing next to the real folder it is.
    /// </summary>
    public static OutputFolder Create(string outputPath, string repositoryRoot) =>
        Create(OutputGuard.Check(outputPath, repositoryRoot, out var refusal) ?? throw new OutputRefusedException(outputPath, refusal!));

    /// <summary>Starts writing next to the real folder of a target the guard accepted (removing stale temporary folders there).</summary>
    public static OutputFolder Create(OutputTarget target)
    {
        var finalPath = target.RealPath;
        var parent = Path.GetDirectoryName(finalPath)!;
        var temp = Path.Combine(parent, $".{Path.GetFileName(finalPath)}.tmp-{Guid.NewGuid():N}");
        Guard(parent, () =>
        {
            WriteFaults.Check(parent);
            Directory.CreateDirectory(parent);
        });
        RemoveStaleFolders(parent, Path.GetFileName(finalPath));
        Guard(temp, () =>
        {
            WriteFaults.Check(temp);
            Directory.CreateDirectory(temp);
            File.WriteAllText(Path.Combine(temp, MarkerFile), "This folder is written by StaticMap and replaced on every build.\n");
        });
        return new OutputFolder(finalPath, temp) { Target = target };
    }

    /// <summary>What was asked for and what is written: differs when the output folder is a followed link.</summary>
    public OutputTarget Target { get; private init; } = null!;

    /// <summary>Why <paramref name="outputPath"/> must not be replaced, or null when it may be (see <see cref="OutputGuard"/>).</summary>
    public static string? RefusalReason(string outputPath, string repositoryRoot)
    {
        OutputGuard.Check(outputPath, repositoryRoot, out var refusal);
        return refusal;
    }

    /// <summary>How long a temporary folder of an interrupted build is left alone, in case another build still writes it.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Removes what interrupted builds left next to the output folder: folders named exactly .&lt;out&gt;.tmp-&lt;32 hex&gt; or
    /// .&lt;out&gt;.old-&lt;32 hex&gt;, holding StaticMap's marker file, last written before this process started and more than
    /// <see cref="StaleAfter"/> ago. Anything else is left alone.
    /// </summary>
    public static int RemoveStaleFolders(string parent, string outputName)
    {
        var removed = 0;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(parent, $".{outputName}.*-*").ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
        var started = System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var cutoff = DateTime.UtcNow - StaleAfter;
        foreach (var folder in candidates)
        {
            var name = Path.GetFileName(folder);
            var rest = name[(outputName.Length + 1)..];
            if (!(rest.StartsWith(".tmp-", StringComparison.Ordinal) || rest.StartsWith(".old-", StringComparison.Ordinal))) continue;
            var id = rest[5..];
            if (id.Length != 32 || !id.All(char.IsAsciiHexDigitLower)) continue;
            if (FileKinds.Of(folder) != FileKind.Folder || !File.Exists(Path.Combine(folder, MarkerFile))) continue;
            var written = Directory.GetLastWriteTimeUtc(folder);
            if (written >= started || written >= cutoff) continue;
            TryDelete(folder);
            if (!Directory.Exists(folder)) removed++;
        }
        return removed;
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

    /// <summary>When set, what Pagefind indexes of each page is handed to it as the page is written (see <see cref="SearchSource"/>).</summary>
    public SearchSource? Search { get; set; }

    /// <summary>Tens of thousands of files per build: one open, one write and one close each, nothing more.</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> content)
    {
        var path = FullPath(relativePath);
        try
        {
            WriteFaults.Check(path);
            EnsureFolder(Path.GetDirectoryName(path)!);
            using (var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None))
                RandomAccess.Write(handle, content, 0);
            Search?.Add(relativePath, content);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, ex);
        }
    }

    /// <summary>Copies a file opened by <see cref="Reading.RepositoryFiles"/> (so it is a regular file inside the repository).</summary>
    public void CopyFile(SourceFile source, string relativePath)
    {
        var path = FullPath(relativePath);
        try
        {
            WriteFaults.Check(path);
            EnsureFolder(Path.GetDirectoryName(path)!);
            using var handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None, preallocationSize: source.Length);
            var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(source.Length, 1), 1 << 20));
            try
            {
                long offset = 0;
                int read;
                while ((read = source.Read(buffer, offset)) > 0)
                {
                    RandomAccess.Write(handle, buffer.AsSpan(0, read), offset);
                    offset += read;
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, ex);
        }
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
            Guard(FinalPath, () =>
            {
                WriteFaults.Check(FinalPath);
                Directory.Move(FinalPath, old);
            });
        }
        try
        {
            WriteFaults.Check(TempPath);
            Directory.Move(TempPath, FinalPath);
        }
        catch (Exception ex)
        {
            if (old is not null) Directory.Move(old, FinalPath);
            if (ex is IOException or UnauthorizedAccessException) throw new OutputWriteException(FinalPath, ex);
            throw;
        }
        _committed = true;
        if (old is not null) TryDelete(old);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(TempPath);
        Search?.Dispose();
        Search = null;
    }

    private static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException(path, ex);
        }
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

/// <summary>The operating system refused a write to the output folder; <see cref="Path"/> is what could not be written.</summary>
public sealed class OutputWriteException(string path, Exception inner) : IOException(inner.Message, inner)
{
    public string Path { get; } = path;
}

/// <summary>The output folder was refused by <see cref="OutputGuard"/>.</summary>
public sealed class OutputRefusedException(string output, string reason) : IOException(reason)
{
    public string Output { get; } = output;
    public string Reason { get; } = reason;
}

/// <summary>
/// A test seam: faults injected into the writes of the current logical call (an AsyncLocal, so tests running in parallel
/// do not see each other's). <c>Check</c> throws what the injector returns for a path, e.g. an IOException with HResult 28
/// for "No space left on device".
/// </summary>
internal static class WriteFaults
{
    private static readonly AsyncLocal<Func<string, Exception?>?> Injector = new();

    public static IDisposable Inject(Func<string, Exception?> fault)
    {
        Injector.Value = fault;
        return new Reset();
    }

    public static void Check(string path)
    {
        if (Injector.Value?.Invoke(path) is { } fault) throw fault;
    }

    private sealed class Reset : IDisposable
    {
        public void Dispose() => Injector.Value = null;
    }
}
