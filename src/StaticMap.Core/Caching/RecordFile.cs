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

    /// <summary>A cell of the record: a backslash, tab, line feed and carriage return written as \\, \t, \n and \r.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\\t\n\r") < 0) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch { '\\' => "\\\\", '\t' => "\\t", '\n' => "\\n", '\r' => "\\r", _ => c.ToString() });
        return escaped.ToString();
    }

    /// <summary>A cell written by <see cref="Escape"/>; null when it holds a backslash not followed by one of the four.</summary>
    internal static string? Unescape(string cell)
    {
        if (!cell.Contains('\\')) return cell;
        var text = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\') { text.Append(cell[i]); continue; }
            if (++i == cell.Length) return null;
            switch (cell[i])
            {
                case '\\': text.Append('\\'); break;
                case 't': text.Append('\t'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                default: return null;
            }
        }
        return text.ToString();
    }
}
