using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Tests.Support;

/// <summary>One point of a chart as js/charts.js draws it: its year, its value (null: none, the line broken), hollow when weak.</summary>
public sealed record DrawnPoint(int X, double? Y, bool Weak);

/// <summary>One series of a chart as js/charts.js draws it.</summary>
public sealed record DrawnSeries(string Label, IReadOnlyList<DrawnPoint> Data, bool PointsOnly);

/// <summary>
/// What js/charts.js draws of a chart, read from what the page gives it (its <c>configOf</c>, in C#): the chart's JSON (its
/// options: each series' rows, the gap years, the target, the note on hollow points) and its data table (each row's series,
/// year, <c>data-value</c> and <c>quality-weak</c> cell). The browser tests check that charts.js draws the table's numbers
/// (ChartTests); these tests check that the page holds what it needs to draw them right.
/// </summary>
public sealed record ChartPageData(JsonElement Config, IReadOnlyList<int> Years, IReadOnlyList<DrawnSeries> Datasets)
{
    public string Kind => Config.GetProperty("kind").GetString()!;

    public string? WeakLabel => Config.TryGetProperty("weakLabel", out var w) ? w.GetString() : null;

    /// <summary>The chart of <paramref name="id"/> on a page.</summary>
    public static ChartPageData Of(IParentNode page, string id)
    {
        var figure = page.QuerySelector($"figure[data-chart='{id}']") ?? throw new InvalidOperationException($"no chart {id} on the page");
        var json = page.QuerySelector($"script[id='{id}-data']") ?? throw new InvalidOperationException($"no JSON of {id} on the page");
        return Read(json.TextContent, figure.QuerySelectorAll("table.chart-table tbody tr"));
    }

    /// <summary>A chart as the build makes it, with the rows its table would have.</summary>
    public static ChartPageData Of(ChartSpec chart)
    {
        var table = new HtmlParser().ParseDocument($"<table class=\"chart-table\"><tbody>{chart.TableRows.Value}</tbody></table>");
        return Read(chart.Config.Value, table.QuerySelectorAll("tbody tr"));
    }

    private static ChartPageData Read(string json, IHtmlCollection<IElement> rows)
    {
        var config = JsonDocument.Parse(json).RootElement.Clone();
        var at = 0;
        var series = new List<(string Label, Dictionary<int, DrawnPoint> Points)>();
        foreach (var s in config.GetProperty("series").EnumerateArray())
        {
            var label = s.TryGetProperty("label", out var l) ? l.GetString() : null;
            var points = new Dictionary<int, DrawnPoint>();
            for (var end = at + s.GetProperty("rows").GetInt32(); at < end && at < rows.Length; at++)
            {
                var row = rows[at];
                var cells = row.QuerySelectorAll("td");
                var year = int.Parse(cells[0].TextContent, CultureInfo.InvariantCulture);
                var raw = cells[1].GetAttribute("data-value");
                label ??= row.QuerySelector("th")!.TextContent;
                points[year] = new DrawnPoint(year, string.IsNullOrEmpty(raw) ? null : double.Parse(raw, CultureInfo.InvariantCulture),
                    row.QuerySelector("td.quality-weak") is not null);
            }
            series.Add((label ?? "", points));
        }
        var years = series.SelectMany(s => s.Points.Keys).Distinct().Order().ToList();
        var gaps = config.TryGetProperty("gaps", out var g) ? g.EnumerateArray().Select(y => y.GetInt32()) : [];
        var axis = years.Concat(gaps).Order().ToList();
        var datasets = series.Select(s =>
        {
            var data = axis.Select(y => s.Points.TryGetValue(y, out var p) ? p with { Weak = p.Weak && p.Y is not null } : new DrawnPoint(y, null, false)).ToList();
            var pointsOnly = data.Any(p => p.Y is not null) && !data.Zip(data.Skip(1)).Any(pair => pair.First.Y is not null && pair.Second.Y is not null);
            return new DrawnSeries(s.Label, data, pointsOnly);
        }).ToList();
        return new ChartPageData(config, years, datasets);
    }
}
