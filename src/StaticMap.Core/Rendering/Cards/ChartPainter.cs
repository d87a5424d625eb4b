using System.Text.Json;
using SkiaSharp;
using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Core.Rendering.Cards;

/// <summary>The words drawn around a chart image: its source line and the data credit, in the chart's language.</summary>
public sealed record ChartImageText(string Source, string? Credit);

/// <summary>
/// Draws a chart as an SVG, from the <see cref="ChartSpec"/> the page draws with Chart.js: the same series with their
/// colours, dash patterns and point shapes, the same labels and number format, the target line, and the title, source line
/// and credit drawn into the image. SVG text stays text, so a screen reader or a search finds the title in it. (The chart's
/// PNG is made in the reader's browser from the chart drawn, js/chart-download.js; docs/performance.md, "Chart PNGs in the
/// reader's browser".)
/// </summary>
public static class ChartPainter
{
    public const float Width = 800;
    private const float Pad = 24, PlotHeight = 340, TitleSize = 20, TextSize = 14;

    private static readonly ImageMemo Drawn = new();

    /// <summary>How wide a line of words may be measured in Atkinson Hyperlegible so it still fits in <paramref name="room"/>
    /// when a viewer without that font sets it in a wider one (<see cref="SvgText.FallbackSlack"/>).</summary>
    private static float Fits(float room) => room / SvgText.FallbackSlack;

    public static byte[] Svg(ChartSpec chart, ChartImageText text, CardStyle style) => Svgs([(chart, text)], style)[0];

    /// <summary>
    /// The SVGs of a plan's charts in one language, in order: each drawn once in this process (<see cref="ImageMemo"/>), and
    /// the whole set kept in the image cache as one file (<see cref="SvgPack"/>), taken from it when every chart is the same.
    /// </summary>
    public static byte[][] Svgs(IReadOnlyList<(ChartSpec Chart, ChartImageText Text)> charts, CardStyle style) =>
        Svgs(charts, style, CardPainter.Cache);

    /// <param name="cache">The image cache (<see cref="CardPainter.Cache"/>); null draws every chart not drawn in this process.</param>
    internal static byte[][] Svgs(IReadOnlyList<(ChartSpec Chart, ChartImageText Text)> charts, CardStyle style, IImageCache? cache)
    {
        // The pack holds the charts in the order of their keys: the order a part lists its charts in is not the same from
        // one process to the next.
        var order = charts.Select((c, i) => (Key: Key(c.Chart, c.Text, style), Index: i)).OrderBy(c => c.Key, StringComparer.Ordinal).ToArray();
        var keys = order.Select(o => o.Key).ToArray();
        var name = cache is null || keys.Length == 0 ? null : SvgPack.Name(keys);
        var kept = name is not null && cache!.Get(name) is { } pack ? SvgPack.Read(pack, keys) : null;
        var sorted = kept ?? new byte[keys.Length][];
        var svgs = new byte[keys.Length][];
        for (var i = 0; i < order.Length; i++)
        {
            var (chart, text) = charts[order[i].Index];
            svgs[order[i].Index] = sorted[i] ??= Drawn.Get(keys[i], _ => Draw(chart, text, style));
        }
        if (name is not null && kept is null) cache!.Put(name, SvgPack.Write(keys, sorted));
        return svgs;
    }

    /// <summary>The image's key: everything it is drawn from. The chart's JSON holds its options only (the points are its
    /// table's), so the series' points are part of the key themselves.</summary>
    private static string Key(ChartSpec chart, ChartImageText text, CardStyle style) =>
        CardStyle.Hash(string.Join('\u001f', "chart-11", "svg", chart.Caption, chart.Config.Value, text.Source, text.Credit,
            string.Join('\u001e', chart.Series.Select(s => s.Label)), Points(chart), style.Fingerprint));

