using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;
using StaticMap.Core.Rendering.Cards;
using StaticMap.Tests.Glance;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// A chart SVG's text is written by <see cref="SvgText"/>: one <c>&lt;text&gt;</c> per text with one anchor and
/// <c>text-anchor</c> from its alignment, never a list of glyph positions measured in Atkinson Hyperlegible (a viewer
/// without that font set its own glyphs there: "Californi a", "Urban I nstitute"), a font-family list with generic
/// fallbacks, and the words intact (Spanish accents, apostrophes and ampersands, runs of spaces, a character the font lacks).
/// </summary>
public class ChartSvgTextTests
{
    public static TheoryData<string, string> Texts() => new()
    {
        { "Household income, 20th percentile, Alameda County, California and peer", "Household income, 20th percentile, Alameda County, California and peer" },
        { "Source: the coalition's own data (data/pre-apprenticeship-completions.csv).", "Source: the coalition&apos;s own data (data/pre-apprenticeship-completions.csv)." },
        { "Ingresos del hogar, percentil 20, condado de Alameda: «más alto es mejor»", "Ingresos del hogar, percentil 20, condado de Alameda: «más alto es mejor»" },
        { "Black & Hispanic <residents> \"quoted\"", "Black &amp; Hispanic &lt;residents&gt; &quot;quoted&quot;" },
        { "  leading,   doubled\tand tab spaced  ", "leading, doubled and tab spaced" },
        { "Fuente: Urban Institute", "Fuente: Urban Institute" },
        { "Año fiscal 2024–2025 … ñandú 中文 😀", "Año fiscal 2024–2025 … ñandú 中文 😀" },
        { "fi fl ffi ligature candidates", "fi fl ffi ligature candidates" },
    };

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

    private static List<Match> TextElements(string svg) =>
        Regex.Matches(svg, @"<text(?<attributes>[^>]*)>\s*(?<text>[^<]*?)\s*</text>").ToList();

    private static string? Attribute(Match element, string name) =>
        Regex.Match(element.Groups["attributes"].Value, $" {name}=\"(?<v>[^\"]*)\"") is { Success: true } m ? m.Groups["v"].Value : null;

    [Theory]
    [MemberData(nameof(Texts))]
    public void Each_text_is_one_element_at_one_anchor_with_its_alignment_the_font_list_and_the_words_intact(string text, string written)
    {
        var type = Typefaces.For(new CardStyle());
        var cases = new (bool Bold, float Size, SKColor Colour, SKTextAlign Align, string? Anchor)[]
        {
            (true, 20, SKColor.Parse("#1B1B1B"), SKTextAlign.Left, null),
            (false, 13, SKColor.Parse("#1B1B1B"), SKTextAlign.Right, "end"),
            (false, 13, SKColor.Parse("#1B1B1B"), SKTextAlign.Center, "middle"),
            (false, 14, SKColor.Parse("#4A4A4A"), SKTextAlign.Left, null),
            (false, 13, SKColor.Parse("#FFFFFF"), SKTextAlign.Left, null),
        };
        foreach (var (bold, size, colour, align, anchor) in cases)
        {
            var svg = Svg((canvas, stream) => new SvgText(stream, canvas, type, Canvas).Draw(text, 400.5f, 44.25f, bold, size, colour, align));
            var element = Assert.Single(TextElements(svg));
            Assert.Equal(written, element.Groups["text"].Value);
            Assert.Equal("400.5", Attribute(element, "x"));
            Assert.Equal("44.25", Attribute(element, "y"));
            Assert.Equal(anchor, Attribute(element, "text-anchor"));
            Assert.Null(Attribute(element, "font-family")); // the root's (RootFontFamily)
            Assert.Equal(colour == SKColors.White ? "white" : "#" + colour.ToString()[3..], Attribute(element, "fill"), ignoreCase: true);
            Assert.Equal(bold ? "600" : null, Attribute(element, "font-weight"));
            Assert.Equal(size.ToString(System.Globalization.CultureInfo.InvariantCulture), Attribute(element, "font-size"));
            // The file is well-formed XML, and the text reads back as written.
            var parsed = System.Xml.Linq.XDocument.Parse(svg);
            Assert.Equal(Regex.Replace(text.Trim(), @"\s+", " "), parsed.Descendants().Single(e => e.Name.LocalName == "text").Value.Trim());
        }
    }

