using System.Text;
using SkiaSharp;
using StaticMap.Core.Rendering.Cards;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// A chart SVG's text is written by <see cref="SvgText"/> instead of Skia's SVG canvas (which rebuilds the font's
/// glyph-to-character table on every text, docs/performance.md "2026-12-07, render"): the file must be the one Skia writes,
/// byte for byte, for the words charts hold (Spanish accents, apostrophes and ampersands, runs of spaces, a character
/// the font lacks) in every weight, size, colour and alignment a chart uses.
/// </summary>
public class ChartSvgTextTests
{
    public static TheoryData<string> Texts() =>
    [
        "Household income, 20th percentile, Alameda County, California and peer",
        "Source: the coalition's own data (data/pre-apprenticeship-completions.csv).",
        "Ingresos del hogar, percentil 20, condado de Alameda: «más alto es mejor»",
        "Black & Hispanic <residents> \"quoted\"",
        "  leading,   doubled\tand tab spaced  ",
        "$10,000",
        "2023",
        "Año fiscal 2024–2025 … ñandú 中文 😀",
        "fi fl ffi ligature candidates",
    ];

    private static string Svg(Action<SKCanvas, Stream> draw)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, 800, 200), stream))
        {
            canvas.Clear(SKColors.White);
            draw(canvas, stream);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_text_element_is_the_one_Skias_svg_canvas_writes(string text)
    {
        var type = Typefaces.For(new CardStyle());
        var cases = new (bool Bold, float Size, SKColor Colour, SKTextAlign Align)[]
        {
            (true, 20, SKColor.Parse("#1B1B1B"), SKTextAlign.Left),
            (false, 13, SKColor.Parse("#1B1B1B"), SKTextAlign.Right),
            (false, 13, SKColor.Parse("#1B1B1B"), SKTextAlign.Center),
            (false, 14, SKColor.Parse("#4A4A4A"), SKTextAlign.Left),
            (false, 13, SKColor.Parse("#FFFFFF"), SKTextAlign.Left),
        };
        foreach (var (bold, size, colour, align) in cases)
        {
            var skia = Svg((canvas, _) => type.Draw(canvas, text, 24.5f, 44.25f, bold, size, colour, align));
            var ours = Svg((canvas, stream) => new SvgText(stream, canvas, type).Draw(text, 24.5f, 44.25f, bold, size, colour, align));
            Assert.Contains("<text", skia);
            Assert.Equal(skia, ours);
        }
    }

    [Fact]
    public void Text_between_other_drawings_keeps_its_place_in_the_file()
    {
        var type = Typefaces.For(new CardStyle());
        using var line = new SKPaint { Color = SKColors.Black, StrokeWidth = 1, Style = SKPaintStyle.Stroke };
        void Picture(SKCanvas canvas, Action<string, float> write)
        {
            canvas.DrawLine(0, 10, 100, 10, line);
            write("first", 20);
            canvas.DrawCircle(50, 50, 5, line);
            write("second", 60);
            canvas.DrawLine(0, 90, 100, 90, line);
        }
        var skia = Svg((canvas, _) => Picture(canvas, (s, y) => type.Draw(canvas, s, 10, y, false, 14, SKColors.Black)));
        var ours = Svg((canvas, stream) => Picture(canvas, (s, y) => new SvgText(stream, canvas, type).Draw(s, 10, y, false, 14, SKColors.Black)));
        Assert.Equal(skia, ours);
        Assert.True(ours.IndexOf("first", StringComparison.Ordinal) < ours.IndexOf("<ellipse", StringComparison.Ordinal));
    }

    [Fact]
    public void Positions_are_written_as_Cs_percent_8g()
    {
        Assert.Equal("24", SvgText.G8(24f));
        Assert.Equal("704.58594", SvgText.G8(704.58594f));
        Assert.Equal("86.076172", SvgText.G8(86.076172f));
        Assert.Equal("0.5", SvgText.G8(0.5f));
    }
}
