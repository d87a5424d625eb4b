using StaticMap.Core.Metrics;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>One value of a series; <see cref="Value"/> is null when the estimate is not available.</summary>
public sealed record ChartPoint(int Year, double? Value, double? Lower, double? Upper, DataQuality Quality);

public sealed record ChartSeries(string Label, IReadOnlyList<ChartPoint> Points, SeriesStyle Style)
{
    /// <summary>How a sentence names the series, when not by its label: a group as people ("Hispanic residents",
    /// "la población hispana o latina"), so "highest for Hispanic residents" reads as English.</summary>
    public string? InSentence { get; init; }

    /// <summary>The name of the series inside a sentence.</summary>
    public string SentenceName => InSentence ?? Label;
}

/// <summary>
/// Everything a chart shows, computed at build time: the figure's caption, the canvas's accessible name, a sentence
/// that summarises the data, and a table with the same numbers (with confidence intervals and quality flags).
/// </summary>
/// <param name="Id">Element id of the figure; the canvas and data use it as a prefix.</param>
/// <param name="SeriesHeader">The table's header for the series column: "Place", "Group", "Indicator".</param>
/// <param name="Config">The chart's data for theme/static/js/charts.js, as JSON safe to embed in HTML.</param>
/// <param name="CsvHref">The chart's data as a CSV download.</param>
public sealed record ChartSpec(
    string Id,
    string Caption,
    string AriaLabel,
    string Summary,
    string SeriesHeader,
    IReadOnlyList<ChartTableRow> Rows,
    bool HasIntervals,
    bool HasQuality,
    RawHtml Config,
    string CsvHref,
    IReadOnlyList<ChartSeries> Series,
    ChartFormat Format)
{
    /// <summary>The series column's name in the CSV download ("place", "group", "series"): English in every language.</summary>
    public string CsvSeriesHeader { get; init; } = "";

    /// <summary>Years inside the chart with no data where its lines are broken, not joined (<see cref="MetricCharts.Gaps"/>); the
    /// summary names them ("No data for 2020").</summary>
    public IReadOnlyList<int> GapYears { get; init; } = [];

    /// <summary>The summary without its note of the years the line is broken at ("No data for 2020; the line is broken there."),
    /// for a page that gives the sentence without the chart (the plan at a glance): there is no line there to be broken.</summary>
    public string SummaryWithoutChart
    {
        get => _summaryWithoutChart ?? Summary;
        init => _summaryWithoutChart = value;
    }

    private readonly string? _summaryWithoutChart;

    /// <summary>The chart's name inside a sentence or link ("Download this data: …, 2025 progress report (CSV)"): the caption
    /// without its closing full stop; a metric chart's also without "Higher is better." (set by <see cref="MetricCharts"/>).</summary>
    public string Name
    {
        get => _name ?? Caption.TrimEnd().TrimEnd('.');
        init => _name = value;
    }

    private readonly string? _name;

    /// <summary>The caption as HTML where part of it is in another language than the page (an indicator's English name on a
    /// Spanish page whose measurement plan is not translated: <c>&lt;span lang="en"&gt;</c>); null: the caption is the page's
    /// language throughout, written as text.</summary>
    public RawHtml? CaptionHtml { get; init; }

    /// <summary><see cref="Name"/> as HTML where part of it is in another language than the page: <see cref="CaptionHtml"/> without
    /// its closing full stop, for the name each download and share link and the data table's toggle give screen readers
    /// ("Descargar estos datos: &lt;span lang="en"&gt;People trained&lt;/span&gt;, de 2023 a 2026 …"); null: write <see cref="Name"/>.</summary>
    public RawHtml? NameHtml => CaptionHtml is { } caption && _name is null ? new RawHtml(caption.Value.TrimEnd().TrimEnd('.')) : null;

    /// <summary>The summary as HTML where part of it is in another language than the page (an indicator's English name and unit
    /// on a Spanish page whose measurement plan is not translated); null: the summary is the page's language throughout.</summary>
    public RawHtml? SummaryHtml { get; init; }

    /// <summary>
    /// The chart's other downloads beside its CSV, the same path with another extension ("png", "svg"): the images have
    /// words on them, so a chart in another language than English gets its own ("…-trend.es.png") where the CSV is shared.
    /// </summary>
    public string DownloadHref(string extension)
    {
        var stem = CsvHref.EndsWith(".csv", StringComparison.Ordinal) ? CsvHref[..^4] : CsvHref;
        var language = Format.Text.Language;
        return language == Localization.StringCatalog.DefaultLanguage ? $"{stem}.{extension}" : $"{stem}.{language}.{extension}";
    }

    /// <summary>The chart's embeddable page (<c>/&lt;plan&gt;/embed/&lt;chart&gt;/</c>, site URL), or null when it has none.</summary>
    public string? EmbedUrl { get; init; }

    /// <summary>The site URL of the page that shows the chart, with its anchor ("/a/findings/#sm-chart-x-trend"), for sharing.</summary>
    public string? PageUrl { get; init; }

    /// <summary>The share control's addresses and embed code (<see cref="Pages.ChartShare"/>); null: no control.</summary>
    public Pages.ChartShare? Share { get; init; }

    /// <summary>The data table's body rows as HTML (<see cref="ChartTableHtml"/>), made from <see cref="Rows"/> when read.</summary>
    public RawHtml TableRows => ChartTableHtml.Rows(this);
}

/// <summary>A row of a chart's data table. <see cref="RawValue"/> is the number as published, for data-value.</summary>
public sealed record ChartTableRow(string Series, int Year, string Value, string RawValue, string Interval, string Quality, string QualitySlug)
{
    /// <summary><see cref="Value"/> as HTML when part of it is in another language than the page's (an indicator's unit left
    /// untranslated: "140 <span lang="en">people</span>"); null: <see cref="Value"/>, escaped.</summary>
    public string? ValueHtml { get; init; }
}
