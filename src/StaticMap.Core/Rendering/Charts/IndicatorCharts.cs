using System.Globalization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>An indicator across the progress reports up to a year: its baseline, reported values and target.</summary>
public static class IndicatorCharts
{
    public static ChartSpec? Build(Plan plan, Indicator indicator, int upToYear, string id, string csvHref)
    {
        var format = ChartFormat.FromUnit(indicator.Unit);
        var reported = plan.Progress.Where(r => r.Year <= upToYear)
            .Select(r => (r.Year, Value: r.Updates.FirstOrDefault(u => u.Indicator.Value == indicator.Id)?.Value?.Number))
            .Where(x => x.Value is not null)
            .Select(x => new ChartPoint(x.Year, x.Value, null, null, DataQuality.NotRated))
            .ToList();
        if (reported.Count == 0) return null;
        var series = new List<ChartSeries>();
        if (indicator.Baseline is { Value.Number: { } b } baseline)
            series.Add(new ChartSeries("Baseline", [new ChartPoint(baseline.Year, b, null, null, DataQuality.NotRated)], ChartPalette.For(1)));
        series.Add(new ChartSeries("Reported", reported, ChartPalette.For(0)));
        var target = indicator.Target is { Value.Number: { } t } ? t : (double?)null;
        if (target is not null)
            series.Add(new ChartSeries("Target", [new ChartPoint(indicator.Target!.Year, target, null, null, DataQuality.NotRated)], ChartPalette.Target));

        var last = reported[^1];
        var summary = $"{indicator.Name}: {format.Format(last.Value!.Value)} in {last.Year}";
        if (indicator.Baseline is { Value.Number: { } baseValue } start)
            summary += $", against a baseline of {format.Format(baseValue)} in {start.Year}";
        if (target is not null)
            summary += $"; the target is {format.Format(target.Value)} by {indicator.Target!.Year}";
        summary += ".";
        var years = series.SelectMany(s => s.Points).Select(p => p.Year).Distinct().Order().ToList();
        var caption = $"{indicator.Name}, {years[0].ToString(CultureInfo.InvariantCulture)} to {years[^1].ToString(CultureInfo.InvariantCulture)}: reported values{(target is null ? "" : " and target")}.";
        // The target is drawn as its own dashed line across the chart; the table keeps it as a row.
        var drawn = series.Where(s => s.Label != "Target").ToList();
        var spec = MetricCharts.Spec(id, caption, summary, "Series", drawn, format, csvHref,
            target, target is null ? null : $"Target for {indicator.Target!.Year}: {format.Format(target.Value)}");
        return target is null ? spec : spec with
        {
            Series = series,
            Rows = [.. spec.Rows, new ChartTableRow("Target", indicator.Target!.Year, format.Format(target.Value),
                target.Value.ToString("R", CultureInfo.InvariantCulture), "", MetricCharts.Quality(DataQuality.NotRated), "notrated")],
        };
    }
}
