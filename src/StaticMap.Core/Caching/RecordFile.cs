using System.Text;

namespace StaticMap.Core.Caching;

/// <summary>
/// The build cache's own records under <c>.staticmap/cache/</c> (the outputs' manifests, the files' hashes): read whole as
/// lines, and replaced whole through a temporary file renamed over the old one, so a reader never sees half a record.
/// </summary>
internal static class RecordFile
{
    /// <summary>The record's lines, or null when there is none or it cannot be read (then the cache is not used).</summary>
    public static string[]? ReadLines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Replaces the record with <paramref name="text"/> (UTF-8, no BOM). Throws the I/O error, which the caller reports or ignores.</summary>
    public static void Replace(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
