using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace StaticMap.Core.Caching;

/// <summary>
/// The build cache's own records under <c>.staticmap/cache/</c> (the outputs' manifests, the files' hashes, the rules',
/// narratives', YAML texts' and feed summaries' records): each begins with a header that names its format and version
/// (<see cref="Header"/>), which a reader of another version refuses; each is read whole (as lines, or as bytes sealed by
/// their SHA-256), and replaced whole through a temporary file renamed over the old one, so a reader never sees half a record.
/// </summary>
internal static class RecordFile
{
    private const int HashBytes = 32;

    /// <summary>
    /// A record's header: its format and version (<c>staticmap-yaml 1</c>), then the MVID of the assembly of each of
    /// <paramref name="versionedBy"/>, the code that fixes what the record holds (StaticMap's Core, a parser), so that a record
    /// another build of either wrote is not read.
    /// </summary>
    internal static string Header(string format, params ReadOnlySpan<Type> versionedBy)
    {
        var header = new StringBuilder(format);
        foreach (var type in versionedBy) header.Append(' ').Append(type.Assembly.ManifestModule.ModuleVersionId);
        return header.ToString();
    }

    /// <summary>The key of a text a record keeps something of: the SHA-256 of its UTF-16 (as .NET holds it; the record's header fixes the rest).</summary>
    internal static string TextKey(string text) => Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan())));

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

    /// <summary>The record's lines after its <paramref name="header"/>; null when there is none, it cannot be read or its first line is another header.</summary>
    internal static ArraySegment<string>? ReadLines(string path, string header) =>
        ReadLines(path) is { Length: > 0 } lines && lines[0] == header ? new ArraySegment<string>(lines, 1, lines.Length - 1) : (ArraySegment<string>?)null;

    /// <summary>
    /// A binary record (one read whole on every build, where lines would cost more to parse), written by
    /// <see cref="TryReplaceSealed"/>: <paramref name="header"/> as <see cref="BinaryWriter.Write(string)"/> writes it, the body,
    /// and the SHA-256 of all before it. The record's bytes and where its body lies in them; null when there is none, it cannot
    /// be read, it is cut short or changed (its hash is not its bytes') or its header is another's.
    /// </summary>
    internal static (byte[] Bytes, int Start, int End)? ReadSealed(string path, string header)
    {
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) return null;
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (bytes.Length < HashBytes) return null;
        var end = bytes.Length - HashBytes;
        if (!SHA256.HashData(bytes.AsSpan(0, end)).AsSpan().SequenceEqual(bytes.AsSpan(end))) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, end, writable: false), Encoding.UTF8);
            return reader.ReadString() == header ? (bytes, (int)reader.BaseStream.Position, end) : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Replaces a binary record with <paramref name="header"/>, the body <paramref name="body"/> writes and the SHA-256 of
    /// both (read by <see cref="ReadSealed"/>); a failure silent, as <see cref="TryReplace(string, string)"/>.
    /// </summary>
    internal static void TryReplaceSealed(string path, string header, Action<BinaryWriter> body)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(header);
            body(writer);
        }
        var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        stream.Write(SHA256.HashData(bytes));
        Try(() => Replace(path, temporary => File.WriteAllBytes(temporary, stream.GetBuffer().AsSpan(0, (int)stream.Length))));
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
    public static void Replace(string path, string text) =>
        Replace(path, temporary => File.WriteAllText(temporary, text, new UTF8Encoding(false)));

    /// <summary><see cref="Replace(string, string)"/>, a failure silent: for a record that only saves work, which the next build makes again.</summary>
    public static void TryReplace(string path, string text) => Try(() => Replace(path, text));

    private static void Replace(string path, Action<string> writeTemporary)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        writeTemporary(temporary);
        File.Move(temporary, path, overwrite: true);
    }

    private static void Try(Action replace)
    {
        try
        {
            replace();
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
