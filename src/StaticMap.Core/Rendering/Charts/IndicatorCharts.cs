using System.Globalization;
using System.Text.RegularExpressions;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>An indicator across the progress reports up to a year: its baseline, reported values and target.</summary>
public static partial class IndicatorCharts
{
    /// <summary>A piece of HTML marked in the summary's text: \u0001, its number, \u0002.</summary>
    [GeneratedRegex("\u0001([0-9]+)\u0002")]
    private static partial Regex MarkedPiece();

    /// <summary>A value filled in from the data that Urban rates Weak (3) is drawn and listed as weak; the chart shows no other
    /// rating (a coalition's own values have none, and a table of reported values needs no "Strong" beside each).</summary>
    private static DataQuality QualityOf(int? quality) => quality == 3 ? DataQuality.Weak : DataQuality.NotRated;

    public static ChartSpec? Build(Plan plan, Indicator indicator, int upToYear, string id, string csvHref, UiStrings? text = null)
    {
        var format = ChartFormat.FromUnit(indicator.Unit, text);
        var t = format.Text;
        var (baselineLabel, reportedLabel, targetLabel) = (t.Text("charts.baseline"), t.Text("charts.reported"), t.Text("charts.target"));
        // A value from the data is plotted at its data year, never at a later report's; a year reported twice is drawn once.
        var updates = plan.Progress.Where(r => r.Year <= upToYear)
            .Select(r => (Report: r, Update: r.Updates.FirstOrDefault(u => u.Indicator.Value == indicator.Id)))
            .Where(x => x.Update?.Value is not null)
            .ToList();
        // Values the build filled in from the Mobility Metrics were not reported by the coalition: the series and the caption
        // say where they come from (review7, 2026-12-07: "Employment rate of Black adults, 2021: reported values" for Urban's).
        var fromData = indicator.Metric is not null && updates.Count > 0 && updates.All(x => x.Update!.ValueSource is not null);
        if (fromData) reportedLabel = t.Text("charts.from_data");
        var (captionKey, captionTargetKey) = fromData
            ? ("charts.indicator_caption_data", "charts.indicator_caption_data_target")
            : ("charts.indicator_caption", "charts.indicator_caption_target");
        var reported = updates
            .Select(x => (Year: x.Update!.YearOf(x.Report), Value: x.Update.Value!.Number, Quality: QualityOf(x.Update.ValueQuality)))
            .GroupBy(x => x.Year).Select(g => g.Last()).OrderBy(x => x.Year)
            .Select(x => new ChartPoint(x.Year, x.Value, null, null, x.Quality))
            .ToList();
        if (reported.Count == 0) return null;
        var series = new List<ChartSeries>();
        if (indicator.Baseline is { Value.Number: { } b } baseline)
            series.Add(new ChartSeries(baselineLabel, [new ChartPoint(baseline.Year, b, null, null, DataQuality.NotRated)], ChartPalette.For(1)));
        series.Add(new ChartSeries(reportedLabel, reported, ChartPalette.For(0)));
        var target = indicator.Target is { Value.Number: { } tv } ? tv : (double?)null;
        if (target is not null)
            series.Add(new ChartSeries(targetLabel, [new ChartPoint(indicator.Target!.Year, target, null, null, DataQuality.NotRated)], ChartPalette.Target));

        // Every value through the progress pages' one formatter (Formatting.Value), so the summary, the table and the
        // updates table beside the chart write the same value the same way ("$2.1 million").
        string F(double v) => Views.Formatting.Value(v, indicator.Unit, t);
        // An indicator that follows one group's values says whose they are wherever the chart names it.
        // Said once: a name that already names the group keeps its words (Views.GroupInName).
        var name = Views.GroupInName.Name(indicator, indicator.Name, "charts.indicator_name_group", t);
        // A value from the data that Urban rates Weak is drawn hollow and marked in the table, never stated in the summary
        // (as the findings' charts leave weak estimates out of their sentences): the summary says the latest other value.
        var weak = reported.Where(p => p.Quality == DataQuality.Weak).ToList();
        string SummaryOf(string nameText, Func<double, string> value)
        {
            var sentence = "";
            if (reported.LastOrDefault(p => p.Quality != DataQuality.Weak) is { } last)
            {
                sentence = t.Text("summaries.indicator", ("name", nameText), ("value", value(last.Value!.Value)), ("year", last.Year));
                if (indicator.Baseline is { Value.Number: { } baseValue } start)
                    sentence += t.Text("summaries.indicator_baseline", ("value", value(baseValue)), ("year", start.Year));
                if (target is not null)
                    sentence += t.Text("summaries.indicator_target", ("value", value(target.Value)), ("year", indicator.Target!.Year));
                sentence = t.Text("summaries.indicator_end", ("sentence", sentence));
            }
            if (weak.Count > 0)
                sentence = (sentence + " " + t.Plural("summaries.weak_years", weak.Count,
                    ("years", ChartSummaries.Join(PlanMetrics.YearRuns(weak.Select(p => p.Year)), t)))).Trim();
            return sentence;
        }
        var summary = SummaryOf(name, F);
        var nameLanguage = indicator.NameLanguage ?? plan.MeasurementPlan?.TextLanguage;
        var otherName = nameLanguage is { Length: > 0 } && !string.Equals(nameLanguage, t.Language, StringComparison.OrdinalIgnoreCase);
        // The sentence under the chart as HTML: the indicator's name and unit in another language than the page's (a
        // measurement plan not translated) marked with their own, as the caption and the updates table mark them
        // (review8, 2026-12-07: "Staff hours spent on employer outreach: 1,500 en 2025" unmarked on a Spanish page).
        var pieces = new List<string>();
        string Mark(string html)
        {
            pieces.Add(html);
            return $"\u0001{pieces.Count - 1}\u0002";
        }
        var unitLanguage = Views.Formatting.UnitLanguage(indicator, plan);
        var nameMark = !otherName ? name : Views.GroupInName.Name(indicator,
            Mark($"<span lang=\"{HtmlText.Escape(nameLanguage!)}\">{HtmlText.Escape(indicator.Name)}</span>"), "charts.indicator_name_group", t);
        var markedSummary = HtmlText.Escape(SummaryOf(nameMark, v => Mark(Views.Formatting.ValueHtml(v, indicator.Unit, unitLanguage, t).Value)));
        var summaryHtml = MarkedPiece().Replace(markedSummary,
            m => pieces[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]);
        RawHtml? summaryMarked = summaryHtml == HtmlText.Escape(summary) ? null : new RawHtml(summaryHtml);
        var years = series.SelectMany(s => s.Points).Select(p => p.Year).Distinct().Order().ToList();
        var caption = t.Text(target is null ? captionKey : captionTargetKey,
            ("name", name), ("years", MetricCharts.Span(years, t)));
        // The indicator's name in another language than the page (a measurement plan not translated) is marked with its own
        // language in the visible caption, as the updates table's links and "What changed" are.
        RawHtml? captionHtml = null;
        if (otherName)
        {
            const string mark = "\u0001";
            var markedName = Views.GroupInName.Name(indicator, mark, "charts.indicator_name_group", t);
            var marked = t.Text(target is null ? captionKey : captionTargetKey,
                ("name", markedName), ("years", MetricCharts.Span(years, t)));
            captionHtml = new RawHtml(HtmlText.Escape(marked).Replace(mark,
                $"<span lang=\"{HtmlText.Escape(nameLanguage!)}\">{HtmlText.Escape(indicator.Name)}</span>", StringComparison.Ordinal));
        }
        // The target is drawn as its own dashed line across the chart; the table keeps it as a row.
        var drawn = series.Where(s => s.Label != targetLabel).ToList();
        var spec = MetricCharts.Spec(id, caption, summary, t.Text("charts.series"), drawn, format, csvHref,
            target, target is null ? null : t.Text("charts.target_label", ("year", indicator.Target!.Year), ("value", F(target.Value))),
            target is null ? null : indicator.Target!.Year, F)
            with { CsvSeriesHeader = "series", CaptionHtml = captionHtml };
        // The spec may add to the summary (the years a line is broken at): the HTML gets the same words after it.
        if (summaryMarked is not null)
            spec = spec with { SummaryHtml = new RawHtml(summaryMarked.Value + HtmlText.Escape(
                spec.Summary.StartsWith(summary, StringComparison.Ordinal) ? spec.Summary[summary.Length..] : "")) };
        // Only a Weak value is rated here: the other rows' quality cell is left empty, not "Not rated" beside a target.
        if (weak.Count > 0)
            spec = spec with { Rows = spec.Rows.Select(r => r.QualitySlug == "notrated" ? r with { Quality = "" } : r).ToList() };
        if (target is not null)
            spec = spec with
            {
                Series = series,
                Rows = [.. spec.Rows, new ChartTableRow(targetLabel, indicator.Target!.Year, F(target.Value),
                    target.Value.ToString("R", CultureInfo.InvariantCulture), "", weak.Count > 0 ? "" : MetricCharts.Quality(DataQuality.NotRated, t), "notrated")],
            };
        // The data table marks a unit in another language than the page's as the sentence above it does (review10, 2026-12-07:
        // "140 people" unmarked in the table under "140 <span lang="en">people</span> en 2024" on a Spanish progress page).
        return unitLanguage is null || indicator.Unit is null
            ? spec
            : spec with { Rows = [.. spec.Rows.Select(r => MarkUnit(r, indicator.Unit, unitLanguage, t))] };
    }

    private static ChartTableRow MarkUnit(ChartTableRow row, string? unit, string? unitLanguage, UiStrings t) =>
        double.TryParse(row.RawValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
        && Views.Formatting.ValueHtml(v, unit, unitLanguage, t).Value is var html && html.Contains("<span", StringComparison.Ordinal)
            ? row with { ValueHtml = html }
            : row;
}
