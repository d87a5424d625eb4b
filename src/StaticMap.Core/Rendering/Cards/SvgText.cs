using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>
/// Writes a chart SVG's text elements itself, byte for byte as Skia's SVG canvas writes them (the same element, attributes,
/// glyph positions and characters), without asking Skia for them: Skia's SVG canvas rebuilds the typeface's whole
/// glyph-to-character table on every text it draws (a walk over the font's character map), which was a third of a cold
/// build's CPU at 103 plans (docs/performance.md, "2026-12-07, render"). The table is made once per typeface here. Solid
/// lines, series lines and filled point markers are written the same way (<see cref="Line"/>, <see cref="Path"/>); the rest
/// (dashed strokes, circles, squares, anything near the edge) is still drawn by Skia into the same stream, in order.
/// </summary>
/// <remarks>
/// What Skia's SVG device does with a shaped run, and so what this writes: one <c>&lt;text&gt;</c> with the paint's and the
/// font's attributes (taken from Skia itself, by drawing one character on a scratch canvas once per weight, size and
/// colour), <c>x</c> and <c>y</c> as lists of each glyph's position (<c>%.8g, </c>; one <c>y</c> when all are the same),
/// and the characters the glyphs map back to: spaces and tabs collapsed as SVG collapses them, leading ones dropped, a glyph
/// without a character dropped, and &amp; " ' &lt; &gt; escaped. A text this does not cover (nothing left to place) is
/// drawn by Skia as before. Tests: tests/StaticMap.Tests/Rendering/ChartSvgTextTests.cs compare both writers.
/// </remarks>
internal sealed class SvgText
{
    private readonly Stream _stream;
    private readonly SKCanvas _canvas;
    private readonly Typefaces _type;
    private readonly SKRect _bounds;

    /// <param name="bounds">The canvas: Skia leaves out what falls wholly outside it, so whatever is not well inside is
    /// handed to Skia (which then decides), and only what it surely draws is written here.</param>
    public SvgText(Stream stream, SKCanvas canvas, Typefaces type, SKRect bounds)
    {
        _stream = stream;
        _canvas = canvas;
        _type = type;
        _bounds = bounds;
    }

    private bool Inside(float left, float top, float right, float bottom, float margin) =>
        left - margin > _bounds.Left && top - margin > _bounds.Top && right + margin < _bounds.Right && bottom + margin < _bounds.Bottom;

    public void Draw(string text, float x, float y, bool bold, float size, SKColor colour, SKTextAlign align = SKTextAlign.Left)
    {
        if (string.IsNullOrEmpty(text)) return;
        using var font = _type.Font(bold, size);
        var result = _type.Shaper(bold).Shape(text, x, y, font);
        var xOffset = 0f;
        if (align != SKTextAlign.Left)
        {
            var width = result.Width;
            if (align == SKTextAlign.Center) width *= 0.5f;
            xOffset -= width;
        }
        if (!Inside(x + xOffset - size, y - 2 * size, x + xOffset + result.Width + size, y + size, 0))
        {
            _type.Draw(_canvas, text, x, y, bold, size, colour, align);
            return;
        }
        var element = Element(result, xOffset, bold ? _type.BoldUnichars : _type.RegularUnichars, Prefix(bold, size, colour));
        if (element is null)
        {
            _type.Draw(_canvas, text, x, y, bold, size, colour, align);
            return;
        }
        _stream.Write(element);
    }

