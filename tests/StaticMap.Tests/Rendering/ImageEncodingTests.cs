using SkiaSharp;
using StaticMap.Core.Rendering.Cards;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>Card PNGs are encoded for speed (docs/performance.md, "Images", "Render: share cards at zlib level 3"): the reader gets the same pixels.</summary>
public class ImageEncodingTests
{
    [Fact]
    public void The_fast_encoding_keeps_every_pixel_and_is_no_larger_than_the_default()
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 400));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        using var line = new SKPaint { Color = new SKColor(0x1a, 0x5a, 0xa6), StrokeWidth = 3, IsAntialias = true, Style = SKPaintStyle.Stroke };
        for (var i = 0; i < 10; i++) canvas.DrawLine(40, 40 + i * 30, 760, 300 - i * 20, line);
        using var fill = new SKPaint { Color = new SKColor(0x12, 0x35, 0x5b), IsAntialias = true };
        canvas.DrawCircle(400, 200, 57.5f, fill);

        // No row filter at level 6 is smaller than Skia's default (every filter tried); the level cards use keeps the pixels too.
        var fast = ImageMemo.EncodePng(surface, 6);
        using var quick = SKBitmap.Decode(ImageMemo.EncodePng(surface));
        using var image = surface.Snapshot();
        using var standard = image.Encode(SKEncodedImageFormat.Png, 100);

        using var a = SKBitmap.Decode(fast);
        using var b = SKBitmap.Decode(standard.ToArray());
        Assert.Equal((800, 400), (a.Width, a.Height));
        Assert.Equal(b.Pixels, a.Pixels);
        Assert.Equal(b.Pixels, quick.Pixels);
        Assert.True(fast.Length <= standard.Size, $"the fast PNG is {fast.Length} bytes, the default {standard.Size}");
    }

    [Fact]
    public void A_share_card_is_encoded_at_zlib_level_3_with_the_pixels_of_level_6_and_decodes_at_1200_by_630()
    {
        var card = new ShareCard("en", "Mobility Action Plans", "Alameda County, California", "Alameda County Mobility Action Plan",
            "Released March 4, 2025 · Latest progress report: 2026", new CardFigure("84.0%", "Share with access to broadband",
                "Alameda County, 2023", "Data: Urban Institute, Mobility Metrics"));
        var png = CardPainter.Png(card, CardStyle.Default);
        using var decoded = SKBitmap.Decode(png);
        Assert.Equal((ShareCard.Width, ShareCard.Height), (decoded.Width, decoded.Height));

        // The same card's pixels, drawn on a surface and encoded at level 6 (what cards were before): the same picture.
        using var surface = SKSurface.Create(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        using (var image = SKImage.FromBitmap(decoded)) surface.Canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        var level6 = ImageMemo.EncodePng(surface, 6);
        var level3 = ImageMemo.EncodePng(surface);
        Assert.Equal(3, ImageMemo.ZlibLevel);
        Assert.Equal(png, level3);
        using var six = SKBitmap.Decode(level6);
        Assert.Equal(six.Pixels, decoded.Pixels);
        // Bytes bounded: level 3 is about 17% larger than level 6 on a card (docs/performance.md); never a third more.
        Assert.True(png.Length < level6.Length * 4 / 3, $"level 3 {png.Length} bytes against level 6 {level6.Length}");
    }
}
