using SkiaSharp;
using StaticMap.Core.Rendering.Cards;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>Chart and card PNGs are encoded for speed (docs/performance.md, "Images"): the reader gets the same pixels.</summary>
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

        var fast = ImageMemo.EncodePng(surface);
        using var image = surface.Snapshot();
        using var standard = image.Encode(SKEncodedImageFormat.Png, 100);

        using var a = SKBitmap.Decode(fast);
        using var b = SKBitmap.Decode(standard.ToArray());
        Assert.Equal((800, 400), (a.Width, a.Height));
        Assert.Equal(b.Pixels, a.Pixels);
        Assert.True(fast.Length <= standard.Size, $"the fast PNG is {fast.Length} bytes, the default {standard.Size}");
    }
}
