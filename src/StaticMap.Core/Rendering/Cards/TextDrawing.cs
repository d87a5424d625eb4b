using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>The two typefaces of a <see cref="CardStyle"/>, with their HarfBuzz shapers, for one drawing; text is shaped
/// (kerning, ligatures, combining accents) as a browser would, never drawn glyph by glyph.</summary>
internal sealed class Typefaces : IDisposable
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Typefaces>> Loaded = new(StringComparer.Ordinal);

    /// <summary>The style's typefaces, loaded once per process and shared: a typeface and a HarfBuzz font are read-only once
    /// made, and every shaping has its own buffer, so drawings on several threads share them.</summary>
    public static Typefaces For(CardStyle style) =>
        Loaded.GetOrAdd(style.FontFingerprint, _ => new Lazy<Typefaces>(() => new Typefaces(style))).Value;

    private Typefaces(CardStyle style)
    {
        Regular = SKTypeface.FromData(SKData.CreateCopy(style.RegularFont)) ?? throw new InvalidOperationException("the card's regular font cannot be read");
        Bold = SKTypeface.FromData(SKData.CreateCopy(style.BoldFont)) ?? throw new InvalidOperationException("the card's bold font cannot be read");
        _regularShaper = new SKShaper(Regular);
        _boldShaper = new SKShaper(Bold);
    }

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    private readonly SKShaper _regularShaper;
    private readonly SKShaper _boldShaper;

    public SKFont Font(bool bold, float size) => new(bold ? Bold : Regular, size) { Subpixel = true, Edging = SKFontEdging.SubpixelAntialias };

    /// <summary>Shaped advances, by text, weight and size: a chart's PNG and SVG, and every candidate line of a wrap, measure
    /// the same strings; shaping each once is most of the text's cost. Bounded, like the image memo.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, bool Bold, float Size), float> _widths = new();

    /// <summary>How many widths are kept: ConcurrentDictionary.Count takes every lock of the table and counts, which as the
    /// bound's check on every new width was a tenth of a cold build's CPU (docs/performance.md, "2026-12-07, render").</summary>
    private int _widthCount;

    /// <summary>The advance of <paramref name="text"/> as shaped.</summary>
    public float Width(string text, bool bold, float size)
    {
        if (_widths.TryGetValue((text, bold, size), out var known)) return known;
        using var font = Font(bold, size);
        var width = (bold ? _boldShaper : _regularShaper).Shape(text, font).Width;
        if (Interlocked.Increment(ref _widthCount) > 100_000)
        {
            _widths.Clear();
            Interlocked.Exchange(ref _widthCount, 0);
        }
        _widths[(text, bold, size)] = width;
        return width;
    }

    public SKShaper Shaper(bool bold) => bold ? _boldShaper : _regularShaper;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(bool Bold, float Size, SKColor Colour), SvgText.Template> _svgTemplates = new();

    /// <summary>How Skia writes a text element in this weight, size and colour (<see cref="SvgText.Learn"/>), once each.</summary>
    public SvgText.Template SvgTemplate(bool bold, float size, SKColor colour) =>
        _svgTemplates.GetOrAdd((bold, size, colour), k => SvgText.Learn(this, k.Bold, k.Size, k.Colour));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(SvgText.Kind Kind, SKColor Colour, float Width, SKPaintStyle Style, bool Antialias, SKStrokeCap Cap, SKStrokeJoin Join, float Miter), SvgText.Template> _svgShapes = new();

    /// <summary>How Skia writes a shape in this paint (<see cref="SvgText.LearnShape"/>), once each.</summary>
    public SvgText.Template SvgShape(SvgText.Kind kind, SKPaint paint) =>
        _svgShapes.GetOrAdd((kind, paint.Color, paint.StrokeWidth, paint.Style, paint.IsAntialias, paint.StrokeCap, paint.StrokeJoin, paint.StrokeMiter), k =>
        {
            using var copy = new SKPaint { Color = k.Colour, StrokeWidth = k.Width, Style = k.Style, IsAntialias = k.Antialias, StrokeCap = k.Cap, StrokeJoin = k.Join, StrokeMiter = k.Miter };
            return SvgText.LearnShape(k.Kind, copy);
        });

    public void Draw(SKCanvas canvas, string text, float x, float y, bool bold, float size, SKColor colour, SKTextAlign align = SKTextAlign.Left)
    {
        using var font = Font(bold, size);
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawShapedText(bold ? _boldShaper : _regularShaper, text, x, y, align, font, paint);
    }

    /// <summary>Words wrapped to <paramref name="width"/>, at most <paramref name="maxLines"/> lines; a cut last line ends in "…".</summary>
    public IReadOnlyList<string> Wrap(string text, float width, bool bold, float size, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var candidate = line.Length == 0 ? words[i] : line + " " + words[i];
            if (line.Length > 0 && Width(candidate, bold, size) > width)
            {
                lines.Add(line);
                line = words[i];
                if (lines.Count == maxLines)
                {
                    var last = lines[^1];
                    while (last.Length > 1 && Width(last + " …", bold, size) > width) last = last.LastIndexOf(' ') is var s and > 0 ? last[..s] : last[..^1];
                    lines[^1] = last.TrimEnd(',', ';', ':') + " …";
                    return lines;
                }
            }
            else line = candidate;
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    public void Dispose()
    {
        _regularShaper.Dispose();
        _boldShaper.Dispose();
        Regular.Dispose();
        Bold.Dispose();
    }
}