    [Fact]
    public void A_text_a_wider_fallback_font_could_run_past_its_room_carries_its_width_as_textLength_and_a_short_one_does_not()
    {
        var type = Typefaces.For(new CardStyle());
        const string Long = "Negra o afroamericana, no hispana";
        var width = type.Width(Long, false, 14);
        var svg = Svg((canvas, stream) =>
        {
            var words = new SvgText(stream, canvas, type, Canvas);
            words.Draw(Long, 24, 40, false, 14, SKColors.Black, room: width * 1.1f);
            words.Draw(Long, 24, 80, false, 14, SKColors.Black, room: width * 1.3f);
            words.Draw(Long, 24, 120, false, 14, SKColors.Black);
            // DejaVu Sans sets regular words up to 17% wider, bold ones 24%: 20% more room is enough for the one only.
            words.Draw(Long, 24, 160, false, 14, SKColors.Black, room: width * 1.2f);
            words.Draw(Long, 24, 200, true, 14, SKColors.Black, room: type.Width(Long, true, 14) * 1.2f);
        });
        var elements = TextElements(svg);
        Assert.Equal(5, elements.Count);
        Assert.Null(Attribute(elements[3], "textLength"));
        Assert.Equal(SvgText.G8(type.Width(Long, true, 14)), Attribute(elements[4], "textLength"));
        Assert.Equal(SvgText.G8(width), Attribute(elements[0], "textLength"));
        Assert.Equal("spacingAndGlyphs", Attribute(elements[0], "lengthAdjust"));
        Assert.Null(Attribute(elements[1], "textLength"));
        Assert.Null(Attribute(elements[2], "textLength"));
    }

    [Fact]
    public void Text_between_other_drawings_keeps_its_place_in_the_file()
    {
        var type = Typefaces.For(new CardStyle());
        using var line = new SKPaint { Color = SKColors.Black, StrokeWidth = 1, Style = SKPaintStyle.Stroke };
        var svg = Svg((canvas, stream) =>
        {
            var words = new SvgText(stream, canvas, type, Canvas);
            canvas.DrawLine(0, 10, 100, 10, line);
            words.Draw("first", 10, 20, false, 14, SKColors.Black);
            canvas.DrawCircle(50, 50, 5, line);
            words.Draw("second", 10, 60, false, 14, SKColors.Black);
        });
        Assert.True(svg.IndexOf("first", StringComparison.Ordinal) < svg.IndexOf("<ellipse", StringComparison.Ordinal));
        Assert.True(svg.IndexOf("<ellipse", StringComparison.Ordinal) < svg.IndexOf("second", StringComparison.Ordinal));
    }

