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

    private static readonly SKRect Canvas = new(0, 0, 800, 500);

    private static string Svg(Action<SKCanvas, Stream> draw)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(Canvas, stream))
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
            var ours = Svg((canvas, stream) => new SvgText(stream, canvas, type, Canvas).Draw(text, 24.5f, 44.25f, bold, size, colour, align));
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
        var ours = Svg((canvas, stream) => Picture(canvas, (s, y) => new SvgText(stream, canvas, type, Canvas).Draw(s, 10, y, false, 14, SKColors.Black)));
        Assert.Equal(skia, ours);
        Assert.True(ours.IndexOf("first", StringComparison.Ordinal) < ours.IndexOf("<ellipse", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_polylines_and_polygons_are_the_paths_Skias_svg_canvas_writes()
    {
        var type = Typefaces.For(new CardStyle());
        using var grid = new SKPaint { Color = new SKColor(0xd9, 0xdc, 0xe1), StrokeWidth = 1, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var series = new SKPaint { Color = SKColor.Parse("#1A5AA6"), StrokeWidth = 2.5f, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var dashed = new SKPaint { Color = SKColor.Parse("#B35C00"), StrokeWidth = 2.5f, IsAntialias = true, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([6, 4], 0) };
        using var fill = new SKPaint { Color = SKColor.Parse("#8E24AA"), IsAntialias = true, Style = SKPaintStyle.Fill };
        (float, float)[] line = [(69.089844f, 211.694f), (413.54492f, 198.746f), (758f, 167.04f), (760.1f, 1e-3f)];
        (float, float)[] diamond = [(758f, 314.262f), (763f, 319.262f), (758f, 324.262f), (753f, 319.262f)];
        var skia = Svg((canvas, _) =>
        {
            canvas.DrawLine(86.076172f, 426f, 758f, 426.33334f, grid);
            canvas.DrawLine(10, 20, 30, 40, dashed);
            using (var p = ChartPainter.Polygon(line, close: false)) canvas.DrawPath(p, series);
            using (var p = ChartPainter.Polygon(line, close: false)) canvas.DrawPath(p, dashed);
            using (var p = ChartPainter.Polygon(diamond)) canvas.DrawPath(p, fill);
            using (var p = ChartPainter.Polygon([(900, 10), (910, 20), (905, 30)])) canvas.DrawPath(p, fill);
            canvas.DrawLine(-20, 600, -10, 650, grid);
            type.Draw(canvas, "off the canvas", 810, 40, false, 14, SKColors.Black);
            type.Draw(canvas, "half off the canvas", 790, 40, false, 14, SKColors.Black);
        });
        var ours = Svg((canvas, stream) =>
        {
            var svg = new SvgText(stream, canvas, type, Canvas);
            svg.Line(86.076172f, 426f, 758f, 426.33334f, grid);
            svg.Line(10, 20, 30, 40, dashed);
            svg.Path(line, close: false, series);
            svg.Path(line, close: false, dashed);
            svg.Path(diamond, close: true, fill);
            svg.Path([(900, 10), (910, 20), (905, 30)], close: true, fill);
            svg.Line(-20, 600, -10, 650, grid);
            svg.Draw("off the canvas", 810, 40, false, 14, SKColors.Black);
            svg.Draw("half off the canvas", 790, 40, false, 14, SKColors.Black);
        });
        Assert.Contains("d=\"M69.089844 211.694L413.54492 198.746L758 167.03999L760.09998 0.001\"", ours);
        Assert.Contains("d=\"M758 314.26199L763 319.26199L758 324.26199L753 319.26199L758 314.26199Z\"", ours);
        Assert.Equal(skia, ours);
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
