using System.Globalization;
using System.Text;
using SkiaSharp;
using StaticMap.Core.Localization;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>
/// Writes a chart SVG's text elements itself (Skia's SVG canvas would write each glyph's position, measured in Atkinson
/// Hyperlegible, which the file does not hold: a viewer without that font set its own glyphs at those positions, "Californi
/// a", "Urban I nstitute"; and it rebuilt the font's glyph-to-character table on every text, docs/performance.md
/// "2026-12-07, render"). Solid lines, series lines and filled point markers are written here too, as Skia's SVG canvas
/// writes them (<see cref="Line"/>, <see cref="Path"/>); the rest (dashed strokes, circles, squares, shapes near the edge)
/// is still drawn by Skia into the same stream, in order.
/// </summary>
/// <remarks>
/// A text is one <c>&lt;text&gt;</c> with the paint's and the font's attributes as Skia writes them (learnt by drawing one
/// character on a scratch canvas once per weight, size and colour), its font-family a list with fallbacks
/// (<see cref="FontFamily"/>), one <c>x</c> and <c>y</c>, <c>text-anchor</c> from its alignment, and the text itself.
/// The chart's layout keeps <see cref="FallbackSlack"/> of room beside its words for a wider fallback font (docs/theme.md,
/// "Chart images"). Tests: tests/StaticMap.Tests/Rendering/ChartSvgTextTests.cs.
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

    /// <summary>The typefaces a text asks for, the chart's own first: a viewer without Atkinson Hyperlegible (a design tool, a
    /// newsletter tool, a browser on another machine) lays the words in the next one it has, never in glyph positions
    /// measured for a font it lacks ("Californi a").</summary>
    internal const string FontFamily = "'Atkinson Hyperlegible', Arial, Helvetica, sans-serif";

    /// <summary>How much wider than Atkinson Hyperlegible a fallback font may set a text: the layout keeps this much room
    /// beside every text it places (title and source lines wrap this much shorter, a legend entry keeps this much more room).
    /// DejaVu Sans, the widest common fallback, sets the charts' words up to 6% wider; Arial and Helvetica narrower.</summary>
    internal const float FallbackSlack = 1.08f;

    /// <summary>How much wider the widest common fallback sets a text: DejaVu Sans (a Linux machine without Arial or
    /// Helvetica) sets the charts' words up to 15% wider, 21% in bold (measured in Chromium, 2026-12-07). A text whose room
    /// this would overrun carries <c>textLength</c>, its width in Atkinson Hyperlegible, so such a font is drawn to fit.</summary>
    internal const float WidestFallback = 1.21f;

    /// <summary>One <c>&lt;text&gt;</c> at one anchor (<c>x</c>, <c>y</c>) with <c>text-anchor</c> from
    /// <paramref name="align"/>, the text as written (spaces collapsed, XML's characters escaped): whatever font the viewer
    /// has, the words keep their letters together and their alignment. A text wholly off the canvas is left out, as Skia
    /// leaves it out.</summary>
    /// <param name="room">How wide the text may run before it meets another or the canvas's edge: a text the widest
    /// fallback font would set wider than this gets <c>textLength</c> (<see cref="WidestFallback"/>).</param>
    public void Draw(string text, float x, float y, bool bold, float size, SKColor colour, SKTextAlign align = SKTextAlign.Left,
        float room = float.PositiveInfinity)
    {
        if (string.IsNullOrEmpty(text)) return;
        var measured = _type.Width(text, bold, size);
        var width = measured * FallbackSlack;
        var left = align switch { SKTextAlign.Center => x - width / 2, SKTextAlign.Right => x - width, _ => x };
        if (left > _bounds.Right || left + width < _bounds.Left || y - size > _bounds.Bottom || y + size < _bounds.Top) return;
        var element = Element(text, x, y, align, Prefix(bold, size, colour), measured * WidestFallback > room ? measured : null);
        if (element is not null) _stream.Write(element);
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

    /// <summary>The element: the template's paint and font attributes, the font-family list (<see cref="FontFamily"/>),
    /// one <c>x</c> and <c>y</c>, <c>text-anchor</c> for centred and right-aligned text, <c>textLength</c> when given, and the characters (runs of spaces,
    /// tabs and line breaks written as one space, none leading or trailing; control characters XML cannot hold left out;
    /// &amp; " ' &lt; &gt; escaped). Null when nothing is left to write.</summary>
    internal static byte[]? Element(string text, float x, float y, SKTextAlign align, Template template, float? textLength = null)
    {
        var words = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r') { pendingSpace = words.Length > 0; continue; }
            if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF') continue;
            if (pendingSpace) { words.Append(' '); pendingSpace = false; }
            words.Append(c);
        }
        if (words.Length == 0) return null;
        // The five characters escaped as the pages escape them, the apostrophe as XML's &apos; (an escaped text holds no
        // other "&#39;": a typed one is "&amp;#39;").
        var chars = HtmlText.Escape(words.ToString()).Replace("&#39;", "&apos;", StringComparison.Ordinal);
        var anchor = align switch { SKTextAlign.Center => " text-anchor=\"middle\"", SKTextAlign.Right => " text-anchor=\"end\"", _ => "" };
        if (textLength is { } length) anchor += " textLength=\"" + G8(length) + "\" lengthAdjust=\"spacingAndGlyphs\"";
        var s = new StringBuilder(template.Prefix.Length + chars.Length + 64);
        s.Append(template.Prefix).Append(" x=\"").Append(G8(x)).Append("\" y=\"").Append(G8(y)).Append('"').Append(anchor)
            .Append(template.BeforeText).Append(chars).Append(template.AfterText);
        return Encoding.UTF8.GetBytes(s.ToString());
    }

    /// <summary>C's <c>%.8g</c> of a float, as Skia writes a position.</summary>
    internal static string G8(float value) => ((double)value).ToString("G8", CultureInfo.InvariantCulture);

    /// <summary>The start of a text element (tab, tag, paint and font attributes) and what comes around its characters.</summary>
    internal sealed record Template(string Prefix, string BeforeText, string AfterText);

    private Template Prefix(bool bold, float size, SKColor colour) => _type.SvgTemplate(bold, size, colour);

    /// <summary>Asks Skia once how it writes a text element in this weight, size and colour: one character drawn on a
    /// scratch SVG canvas, cut around its <c>x</c> and <c>y</c> and its character, its font-family made the list with
    /// fallbacks (<see cref="FontFamily"/>).</summary>
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
        var prefix = svg[start..x];
        var family = prefix.IndexOf(" font-family=\"", StringComparison.Ordinal);
        if (family < 0) throw new InvalidOperationException("Skia's SVG canvas wrote a text element without a font-family: " + svg);
        var familyEnd = prefix.IndexOf('"', family + " font-family=\"".Length);
        prefix = prefix[..family] + " font-family=\"" + FontFamily + prefix[familyEnd..];
        return new Template(prefix, svg[(yEnd + 1)..a], svg[(a + 1)..end]);
    }
}