    [Fact]
    public void A_text_wholly_off_the_canvas_is_left_out_and_one_partly_on_it_is_written_at_its_anchor()
    {
        var type = Typefaces.For(new CardStyle());
        var svg = Svg((canvas, stream) =>
        {
            var words = new SvgText(stream, canvas, type, Canvas);
            words.Draw("off the canvas", 810, 40, false, 14, SKColors.Black);
            words.Draw("half off the canvas", 790, 40, false, 14, SKColors.Black);
            words.Draw("   ", 100, 40, false, 14, SKColors.Black);
        });
        var element = Assert.Single(TextElements(svg));
        Assert.Equal("half off the canvas", element.Groups["text"].Value);
        Assert.Equal("790", Attribute(element, "x"));
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
        });
        Assert.Contains("d=\"M69.089844 211.694L413.54492 198.746L758 167.03999L760.09998 0.001\"", ours);
        Assert.Contains("d=\"M758 314.26199L763 319.26199L758 324.26199L753 319.26199L758 314.26199Z\"", ours);
        Assert.Equal(skia, ours);
    }

    [Fact]
    public void Circles_and_squares_are_the_elements_Skias_svg_canvas_writes()
    {
        var type = Typefaces.For(new CardStyle());
        using var fill = new SKPaint { Color = SKColor.Parse("#1A5AA6"), IsAntialias = true, Style = SKPaintStyle.Fill };
        using var hollow = new SKPaint { Color = SKColor.Parse("#2E7D32"), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        var random = new Random(23);
        var shapes = Enumerable.Range(0, 400).Select(_ => (X: 20 + (float)random.NextDouble() * 760, Y: 20 + (float)random.NextDouble() * 460,
            R: random.Next(3) switch { 0 => 4f, 1 => 5f, _ => 0.5f + (float)random.NextDouble() * 9 })).ToList();
        shapes.AddRange([(90.242264f, 339.5108f, 5), (758f, 318.0578f, 5), (2f, 40f, 5), (798f, 498f, 5)]);
        var skia = Svg((canvas, _) =>
        {
            foreach (var (x, y, r) in shapes)
            {
                canvas.DrawCircle(x, y, r, fill);
                canvas.DrawCircle(x, y, r, hollow);
                canvas.DrawRect(x - r, y - r, 2 * r, 2 * r, fill);
                canvas.DrawRect(x - r, y - r, 2 * r, 2 * r, hollow);
            }
        });
        var ours = Svg((canvas, stream) =>
        {
            var svg = new SvgText(stream, canvas, type, Canvas);
            foreach (var (x, y, r) in shapes)
            {
                svg.Circle(x, y, r, fill);
                svg.Circle(x, y, r, hollow);
                svg.Rect(x - r, y - r, 2 * r, 2 * r, fill);
                svg.Rect(x - r, y - r, 2 * r, 2 * r, hollow);
            }
        });
        Assert.Contains("<ellipse fill=\"#1A5AA6\" cx=\"90.242264\" cy=\"339.5108\" rx=\"5\" ry=\"5\"/>", ours);
        Assert.Contains("<rect fill=\"#1A5AA6\" x=\"85.242264\" y=\"334.5108\" width=\"10\" height=\"10\"/>", ours);
        Assert.Equal(skia, ours);
    }

    [Fact]
    public void A_dashed_line_is_one_path_with_its_dash_pattern_not_an_outline_of_each_dash()
    {
        var type = Typefaces.For(new CardStyle());
        using var dashed = new SKPaint { Color = SKColor.Parse("#B35C00"), StrokeWidth = 2.5f, IsAntialias = true, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([6, 4], 0) };
        using var solid = new SKPaint { Color = SKColor.Parse("#B35C00"), StrokeWidth = 2.5f, IsAntialias = true, Style = SKPaintStyle.Stroke };
        (float, float)[] line = [(69.089844f, 211.694f), (413.54492f, 198.746f), (758f, 167.04f)];
        var ours = Svg((canvas, stream) =>
        {
            var svg = new SvgText(stream, canvas, type, Canvas);
            svg.Line(24, 473, 54, 473, dashed, [6, 4]);
            svg.Path(line, close: false, dashed, [6, 4]);
            svg.Line(24, 480, 54, 480, dashed, []);
        });
        var skiaSolid = Svg((canvas, _) =>
        {
            canvas.DrawLine(24, 473, 54, 473, solid);
            using var p = ChartPainter.Polygon(line, close: false);
            canvas.DrawPath(p, solid);
        });
        var paths = Regex.Matches(ours, "<path[^>]*/>").Select(m => m.Value).ToList();
        var solidPaths = Regex.Matches(skiaSolid, "<path[^>]*/>").Select(m => m.Value).ToList();
        Assert.Equal(3, paths.Count);
        // The solid stroke's element, with the pattern before its path: the same line, colour and width, drawn in dashes.
        Assert.Equal(solidPaths[0].Replace(" d=\"", " stroke-dasharray=\"6 4\" d=\""), paths[0]);
        Assert.Equal(solidPaths[1].Replace(" d=\"", " stroke-dasharray=\"6 4\" d=\""), paths[1]);
        Assert.Contains("d=\"M24 473L54 473\"", paths[0]);
        // Without its pattern a dashed paint is Skia's: each dash an outline, filled.
        Assert.DoesNotContain("stroke-dasharray", paths[2]);
        Assert.StartsWith("<path fill=\"#B35C00\" d=\"M24", paths[2]);
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

/// <summary>The chart SVGs a built site offers to download (<c>/&lt;plan&gt;/downloads/*.svg</c>): each text is placed at one
/// anchor (comms review, 2026-12-07: without Atkinson Hyperlegible, per-glyph positions read "Californi a", "Fuente: Urban
/// I nstitute"), in a font-family list that ends in a generic family.</summary>
public class ChartSvgSiteTests(GlanceSite fixture) : IClassFixture<GlanceSite>
{
    [Fact]
    public void Every_downloaded_chart_SVG_places_each_text_at_one_x_with_fallback_fonts()
    {
        // English and Spanish charts' downloads are in the plan's one downloads folder.
        var files = Directory.GetFiles(Path.Combine(fixture.Site.Output, "test-county", "downloads"), "*.svg");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var svg = System.Xml.Linq.XDocument.Load(file);
            // The font list once, on the root, inherited by every text; no element below it names another.
            Assert.Equal("'Atkinson Hyperlegible', Arial, Helvetica, 'Liberation Sans', Arimo, 'DejaVu Sans Condensed', sans-serif",
                (string?)svg.Root!.Attribute("font-family"));
            Assert.Equal(1, Regex.Count(File.ReadAllText(file), "font-family"));
            var texts = svg.Descendants().Where(e => e.Name.LocalName == "text").ToList();
            Assert.True(texts.Count >= 5, file);
            foreach (var text in texts)
            {
                var x = (string?)text.Attribute("x");
                Assert.True(x is not null && Regex.IsMatch(x, @"^-?[0-9.]+$"), $"{Path.GetFileName(file)}: x=\"{x}\" on \"{text.Value}\"");
                Assert.Matches(@"^-?[0-9.]+$", (string?)text.Attribute("y") ?? "");
                Assert.Null(text.Attribute("font-family"));
                // textLength only where the widest fallback font could overrun the text's room, and then glyphs are fitted.
                if (text.Attribute("textLength") is { } length)
                {
                    Assert.Matches(@"^[0-9.]+$", length.Value);
                    Assert.Equal("spacingAndGlyphs", (string?)text.Attribute("lengthAdjust"));
                }
                Assert.Contains((string?)text.Attribute("text-anchor"), new string?[] { null, "middle", "end" });
                Assert.DoesNotContain("  ", text.Value.Trim());
            }
            // Tick labels (and a bar's label) are right-aligned at the axis.
            Assert.Contains(texts, t => (string?)t.Attribute("text-anchor") == "end");
        }
        var all = files.SelectMany(f => System.Xml.Linq.XDocument.Load(f).Descendants().Where(e => e.Name.LocalName == "text")).ToList();
        Assert.Contains(all, t => t.Attribute("textLength") is null && Regex.IsMatch(t.Value.Trim(), "^20[0-9][0-9]$"));
        // Years are centred under their point; the credit names Urban Institute in one piece.
        Assert.Contains(all, t => (string?)t.Attribute("text-anchor") == "middle" && Regex.IsMatch(t.Value.Trim(), "^20[0-9][0-9]$"));
        Assert.Contains(all, t => t.Value.Contains("Urban Institute", StringComparison.Ordinal));
        Assert.DoesNotContain(all, t => t.Value.Contains("I nstitute", StringComparison.Ordinal));
    }
}
