using SkiaSharp;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>The headline figure of a card: "84.0%", what it is, and where and when it was measured.</summary>
/// <param name="Value">As the page writes it (<see cref="Charts.ChartFormat"/>, the page's culture).</param>
/// <param name="Label">The metric's name as the page titles it.</param>
/// <param name="Where">"Alameda County, 2023": its place and data year.</param>
/// <param name="Credit">"Data: Urban Institute, Mobility Metrics" for Urban's data; null for a plan's own.</param>
public sealed record CardFigure(string Value, string Label, string Where, string? Credit);

/// <summary>
/// Every word of one share card (1200×630 PNG), in the card's language: the site, the place, the plan's title, its date line
/// and a headline figure. A site-wide card (home, search, site pages) has the site's title and a line about its plans.
/// </summary>
public sealed record ShareCard(string Language, string Site, string? Kicker, string Title, string? DateLine, CardFigure? Figure)
{
    public const int Width = 1200;
    public const int Height = 630;

    /// <summary>The image's text alternative (og:image:alt, twitter:image:alt): every word on it, in its reading order.</summary>
    public string Alt => string.Join(" ", new[] { Kicker, Title, DateLine, Figure is null ? null : $"{Figure.Label}: {Figure.Value} ({Figure.Where})", Figure?.Credit }
        .Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Sentence(s!)));

    private static string Sentence(string s) => s.Trim() is var t && (t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?')) ? t : t + ".";

    /// <summary>The cache key: the card's words and the style's fingerprint (colours, sizes, fonts) with the layout's version.</summary>
    public string Key(CardStyle style) => CardStyle.Hash(string.Join('\u001f', LayoutVersion, Language, Site, Kicker, Title, DateLine,
        Figure?.Value, Figure?.Label, Figure?.Where, Figure?.Credit, style.Fingerprint));

    /// <summary>Bumped whenever <see cref="CardPainter"/> draws or encodes differently, so that no card drawn before is reused
    /// (card-3: zlib level 3, the same pixels in other bytes; card-4: a figure too wide for its column is drawn smaller).</summary>
    private const string LayoutVersion = "card-4";
}

/// <summary>Draws share cards with SkiaSharp and HarfBuzz, in-process; a card whose words and style are unchanged is not
/// drawn again in the same process (the preview's rebuilds, the parts of one build), nor across builds when a folder cache is given.</summary>
public static class CardPainter
{
    private static readonly ImageMemo Drawn = new();
    private static int _draws;

    /// <summary>How many cards were drawn (not taken from the cache) since the process started, for tests.</summary>
    public static int Draws => Volatile.Read(ref _draws);

    /// <summary>Where cards drawn by earlier builds are kept (<c>$STATICMAP_CACHE/images</c>); null keeps them in memory only (build --no-cache, serve).</summary>
    public static IImageCache? Cache { get; set; }

    public static byte[] Png(ShareCard card, CardStyle style)
    {
        var key = card.Key(style);
        return Drawn.Get(key, k =>
        {
            if (Cache?.Get(k + ".png") is { } cached) return cached;
            var png = Draw(card, style);
            Cache?.Put(k + ".png", png);
            return png;
        });
    }