    private static string Points(ChartSpec chart)
    {
        var points = new System.Text.StringBuilder();
        foreach (var series in chart.Series)
        {
            points.Append('\u001e');
            foreach (var p in series.Points)
                points.Append(p.Year).Append(':').Append(p.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture))
                    .Append(':').Append((int)p.Quality).Append(';');
        }
        return points.Append('\u001e').AppendJoin(',', chart.GapYears).ToString();
    }

    private static byte[] Draw(ChartSpec chart, ChartImageText text, CardStyle style)
    {
        var layout = Lay(chart, text, style);
        using var stream = new MemoryStream();
        var bounds = new SKRect(0, 0, Width, (float)Math.Ceiling(layout.Height));
        using (var canvas = SKSvgCanvas.Create(bounds, stream))
            Draw(canvas, new SvgText(stream, canvas, layout.Type, bounds), chart, text, style, layout);
        return SvgText.RootFontFamily(stream);
    }

    /// <param name="ZeroBased">The chart's JSON says its value axis starts at zero (yAxis.min: 0, a measure that cannot be
    /// negative), as js/charts.js draws it on the page: the image's axis does too, so it does not stretch a gap the page shows.</param>
    /// <param name="WeakLabel">The legend's note on hollow points (estimates Urban rates weak), when the chart draws one.</param>
    private sealed record Config(string Kind, double? Target, string? TargetLabel, bool ZeroBased = false, string? WeakLabel = null);

    /// <summary>The legend entry of the hollow points: a hollow circle in the text's colour, with no line.</summary>
    private static readonly SeriesStyle WeakNote = new("#1b1b1b", "circle", []);

    /// <summary>The legend entry of the hollow bars: a hollow bar in the text's colour.</summary>
    private static readonly SeriesStyle WeakBarNote = new("#1b1b1b", "rect", []);

    private static Config Read(ChartSpec chart)
    {
        using var json = JsonDocument.Parse(chart.Config.Value);
        string? Str(string name) => json.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is var p
            && p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
        double? Num(string name) => json.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is var p
            && p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : null;
        var zero = json.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.Equals("yAxis", StringComparison.OrdinalIgnoreCase)) is var y
            && y.Value.ValueKind == JsonValueKind.Object && y.Value.TryGetProperty("min", out var min) && min.ValueKind == JsonValueKind.Number && min.GetDouble() == 0;
        return new Config(Str("kind") ?? "line", Num("target"), Str("targetLabel"), zero, Str("weakLabel"));
    }

    /// <summary>The legend's entries: every series, and the target line when the chart has one; a bar chart's bars are named
    /// on its axis, so its legend has only the note on hollow bars, as on the page.</summary>
    private static List<(string Label, SeriesStyle Style, bool Line)> Legend(ChartSpec chart, Config config, IReadOnlySet<int> years)
    {
        // An indicator chart keeps its target as a series too (for its table); the legend names it once, as the target line
        // with its value ("Target for 2027: $1 million"), as on the page, never also as a bare "Target". A series drawn as
        // markers only (no two of its values in neighbouring years: 2018 and 2021 of an annual metric) has a marker without
        // a line in the legend, as the plot draws it and as charts.js does (pointsOnly).
        var legend = config.Kind == "bar" ? []
            : chart.Series.Where(s => config.Target is null || s.Style != ChartPalette.Target)
                .Select(s => (s.Label, s.Style, Runs(chart, s, years).Any(r => r.Count > 1))).ToList();
        if (config.Target is not null) legend.Add((config.TargetLabel ?? "", ChartPalette.Target, true));
        // As on the page: a chart with a weak estimate says what its hollow points (or bars) are.
        if (config.WeakLabel is { } weak) legend.Add((weak, config.Kind == "bar" ? WeakBarNote : WeakNote, false));
        return legend;
    }

    /// <summary>The runs of a series' points that the plot joins with a line: broken at a year without a value (the series'
    /// own "not available", a year it has no point of the chart's years, or a gap of the chart's data), as on the page.</summary>
    /// <param name="years">The chart's years (<see cref="Years"/>).</param>
    private static List<List<ChartPoint>> Runs(ChartSpec chart, ChartSeries series, IReadOnlySet<int> years)
    {
        var points = series.Points.Where(p => p.Value is not null).OrderBy(p => p.Year).ToList();
        var missing = years.Except(points.Select(p => p.Year)).Concat(chart.GapYears).ToHashSet();
        var runs = new List<List<ChartPoint>>();
        foreach (var p in points)
        {
            if (runs.Count > 0 && !missing.Any(m => m > runs[^1][^1].Year && m < p.Year)) runs[^1].Add(p);
            else runs.Add([p]);
        }
        return runs;
    }

    /// <summary>Every year of the chart: its series' points' and its data's gaps'.</summary>
    private static HashSet<int> Years(ChartSpec chart) => [.. chart.Series.SelectMany(s => s.Points.Select(p => p.Year)).Concat(chart.GapYears)];

    /// <summary>What the image's height and its drawing both need, worked out once: the chart's JSON read, the title and
    /// the source line wrapped, the legend laid out in rows (docs/performance.md, "sixth session, coldout").</summary>
    private sealed record Layout(Typefaces Type, Config Config, IReadOnlyList<string> Title,
        List<List<(string Label, SeriesStyle Style, bool Line, float Width)>> Legend, IReadOnlyList<string> Source, float Height, IReadOnlySet<int> Years);

    private static Layout Lay(ChartSpec chart, ChartImageText text, CardStyle style)
    {
        var type = Typefaces.For(style);
        var config = Read(chart);
        var inner = Width - 2 * Pad;
        var title = type.Wrap(chart.Caption, Fits(inner), true, TitleSize, 3);
        var bars = config.Kind == "bar" ? chart.Series.Count(s => s.Points.Any(p => p.Value is not null)) : 0;
        var plot = bars > 0 ? bars * 34 + 30 : PlotHeight;
        var years = Years(chart);
        var legend = LegendRows(type, Legend(chart, config, years), inner);
        var source = type.Wrap(text.Source, Fits(inner), false, TextSize - 1, 2);
        var notes = source.Count + (text.Credit is null ? 0 : 1);
        var height = Pad + title.Count * TitleSize * 1.25f + 12 + plot + (config.Kind == "bar" ? 0 : 28) + legend.Count * 24 + 12 + notes * 19 + Pad;
        return new Layout(type, config, title, legend, source, height, years);
    }

    private static List<List<(string Label, SeriesStyle Style, bool Line, float Width)>> LegendRows(Typefaces type, List<(string Label, SeriesStyle Style, bool Line)> legend, float width)
    {
        var rows = new List<List<(string, SeriesStyle, bool, float)>> { new() };
        float x = 0;
        foreach (var (label, style, line) in legend)
        {
            var w = 40 + type.Width(label, false, TextSize) * SvgText.FallbackSlack + 20;
            if (x + w > width && rows[^1].Count > 0) { rows.Add([]); x = 0; }
            rows[^1].Add((label, style, line, w));
            x += w;
        }
        return rows;
    }

    /// <param name="words">Writes the text (<see cref="SvgText"/>): one anchor per text, a font-family list with fallbacks;
    /// every width the layout gives words keeps room for a wider fallback font (<see cref="Fits"/>).</param>
    private static void Draw(SKCanvas canvas, SvgText words, ChartSpec chart, ChartImageText text, CardStyle style, Layout layout)
    {
        var type = layout.Type;
        var config = layout.Config;
        var ink = SKColor.Parse(style.Text);
        var paper = SKColor.Parse(style.Background);
        var muted = SKColor.Parse(style.Muted);
        canvas.Clear(SKColor.Parse(style.Background));
        var inner = Width - 2 * Pad;
        var y = Pad;
        foreach (var line in layout.Title)
        {
            y += TitleSize * 1.25f;
            words.Draw(line, Pad, y - 5, true, TitleSize, ink, room: inner);
        }
        y += 12;
        var format = chart.Format;
        var values = chart.Series.SelectMany(s => s.Points).Select(p => p.Value).OfType<double>().ToList();
        if (config.Target is { } target) values.Add(target);
        if (values.Count == 0) values.Add(0);
        using var axisPaint = new SKPaint { Color = ink, StrokeWidth = 1, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var gridPaint = new SKPaint { Color = new SKColor(0xd9, 0xdc, 0xe1), StrokeWidth = 1, IsAntialias = true, Style = SKPaintStyle.Stroke };

        if (config.Kind == "bar")
        {
            var bars = chart.Series.Select(s => (s.Label, s.Style, Point: s.Points.LastOrDefault(p => p.Value is not null))).Where(b => b.Point is not null).ToList();
            var labelWidth = Math.Min(bars.Max(b => type.Width(b.Label, false, TextSize)) * SvgText.FallbackSlack + 12, inner * 0.4f);
            var min = Math.Min(0, values.Min());
            var max = Math.Max(0, values.Max());
            var ticks = Ticks(min, max);
            var x0 = Pad + labelWidth;
            var x1 = Width - Pad - 60;
            float X(double v) => (float)(x0 + (v - ticks[0]) / (ticks[^1] - ticks[0]) * (x1 - x0));
            foreach (var b in bars)
            {
                y += 34;
                words.Draw(type.Wrap(b.Label, Fits(labelWidth - 12), false, TextSize, 1)[0], x0 - 8, y - 10, false, TextSize, ink, SKTextAlign.Right, room: labelWidth - 8);
                var weak = b.Point!.Quality == DataQuality.Weak;
                // A bar of a weak estimate is hollow (its outline only), as charts.js draws it on the page.
                using var fill = new SKPaint { Color = SKColor.Parse(b.Style.Color), IsAntialias = true,
                    Style = weak ? SKPaintStyle.Stroke : SKPaintStyle.Fill, StrokeWidth = weak ? 2 : 0 };
                var v = b.Point!.Value!.Value;
                words.Rect(Math.Min(X(0), X(v)), y - 26, Math.Abs(X(v) - X(0)), 22, fill);
                words.Draw(format.Format(v), Math.Max(X(0), X(v)) + 6, y - 10, false, TextSize - 1, ink);
            }
            words.Line(X(0), y - bars.Count * 34 - 4, X(0), y + 4, axisPaint);
            y += 30;
        }
        else
        {
            // The axis has a tick at a gap's years too, as the page's (2018, 2019, 2020, 2021 for groups with 2018 and 2021).
            var years = chart.Series.SelectMany(s => s.Points.Select(p => p.Year)).Concat(chart.GapYears).Distinct().Order().ToList();
            if (years.Count == 0) years.Add(DateTime.UtcNow.Year);
            var ticks = Ticks(config.ZeroBased ? Math.Min(0, values.Min()) : values.Min(), values.Max());
            var tickLabels = ticks.Select(format.Tick).ToList();
            var left = Pad + tickLabels.Max(l => type.Width(l, false, TextSize - 1)) * SvgText.FallbackSlack + 10;
            var right = Width - Pad - 18;
            var top = y + 8;
            var bottom = y + PlotHeight;
            int firstYear = years[0], lastYear = years[^1];
            float X(int year) => firstYear == lastYear ? (left + right) / 2 : left + (year - firstYear) / (float)(lastYear - firstYear) * (right - left);
            float Y(double v) => (float)(bottom - (v - ticks[0]) / (ticks[^1] - ticks[0]) * (bottom - top));
            for (var i = 0; i < ticks.Count; i++)
            {
                words.Line(left, Y(ticks[i]), right, Y(ticks[i]), gridPaint);
                words.Draw(tickLabels[i], left - 8, Y(ticks[i]) + 5, false, TextSize - 1, ink, SKTextAlign.Right, room: left - 8 - Pad / 2);
            }
            words.Line(left, bottom, right, bottom, axisPaint);
            words.Line(left, top, left, bottom, axisPaint);
            var step = years.Count > 12 ? (int)Math.Ceiling(years.Count / 12.0) : 1;
            for (var i = 0; i < years.Count; i += step)
                words.Draw(years[i].ToString(format.Text.Culture), X(years[i]), bottom + 20, false, TextSize - 1, ink, SKTextAlign.Center);
            if (config.Target is { } t)
            {
                using var targetPaint = Stroke(ChartPalette.Target, 2);
                words.Line(left, Y(t), right, Y(t), targetPaint, ChartPalette.Target.Dash);
            }
            foreach (var series in chart.Series)
            {
                var points = series.Points.Where(p => p.Value is not null).OrderBy(p => p.Year).ToList();
                using var line = Stroke(series.Style, 2.5f);
                // As on the page: the line is broken at a year without a value (the series' own "not available", or a gap of
                // the chart's data), never drawn across it.
                foreach (var run in Runs(chart, series, layout.Years))
                    if (run.Count > 1) words.Path([.. run.Select(r => (X(r.Year), Y(r.Value!.Value)))], close: false, line, series.Style.Dash);
                // A point Urban rates weak is hollow, as charts.js draws it on the page (and the summary says).
                foreach (var p in points) Marker(canvas, words, series.Style, X(p.Year), Y(p.Value!.Value), 5, p.Quality == DataQuality.Weak ? paper : null);
            }
            y = bottom + 28;
        }

        foreach (var row in layout.Legend)
        {
            y += 24;
            var x = Pad;
            for (var entry = 0; entry < row.Count; entry++)
            {
                var (label, seriesStyle, drawsLine, slot) = row[entry];
                // The last entry of a row may run to the legend's edge; the others to the next entry.
                var w = entry == row.Count - 1 ? Math.Max(slot, Pad + inner - x + 8) : slot;
                using var sample = Stroke(seriesStyle, 2.5f);
                if (ReferenceEquals(seriesStyle, WeakBarNote))
                {
                    using var outline = new SKPaint { Color = ink, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
                    canvas.DrawRect(SKRect.Create(x + 1, y - 12, 28, 14), outline);
                    words.Draw(label, x + 38, y, false, TextSize, ink, room: w - 38 - 8);
                    x += slot;
                    continue;
                }
                var note = ReferenceEquals(seriesStyle, WeakNote);
                if (!note && drawsLine) words.Line(x, y - 5, x + 30, y - 5, sample, seriesStyle.Dash);
                if (seriesStyle.Point != "line") Marker(canvas, words, note ? WeakNote with { Color = style.Text } : seriesStyle, x + 15, y - 5, 4, note ? paper : null);
                words.Draw(label, x + 38, y, false, TextSize, ink, room: w - 38 - 8);
                x += slot;
            }
        }
        y += 12;
        foreach (var line in layout.Source)
        {
            y += 19;
            words.Draw(line, Pad, y, false, TextSize - 1, muted, room: inner);
        }
        if (text.Credit is not null)
        {
            y += 19;
            words.Draw(text.Credit, Pad, y, false, TextSize - 1, muted, room: inner);
        }
    }

    private static SKPaint Stroke(SeriesStyle style, float width)
    {
        var paint = new SKPaint { Color = SKColor.Parse(style.Color), StrokeWidth = width, IsAntialias = true, Style = SKPaintStyle.Stroke };
        if (style.Dash.Length > 0) paint.PathEffect = SKPathEffect.CreateDash([.. style.Dash.Select(d => (float)d)], 0);
        return paint;
    }

    /// <summary>The series' point shape, as Chart.js draws its pointStyle.</summary>
    /// <param name="hollow">The background's colour for a hollow point (an estimate Urban rates weak): the shape is filled
    /// with it and outlined in the series' colour; null for a solid point.</param>
    private static void Marker(SKCanvas canvas, SvgText words, SeriesStyle style, float x, float y, float r, SKColor? hollow = null)
    {
        using var fill = hollow is { } paper
            ? new SKPaint { Color = paper, IsAntialias = true, Style = SKPaintStyle.Fill }
            : new SKPaint { Color = SKColor.Parse(style.Color), IsAntialias = true, Style = SKPaintStyle.Fill };
        if (hollow is not null && style.Point is not ("cross" or "crossRot" or "star" or "line")) Shape(canvas, words, style, x, y, r, fill);
        using var outline = new SKPaint { Color = SKColor.Parse(style.Color), IsAntialias = true, Style = hollow is null ? SKPaintStyle.Fill : SKPaintStyle.Stroke, StrokeWidth = 2 };
        Shape(canvas, words, style, x, y, r, outline);
    }

    private static void Shape(SKCanvas canvas, SvgText words, SeriesStyle style, float x, float y, float r, SKPaint fill)
    {
        using var stroke = new SKPaint { Color = SKColor.Parse(style.Color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        switch (style.Point)
        {
            case "triangle":
                words.Path([(x, y - r), (x + r, y + r), (x - r, y + r)], close: true, fill);
                break;
            case "rect":
            case "rectRounded":
                words.Rect(x - r, y - r, 2 * r, 2 * r, fill);
                break;
            case "rectRot":
                words.Path([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], close: true, fill);
                break;
            case "cross":
                words.Line(x - r, y, x + r, y, stroke); words.Line(x, y - r, x, y + r, stroke);
                break;
            case "crossRot":
            case "star":
                words.Line(x - r, y - r, x + r, y + r, stroke); words.Line(x - r, y + r, x + r, y - r, stroke);
                if (style.Point == "star") { words.Line(x - r, y, x + r, y, stroke); words.Line(x, y - r, x, y + r, stroke); }
                break;
            case "line":
                break;
            default:
                words.Circle(x, y, r, fill);
                break;
        }
    }

    internal static SKPath Polygon(IEnumerable<(float X, float Y)> points, bool close = true)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var data = string.Join(" ", points.Select((p, i) => (i == 0 ? "M" : "L") + p.X.ToString("R", c) + "," + p.Y.ToString("R", c))) + (close ? " Z" : "");
        return SKPath.ParseSvgPathData(data) ?? new SKPath();
    }

    /// <summary>Five or so round ticks spanning the values, as Chart.js picks them.</summary>
    private static List<double> Ticks(double min, double max)
    {
        if (min == max) { min -= Math.Abs(min) * 0.1 + 1; max += Math.Abs(max) * 0.1 + 1; }
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        var start = Math.Floor(min / step) * step;
        var ticks = new List<double>();
        for (var v = start; v < max + step * 0.999; v += step) ticks.Add(Math.Round(v, 10));
        if (ticks.Count < 2) ticks.Add(start + step);
        return ticks;
    }
}
