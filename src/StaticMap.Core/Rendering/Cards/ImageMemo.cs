using System.Collections.Concurrent;
using SkiaSharp;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>
/// Images drawn in this process, by content key, so that identical inputs are drawn once (the same chart on a page and its
/// print view, the preview's rebuilds). Bounded: past <see cref="Budget"/> bytes the memo starts again, since a build of
/// a thousand plans draws thousands of images and holding them all would keep gigabytes alive until the process ends
/// (the folder cache, <see cref="CardPainter.Cache"/>, still has them). docs/performance.md, "Images".
/// </summary>
internal sealed class ImageMemo
{
    /// <summary>8 MiB of encoded images: every image of a part (one plan's charts and cards, 1-2 MiB) several times over, for the
    /// preview's rebuild of a plan. In a build a part's images are its own (the print view is made from the pages' HTML, not
    /// drawn again): two memos of 32 MiB held a quarter of a 1,000-plan build's live heap in images no later part read, and
    /// the build was no slower with 8 MiB (docs/performance.md, "fifth session, memory2").</summary>
    public const long Budget = 8L << 20;

    private ConcurrentDictionary<string, Lazy<byte[]>> _drawn = new(StringComparer.Ordinal);
    private long _bytes;

    public byte[] Get(string key, Func<string, byte[]> draw)
    {
        var drawn = _drawn;
        var added = false;
        var bytes = drawn.GetOrAdd(key, k => new Lazy<byte[]>(() => { added = true; return draw(k); })).Value;
        if (added && Interlocked.Add(ref _bytes, bytes.Length) > Budget)
        {
            // A new generation: the images drawn so far are let go (a reader still holding one keeps it).
            Interlocked.Exchange(ref _bytes, 0);
            Interlocked.CompareExchange(ref _drawn, new ConcurrentDictionary<string, Lazy<byte[]>>(StringComparer.Ordinal), drawn);
        }
        return bytes;
    }

    /// <summary>
    /// The surface as a PNG, encoded for speed: no row filter, instead of Skia's default, which tries all five filters on
    /// every row (cards are flat colours, which deflate compresses well unfiltered: 1.8 times less CPU and 26% fewer bytes),
    /// at zlib level <see cref="ZlibLevel"/>. The same pixels at any level (docs/performance.md, "Images" and "Render: share cards
    /// at zlib level 3").
    /// </summary>
    public static byte[] EncodePng(SKSurface surface, int level = ZlibLevel)
    {
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels?.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, level)) ?? image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// zlib's level 3, its fastest greedy matching: a card takes 4.2 ms to encode instead of 10.1 ms at level 6 (most of it
    /// then is Skia's own row conversion and checksums, 4.5 ms even unpacked), for 17% more bytes (77 KiB a card instead of
    /// 66). Cards are a cold build's largest single cost after the templates; a trade-off made in the open in
    /// docs/performance.md ("Render: share cards at zlib level 3", 2026-12-07, fourth session).
    /// </summary>
    public const int ZlibLevel = 3;
}
