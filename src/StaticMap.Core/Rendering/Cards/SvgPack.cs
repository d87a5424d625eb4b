using System.Globalization;
using System.Text;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>
/// The chart SVGs of one plan's pages in one language kept in the image cache as one file (<c>&lt;key&gt;.svgs</c>), not
/// one file each: a cold build at 1,003 plans wrote about 34,000 cache files beside the site's SVGs (open, write, rename:
/// a quarter of an SVG's CPU), now about 1,250 (docs/performance.md, "coldsvg"). The pack's name is a hash of its charts'
/// keys, in order, so a pack is taken whole or not at all: a plan whose charts all drew the same (a new StaticMap, an edited
/// theme, a new page elsewhere, a build without the build cache) takes them all from it; a plan with one chart changed draws
/// its charts again (about 35 charts, tens of milliseconds) and writes a new pack.
/// </summary>
/// <remarks>
/// The format: a header line, then for each chart its key, a space and its length in bytes (decimal) on one line, and its
/// bytes. A pack that does not read back as exactly the charts asked for (another version, damaged, cut short) is passed
/// over and the charts are drawn.
/// </remarks>
internal static class SvgPack
{
    private static readonly byte[] Header = "staticmap-svgs 1\n"u8.ToArray();

    /// <summary>The pack's name in the image cache for these chart keys.</summary>
    public static string Name(IReadOnlyList<string> keys) => CardStyle.Hash(string.Join('\u001f', keys)) + ".svgs";

    public static byte[] Write(IReadOnlyList<string> keys, IReadOnlyList<byte[]> svgs)
    {
        var lines = keys.Select((k, i) => Encoding.ASCII.GetBytes(k + " " + svgs[i].Length.ToString(CultureInfo.InvariantCulture) + "\n")).ToList();
        var pack = new byte[Header.Length + lines.Sum(l => l.Length) + svgs.Sum(s => s.Length)];
        Header.CopyTo(pack, 0);
        var at = Header.Length;
        for (var i = 0; i < keys.Count; i++)
        {
            lines[i].CopyTo(pack, at);
            at += lines[i].Length;
            svgs[i].CopyTo(pack, at);
            at += svgs[i].Length;
        }
        return pack;
    }

    /// <summary>The charts of <paramref name="keys"/> from a pack, in order, or null when the pack is not exactly them.</summary>
    public static byte[][]? Read(byte[] pack, IReadOnlyList<string> keys)
    {
        var span = pack.AsSpan();
        if (!span.StartsWith(Header)) return null;
        var at = Header.Length;
        var svgs = new byte[keys.Count][];
        for (var i = 0; i < keys.Count; i++)
        {
            var newline = span[at..].IndexOf((byte)'\n');
            if (newline < 0) return null;
            var line = Encoding.ASCII.GetString(span.Slice(at, newline));
            var space = line.IndexOf(' ');
            if (space < 0 || !line.AsSpan(0, space).SequenceEqual(keys[i])
                || !int.TryParse(line.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                return null;
            at += newline + 1;
            if (length > pack.Length - at) return null;
            svgs[i] = span.Slice(at, length).ToArray();
            at += length;
        }
        return at == pack.Length ? svgs : null;
    }
}