    /// <summary>A straight line in a solid stroke (a dashed one is Skia's: it writes dashes as outlines), as Skia's SVG canvas
    /// writes it: <c>&lt;path … d="Mx0 y0Lx1 y1"/&gt;</c>, the paint's attributes learnt from Skia once per paint.</summary>
    public void Line(float x0, float y0, float x1, float y1, SKPaint paint)
    {
        if (paint.PathEffect is not null || paint.Style != SKPaintStyle.Stroke
            || !Inside(Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1), paint.StrokeWidth + 2))
        {
            _canvas.DrawLine(x0, y0, x1, y1, paint);
            return;
        }
        var template = _type.SvgShape(Kind.Line, paint);
        _stream.Write(Encoding.UTF8.GetBytes(template.Prefix + "M" + G8(x0) + " " + G8(y0) + "L" + G8(x1) + " " + G8(y1) + template.AfterText));
    }

    /// <summary>A polyline (stroked, solid) or a closed polygon (filled), as Skia's SVG canvas writes the path of its
    /// points: <c>Mx y</c>, <c>Lx y</c> for each next point, and a closed one back to its first point, then <c>Z</c>.</summary>
    public void Path(IReadOnlyList<(float X, float Y)> points, bool close, SKPaint paint)
    {
        var solidStroke = !close && paint.Style == SKPaintStyle.Stroke && paint.PathEffect is null;
        var fill = close && paint.Style == SKPaintStyle.Fill && paint.PathEffect is null;
        if (points.Count < 2 || !(solidStroke || fill) || (close && points[^1] == points[0])
            || !Inside(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y), paint.StrokeWidth + 2))
        {
            using var path = ChartPainter.Polygon(points, close);
            _canvas.DrawPath(path, paint);
            return;
        }
        var template = _type.SvgShape(close ? Kind.Polygon : Kind.Polyline, paint);
        var d = new StringBuilder(template.Prefix);
        for (var i = 0; i < points.Count; i++) d.Append(i == 0 ? 'M' : 'L').Append(G8(points[i].X)).Append(' ').Append(G8(points[i].Y));
        if (close) d.Append('L').Append(G8(points[0].X)).Append(' ').Append(G8(points[0].Y)).Append('Z');
        d.Append(template.AfterText);
        _stream.Write(Encoding.UTF8.GetBytes(d.ToString()));
    }

    internal enum Kind { Line, Polyline, Polygon }

    /// <summary>Asks Skia once how it writes a shape in this paint: drawn on a scratch SVG canvas, cut around its <c>d</c>.</summary>
    internal static Template LearnShape(Kind kind, SKPaint paint)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, 100, 100), stream))
        {
            canvas.Clear(SKColors.White);
            if (kind == Kind.Line) canvas.DrawLine(1, 2, 3, 4, paint);
            else
            {
                using var path = ChartPainter.Polygon([(1, 2), (3, 4), (5, 6)], kind == Kind.Polygon);
                canvas.DrawPath(path, paint);
            }
        }
        var svg = Encoding.UTF8.GetString(stream.ToArray());
        var start = svg.LastIndexOf("\n\t<path", StringComparison.Ordinal) + 1;
        var d = svg.IndexOf(" d=\"", start, StringComparison.Ordinal);
        var expected = kind switch { Kind.Line => "M1 2L3 4", Kind.Polyline => "M1 2L3 4L5 6", _ => "M1 2L3 4L5 6L1 2Z" };
        if (start <= 0 || d < 0 || string.CompareOrdinal(svg, d + 4, expected, 0, expected.Length) != 0 || svg.IndexOf("<path", d, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException("Skia's SVG canvas wrote a shape this writer does not know: " + svg.ReplaceLineEndings(" "));
        var after = svg[(d + 4 + expected.Length)..];
        after = after[..(after.IndexOf('\n') + 1)];
        return new Template(svg[start..(d + 4)], "", after);
    }

    /// <summary>The element as Skia writes it, or null when no glyph is left to place.</summary>
    internal static byte[]? Element(SKShaper.Result result, float xOffset, Unichars unichars, Template template)
    {
        var text = new StringBuilder();
        var xs = new StringBuilder();
        var ys = new StringBuilder();
        string? constY = null;
        var constYValue = 0f;
        var hasConstY = true;
        var lastWasSpace = true;
        var placed = 0;
        for (var i = 0; i < result.Codepoints.Length; i++)
        {
            var c = unichars.Of(result.Codepoints[i]);
            var discard = false;
            var space = false;
            switch (c)
            {
                case ' ':
                case '\t':
                    if (lastWasSpace) discard = true;
                    else text.Append((char)c);
                    space = true;
                    break;
                case 0:
                    discard = true;
                    space = lastWasSpace;
                    break;
                case '&': text.Append("&amp;"); break;
                case '"': text.Append("&quot;"); break;
                case '\'': text.Append("&apos;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                default: text.Append(char.ConvertFromUtf32(c)); break;
            }
            lastWasSpace = space;
            if (discard) continue;
            var px = result.Points[i].X + xOffset;
            var py = result.Points[i].Y;
            xs.Append(G8(px)).Append(", ");
            ys.Append(G8(py)).Append(", ");
            if (constY is null) { constY = ys.ToString(); constYValue = py; }
            else hasConstY &= Math.Abs(constYValue - py) <= 1f / (1 << 12);
            placed++;
        }
        if (placed == 0) return null;
        var s = new StringBuilder(template.Prefix.Length + xs.Length + text.Length + 64);
        s.Append(template.Prefix).Append(" x=\"").Append(xs).Append("\" y=\"").Append(hasConstY ? constY : ys.ToString())
            .Append('"').Append(template.BeforeText).Append(text).Append(template.AfterText);
        return Encoding.UTF8.GetBytes(s.ToString());
    }

    /// <summary>C's <c>%.8g</c> of a float, as Skia writes a position.</summary>
    internal static string G8(float value) => ((double)value).ToString("G8", CultureInfo.InvariantCulture);

    /// <summary>The start of a text element (tab, tag, paint and font attributes) and what comes around its characters.</summary>
    internal sealed record Template(string Prefix, string BeforeText, string AfterText);

    private Template Prefix(bool bold, float size, SKColor colour) => _type.SvgTemplate(bold, size, colour);

    /// <summary>Asks Skia once how it writes a text element in this weight, size and colour: one character drawn on a
    /// scratch SVG canvas, cut around its <c>x</c> and <c>y</c> and its character.</summary>
    internal static Template Learn(Typefaces type, bool bold, float size, SKColor colour)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, 100, 100), stream))
        {
            canvas.Clear(SKColors.White);
            type.Draw(canvas, "a", 10, 20, bold, size, colour);
        }
        var svg = Encoding.UTF8.GetString(stream.ToArray());
        var start = svg.LastIndexOf("\n\t<text", StringComparison.Ordinal) + 1;
        var x = svg.IndexOf(" x=\"", start, StringComparison.Ordinal);
        var y = svg.IndexOf(" y=\"", x, StringComparison.Ordinal);
        var yEnd = svg.IndexOf('"', y + 4);
        var a = svg.IndexOf('a', yEnd);
        var end = svg.IndexOf("</text>\n", a, StringComparison.Ordinal) + "</text>\n".Length;
        if (start <= 0 || x < 0 || y < 0 || yEnd < 0 || a < 0 || end < "</text>\n".Length)
            throw new InvalidOperationException("Skia's SVG canvas wrote a text element this writer does not know: " + svg);
        return new Template(svg[start..x], svg[(yEnd + 1)..a], svg[(a + 1)..end]);
    }
}

/// <summary>The character each glyph of a typeface stands for, as Skia maps it back (the lowest code point the font's
/// character map gives the glyph; 0 when none; U+FFFD past the font's glyphs), made once per typeface.</summary>
internal sealed class Unichars
{
    private readonly int[] _map;

    public Unichars(SKTypeface typeface)
    {
        _map = new int[typeface.GlyphCount];
        using var font = new SKFont(typeface);
        const int Chunk = 1 << 16;
        var codepoints = new int[Chunk];
        var glyphs = new ushort[Chunk];
        for (var first = 0; first <= 0x10FFFF; first += Chunk)
        {
            var count = Math.Min(Chunk, 0x110000 - first);
            for (var i = 0; i < count; i++) codepoints[i] = first + i;
            font.GetGlyphs(codepoints.AsSpan(0, count), glyphs.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                var g = glyphs[i];
                if (g != 0 && g < _map.Length && _map[g] == 0) _map[g] = first + i;
            }
        }
    }

    public int Of(uint glyph) => glyph < _map.Length ? _map[glyph] : 0xFFFD;
}