    /// <summary>
    /// A card is opaque (its background fills it), so it is drawn on an opaque RGB surface and encoded as an RGB PNG: no
    /// alpha to blend or to deflate. The same pixels as on an RGBA surface, 2.4 times less CPU (24 ms a card to 10) for 3.5%
    /// more bytes (docs/performance.md, "Share cards").
    /// </summary>
    private static byte[] Draw(ShareCard card, CardStyle style)
    {
        Interlocked.Increment(ref _draws);
        using var surface = SKSurface.Create(new SKImageInfo(ShareCard.Width, ShareCard.Height, SKColorType.Rgb888x, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException("SkiaSharp could not make a 1200×630 surface");
        var canvas = surface.Canvas;
        var type = Typefaces.For(style);
        var m = style.Margin;
        var width = ShareCard.Width - 2 * m;
        canvas.Clear(SKColor.Parse(style.Background));
        using (var band = new SKPaint { Color = SKColor.Parse(style.Band) })
            canvas.DrawRect(0, 0, ShareCard.Width, style.BandHeight, band);
        var siteLine = type.Wrap(card.Site, width, true, style.TextSize, 1)[0];
        type.Draw(canvas, siteLine, m, style.BandHeight / 2 + style.TextSize * 0.36f, true, style.TextSize, SKColor.Parse(style.BandText));

        var y = style.BandHeight + m * 0.6f;
        if (!string.IsNullOrWhiteSpace(card.Kicker))
        {
            y += style.TextSize;
            type.Draw(canvas, type.Wrap(card.Kicker, width, false, style.TextSize, 1)[0], m, y, false, style.TextSize, SKColor.Parse(style.Muted));
            y += style.TextSize * 0.5f;
        }
        var titleLines = type.Wrap(card.Title, width, true, style.TitleSize, card.Figure is null ? 3 : 2);
        foreach (var line in titleLines)
        {
            y += style.TitleSize * 1.12f;
            type.Draw(canvas, line, m, y, true, style.TitleSize, SKColor.Parse(style.Text));
        }
        if (!string.IsNullOrWhiteSpace(card.DateLine))
        {
            // A site card's line lists its plans' places: it may take several lines where a plan's date line takes one.
            y += style.TextSize * 0.3f;
            foreach (var line in type.Wrap(card.DateLine, width, false, style.TextSize, card.Figure is null ? 4 : 2))
            {
                y += style.TextSize * 1.3f;
                type.Draw(canvas, line, m, y, false, style.TextSize, SKColor.Parse(style.Muted));
            }
        }
        y += style.TextSize * 0.9f;
        using (var rule = new SKPaint { Color = SKColor.Parse(style.Accent), IsAntialias = true })
            canvas.DrawRect(m, y, 96, 6, rule);

        if (card.Figure is { } figure)
        {
            var creditSize = style.TextSize * 0.75f;
            var bottom = ShareCard.Height - m * 0.6f - (figure.Credit is null ? 0 : creditSize * 2.4f);
            // The figure keeps to its column: a long one ("81 per 100 households") is drawn smaller, never over its label
            // (review9, 2026-12-07: Columbia's card wrote the figure across "Affordable and available housing…").
            var (figureSize, figureWidth) = FigureFit(type.Width(figure.Value, true, style.FigureSize), width * FigureShare, style.FigureSize);
            type.Draw(canvas, figure.Value, m, bottom, true, figureSize, SKColor.Parse(style.Accent));
            var labelX = m + figureWidth + 36;
            var labelWidth = ShareCard.Width - m - labelX;
            var label = type.Wrap(figure.Label, labelWidth, true, style.TextSize, 2);
            var where = type.Wrap(figure.Where, labelWidth, false, style.TextSize, 1);
            var ly = bottom - (label.Count + where.Count - 1) * style.TextSize * 1.2f;
            foreach (var line in label)
            {
                type.Draw(canvas, line, labelX, ly, true, style.TextSize, SKColor.Parse(style.Text));
                ly += style.TextSize * 1.2f;
            }
            foreach (var line in where)
            {
                type.Draw(canvas, line, labelX, ly, false, style.TextSize, SKColor.Parse(style.Muted));
                ly += style.TextSize * 1.2f;
            }
            if (figure.Credit is not null)
                type.Draw(canvas, type.Wrap(figure.Credit, width, false, creditSize, 1)[0], m, ShareCard.Height - m * 0.6f, false, creditSize, SKColor.Parse(style.Muted));
        }
        return ImageMemo.EncodePng(surface);
    }

    /// <summary>The share of the card's width the headline figure may take; its label and place take the rest.</summary>
    public const float FigureShare = 0.55f;

    /// <summary>The figure's font size and width: its own size when it fits in <paramref name="column"/>, else the size that
    /// makes it as wide as the column (text width grows in proportion to the size).</summary>
    public static (float Size, float Width) FigureFit(float naturalWidth, float column, float size) =>
        naturalWidth <= column ? (size, naturalWidth) : (size * column / naturalWidth, column);
}

/// <summary>A cache of drawn images by content key, outside the output folder (Writing's <c>ImageCacheFolder</c>).</summary>
public interface IImageCache
{
    byte[]? Get(string name);
    void Put(string name, byte[] content);
}
