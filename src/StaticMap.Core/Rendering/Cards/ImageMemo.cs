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
    /// <summary>32 MiB of encoded images: every image of a part (one plan's charts and card) many times over.</summary>
    public const long Budget = 32L << 20;

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
    /// The surface as a PNG, encoded for speed: no row filter (zlib level 6, as before), instead of Skia's default, which
    /// tries all five filters on every row. Charts and cards are flat colours, which deflate compresses well unfiltered: on
    /// the sample's 140 PNGs, 1.8 times less CPU and 26% fewer bytes, the same pixels (docs/performance.md, "Images").
    /// </summary>
    public static byte[] EncodePng(SKSurface surface)
    {
        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        using var data = pixels?.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 6)) ?? image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
