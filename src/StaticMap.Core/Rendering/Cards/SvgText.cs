using System.Globalization;
using System.Text;
using SkiaSharp;
using StaticMap.Core.Localization;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>
/// Writes a chart SVG's text elements itself (Skia's SVG canvas would write each glyph's position, measured in Atkinson
/// Hyperlegible, which the file does not hold: a viewer without that font set its own glyphs at those positions, "Californi
/// a", "Urban I nstitute"; and it rebuilt the font's glyph-to-character table on every text, docs/performance.md
/// "2026-12-07, render"). Lines, series lines and point markers are written here too, as Skia's SVG canvas writes them
/// (<see cref="Line"/>, <see cref="Path"/>, <see cref="Circle"/>, <see cref="Rect"/>), except that a dashed stroke is one
/// path with <c>stroke-dasharray</c>, not Skia's outline of every dash (docs/performance.md, "2026-12-07 (templates)"); shapes
/// near the canvas's edge are still drawn by Skia into the same stream, in order.
/// </summary>
/// <remarks>
/// A text is one <c>&lt;text&gt;</c> with the paint's and the font's attributes as Skia writes them (learnt by drawing one
/// character on a scratch canvas once per weight, size and colour) but its font-family, which the root <c>&lt;svg&gt;</c>
/// carries once for every text, a list with fallbacks (<see cref="FontFamily"/>, <see cref="RootFontFamily"/>); one
/// <c>x</c> and <c>y</c>, <c>text-anchor</c> from its alignment, and the text itself.
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
    /// measured for a font it lacks ("Californi a"). After Arial and Helvetica (narrower than Atkinson Hyperlegible, within
    /// <see cref="FallbackSlack"/>) come their metric twins on Linux (Liberation Sans, Arimo), then DejaVu Sans Condensed,
    /// whose widths are Atkinson Hyperlegible's within 2% (7% in bold): a Linux machine without Arial's twins would
    /// otherwise set the words in DejaVu Sans, 13% wider (20% in bold), squeezed by <c>textLength</c> (docs/theme.md,
    /// "Chart images"; measured in Chromium on the charts' words, docs/performance.md, "coldsvg").</summary>
    internal const string FontFamily = "'Atkinson Hyperlegible', Arial, Helvetica, 'Liberation Sans', Arimo, 'DejaVu Sans Condensed', sans-serif";

    /// <summary>How much wider than Atkinson Hyperlegible a fallback font may set a text: the layout keeps this much room
    /// beside every text it places (title and source lines wrap this much shorter, a legend entry keeps this much more room).
    /// DejaVu Sans Condensed sets the charts' words up to 5% wider (11% in bold, a few title lines); Arial and Helvetica narrower.</summary>
    internal const float FallbackSlack = 1.08f;

    /// <summary>How much wider the widest common fallback sets a text: DejaVu Sans (a Linux machine with none of the fonts
    /// before it) sets the charts' words up to 17% wider, 24% in bold (measured in Chromium on 440 texts of 9 plans' charts,
    /// 2026-12-07). A text whose room this would overrun carries <c>textLength</c>, its width in Atkinson Hyperlegible, so
    /// such a font is drawn to fit.</summary>
    internal static float WidestFallback(bool bold) => bold ? 1.24f : 1.17f;

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
        var element = Element(text, x, y, align, Prefix(bold, size, colour), measured * WidestFallback(bold) > room ? measured : null);
        if (element is not null) _stream.Write(element);
    }

    /// <summary>A straight line, as Skia's SVG canvas writes a solid one: <c>&lt;path … d="Mx0 y0Lx1 y1"/&gt;</c>, the paint's
    /// attributes learnt from Skia once per paint. A dashed line (<paramref name="dash"/>, the paint's dash pattern) is the
    /// same element with <c>stroke-dasharray</c>: Skia would write every dash as a filled outline, its own path each.</summary>
    public void Line(float x0, float y0, float x1, float y1, SKPaint paint, IReadOnlyList<int>? dash = null)
    {
        if ((paint.PathEffect is not null && !IsDash(dash)) || paint.Style != SKPaintStyle.Stroke
            || !Inside(Math.Min(x0, x1), Math.Min(y0, y1), Math.Max(x0, x1), Math.Max(y0, y1), paint.StrokeWidth + 2))
        {
            _canvas.DrawLine(x0, y0, x1, y1, paint);
            return;
        }
        var template = _type.SvgShape(Kind.Line, paint);
        _stream.Write(Encoding.UTF8.GetBytes(Dashed(template.Prefix, dash) + "M" + G8(x0) + " " + G8(y0) + "L" + G8(x1) + " " + G8(y1) + template.AfterText));
    }

    /// <summary>A polyline (stroked, solid or dashed, <paramref name="dash"/>) or a closed polygon (filled), as Skia's SVG
    /// canvas writes the path of its points: <c>Mx y</c>, <c>Lx y</c> for each next point, and a closed one back to its first
    /// point, then <c>Z</c>; a dashed one with <c>stroke-dasharray</c> (<see cref="Line"/>).</summary>
    public void Path(IReadOnlyList<(float X, float Y)> points, bool close, SKPaint paint, IReadOnlyList<int>? dash = null)
    {
        var solidStroke = !close && paint.Style == SKPaintStyle.Stroke && (paint.PathEffect is null || IsDash(dash));
        var fill = close && paint.Style == SKPaintStyle.Fill && paint.PathEffect is null;
        if (points.Count < 2 || !(solidStroke || fill) || (close && points[^1] == points[0])
            || !Inside(points.Min(p => p.X), points.Min(p => p.Y), points.Max(p => p.X), points.Max(p => p.Y), paint.StrokeWidth + 2))
        {
            using var path = ChartPainter.Polygon(points, close);
            _canvas.DrawPath(path, paint);
            return;
        }
        var template = _type.SvgShape(close ? Kind.Polygon : Kind.Polyline, paint);
        var d = new StringBuilder(Dashed(template.Prefix, close ? null : dash));
        for (var i = 0; i < points.Count; i++) d.Append(i == 0 ? 'M' : 'L').Append(G8(points[i].X)).Append(' ').Append(G8(points[i].Y));
        if (close) d.Append('L').Append(G8(points[0].X)).Append(' ').Append(G8(points[0].Y)).Append('Z');
        d.Append(template.AfterText);
        _stream.Write(Encoding.UTF8.GetBytes(d.ToString()));
    }

    /// <summary>A circle of radius <paramref name="r"/> (a point marker), as Skia's SVG canvas writes one:
    /// <c>&lt;ellipse … cx cy rx ry/&gt;</c> of the square around it, in Skia's float arithmetic.</summary>
    public void Circle(float x, float y, float r, SKPaint paint)
    {
        if (paint.PathEffect is not null || r <= 0 || !Inside(x - r, y - r, x + r, y + r, paint.StrokeWidth + 2))
        {
            _canvas.DrawCircle(x, y, r, paint);
            return;
        }
        float left = x - r, top = y - r, right = x + r, bottom = y + r;
        var template = _type.SvgShape(Kind.Ellipse, paint);
        _stream.Write(Encoding.UTF8.GetBytes(template.Prefix + " cx=\"" + G8(Middle(left, right)) + "\" cy=\"" + G8(Middle(top, bottom))
            + "\" rx=\"" + G8((right - left) / 2) + "\" ry=\"" + G8((bottom - top) / 2) + "\"" + template.AfterText));
    }

    /// <summary>A rectangle (a square point marker, a bar), as Skia's SVG canvas writes one: <c>&lt;rect … x y width height/&gt;</c>.</summary>
    public void Rect(float x, float y, float width, float height, SKPaint paint)
    {
        float right = x + width, bottom = y + height;
        if (paint.PathEffect is not null || width <= 0 || height <= 0 || x == 0 || y == 0 || !Inside(x, y, right, bottom, paint.StrokeWidth + 2))
        {
            _canvas.DrawRect(x, y, width, height, paint);
            return;
        }
        var template = _type.SvgShape(Kind.Rect, paint);
        _stream.Write(Encoding.UTF8.GetBytes(template.Prefix + " x=\"" + G8(x) + "\" y=\"" + G8(y)
            + "\" width=\"" + G8(right - x) + "\" height=\"" + G8(bottom - y) + "\"" + template.AfterText));
    }

    /// <summary>Skia's centre of a span (<c>SkRect::centerX</c>): the midpoint in double, rounded to float.</summary>
    private static float Middle(float a, float b) => (float)(((double)a + b) * 0.5);

    private static bool IsDash(IReadOnlyList<int>? dash) => dash is { Count: > 0 } && dash.All(d => d >= 0) && dash.Any(d => d > 0);

    /// <summary>A solid stroke's element start (ending in <c> d="</c>) with <c>stroke-dasharray</c> before the path.</summary>
    private static string Dashed(string prefix, IReadOnlyList<int>? dash) =>
        !IsDash(dash) ? prefix
            : prefix[..^4] + " stroke-dasharray=\"" + string.Join(' ', dash!.Select(d => d.ToString(CultureInfo.InvariantCulture))) + "\"" + prefix[^4..];

    internal enum Kind { Line, Polyline, Polygon, Ellipse, Rect }

    /// <summary>Asks Skia once how it writes a shape in this paint: drawn on a scratch SVG canvas, cut around its <c>d</c>
    /// (a path) or its geometry's attributes (an ellipse, a rectangle).</summary>
    internal static Template LearnShape(Kind kind, SKPaint paint)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, 100, 100), stream))
        {
            canvas.Clear(SKColors.White);
            switch (kind)
            {
                case Kind.Line: canvas.DrawLine(1, 2, 3, 4, paint); break;
                case Kind.Ellipse: canvas.DrawCircle(10, 20, 3, paint); break;
                case Kind.Rect: canvas.DrawRect(1, 2, 3, 4, paint); break;
                default:
                    using (var path = ChartPainter.Polygon([(1, 2), (3, 4), (5, 6)], kind == Kind.Polygon)) canvas.DrawPath(path, paint);
                    break;
            }
        }
        var svg = Encoding.UTF8.GetString(stream.ToArray());
        var (tag, before, expected) = kind switch
        {
            Kind.Line => ("path", " d=\"", "M1 2L3 4\""),
            Kind.Polyline => ("path", " d=\"", "M1 2L3 4L5 6\""),
            Kind.Polygon => ("path", " d=\"", "M1 2L3 4L5 6L1 2Z\""),
            Kind.Ellipse => ("ellipse", "", " cx=\"10\" cy=\"20\" rx=\"3\" ry=\"3\""),
            _ => ("rect", "", " x=\"1\" y=\"2\" width=\"3\" height=\"4\""),
        };
        var start = svg.LastIndexOf("\n\t<" + tag + " ", StringComparison.Ordinal) + 1;
        var at = start <= 0 ? -1 : svg.IndexOf(before + expected, start, StringComparison.Ordinal);
        var newline = at < 0 ? -1 : svg.IndexOf('\n', at);
        if (start <= 0 || at < 0 || newline < 0 || svg.IndexOf('\n', start) != newline || svg.IndexOf("<" + tag, newline, StringComparison.Ordinal) >= 0)
            throw new InvalidOperationException("Skia's SVG canvas wrote a shape this writer does not know: " + svg.ReplaceLineEndings(" "));
        var geometry = at + before.Length;
        // A path's template ends in ' d="' and its after-text starts with the closing quote; an ellipse's or a rectangle's
        // template ends before its geometry's attributes, which the writer writes with their quotes.
        return kind is Kind.Ellipse or Kind.Rect
            ? new Template(svg[start..geometry], "", svg[(geometry + expected.Length)..(newline + 1)])
            : new Template(svg[start..geometry], "", svg[(geometry + expected.Length - 1)..(newline + 1)]);
    }

    /// <summary>The element: the template's paint and font attributes (the font-family is the root's, <see cref="RootFontFamily"/>),
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

    /// <summary>
    /// The SVG Skia's canvas wrote into <paramref name="svg"/>, with <c>font-family</c> (<see cref="FontFamily"/>) on its root
    /// <c>&lt;svg&gt;</c>: inherited by every <c>&lt;text&gt;</c>, so it is written once, not on each text (it was 22% of a
    /// chart SVG's bytes; docs/performance.md, "coldsvg").
    /// </summary>
    internal static byte[] RootFontFamily(MemoryStream svg)
    {
        var written = svg.GetBuffer().AsSpan(0, (int)svg.Length);
        var root = written.IndexOf("<svg "u8);
        var close = root < 0 ? -1 : written[root..].IndexOf((byte)'>');
        if (close < 0 || written[root + close - 1] == '/')
            throw new InvalidOperationException("Skia's SVG canvas wrote no root element this writer knows: " + Encoding.UTF8.GetString(written[..Math.Min(written.Length, 300)]));
        var at = root + close;
        var result = new byte[written.Length + RootFont.Length];
        written[..at].CopyTo(result);
        RootFont.CopyTo(result.AsSpan(at));
        written[at..].CopyTo(result.AsSpan(at + RootFont.Length));
        return result;
    }

    private static readonly byte[] RootFont = Encoding.UTF8.GetBytes(" font-family=\"" + FontFamily + "\"");

    /// <summary>C's <c>%.8g</c> of a float, as Skia writes a position.</summary>
    internal static string G8(float value) => ((double)value).ToString("G8", CultureInfo.InvariantCulture);

    /// <summary>The start of a text element (tab, tag, paint and font attributes) and what comes around its characters.</summary>
    internal sealed record Template(string Prefix, string BeforeText, string AfterText);

    private Template Prefix(bool bold, float size, SKColor colour) => _type.SvgTemplate(bold, size, colour);

    /// <summary>Asks Skia once how it writes a text element in this weight, size and colour: one character drawn on a
    /// scratch SVG canvas, cut around its <c>x</c> and <c>y</c> and its character, its font-family left out (the root's,
    /// <see cref="RootFontFamily"/>).</summary>
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
        // The font-family list is the root's (RootFontFamily), inherited by every text: not written on each.
        prefix = prefix[..family] + prefix[(familyEnd + 1)..];
        return new Template(prefix, svg[(yEnd + 1)..a], svg[(a + 1)..end]);
    }
}
