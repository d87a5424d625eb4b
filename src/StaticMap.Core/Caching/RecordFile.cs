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

    /// <summary>
    /// A record of plans (the outputs' manifests, the rules' record): after <paramref name="header"/>, each plan's lines follow a
    /// line <c>plan\t{id}\t{key}</c> (its build-cache key, 64 hex digits), which <paramref name="open"/> makes an entry of; each
    /// line of the plan is given to <paramref name="read"/>, false when it does not parse. The entries by plan id; null when the
    /// header is another's (another version's record), a plan stands twice or a line does not parse: then the record is not used.
    /// </summary>
    internal static Dictionary<string, TEntry>? ReadPlans<TEntry>(string[] lines, string header, Func<string, TEntry> open, Func<TEntry, string, bool> read)
        where TEntry : class
    {
        if (lines.Length == 0 || lines[0] != header) return null;
        var entries = new Dictionary<string, TEntry>(StringComparer.Ordinal);
        TEntry? current = null;
        foreach (var line in lines.AsSpan(1))
        {
            if (line.StartsWith("plan\t", StringComparison.Ordinal))
            {
                var cells = line.Split('\t');
                if (cells.Length != 3 || cells[2].Length != 64) return null;
                current = open(cells[2]);
                if (!entries.TryAdd(cells[1], current)) return null;
            }
            else if (current is null || !read(current, line))
                return null;
        }
        return entries;
    }

    /// <summary>Replaces the record with <paramref name="text"/> (UTF-8, no BOM). Throws the I/O error, which the caller reports or ignores.</summary>
    public static void Replace(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary><see cref="Replace"/>, a failure silent: for a record that only saves work, which the next build makes again.</summary>
    public static void TryReplace(string path, string text)
    {
        try
        {
            Replace(path, text);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>A cell of the record: a backslash, tab, line feed and carriage return written as \\, \t, \n and \r.</summary>
    internal static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("\\\t\n\r") < 0) return text;
        return AppendEscaped(new StringBuilder(text.Length + 8), text).ToString();
    }

    /// <summary><see cref="Escape"/> written straight into the record's text (a long cell, such as a feed summary's XML, not copied first).</summary>
    internal static StringBuilder AppendEscaped(StringBuilder record, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': record.Append(@"\\"); break;
                case '\t': record.Append(@"\t"); break;
                case '\n': record.Append(@"\n"); break;
                case '\r': record.Append(@"\r"); break;
                default: record.Append(c); break;
            }
        }
        return record;
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
