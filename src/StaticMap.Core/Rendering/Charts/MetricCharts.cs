using System.Globalization;
using System.Text;
using System.Text.Json;
using StaticMap.Core.Localization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>The observations one chart draws on: the plan's own, and each peer's (label → observations).</summary>
public sealed record MetricData(
    string Title,
    string Key,
    ChartFormat Format,
    bool? HigherIsBetter,
    string PlaceLabel,
    IReadOnlyList<Observation> Local,
    IReadOnlyList<(string Label, IReadOnlyList<Observation> Observations)> Peers,
    IReadOnlyList<string> SubgroupTypes)
{
    /// <summary>What the peers are, so the caption names them truly: "and peer cities", "and peer counties", or, for a list
    /// of both (a city compared with its county), "and peers".</summary>
    public PeerKind PeerKind { get; init; }
}

/// <summary>What a plan's chart peers are: all counties, all cities (places), or some of each.</summary>
public enum PeerKind
{
    Counties,
    Cities,
    Mixed,
}

/// <summary>Builds the charts of one findings metric: its trend (with peers) and its breakdown by subgroup.</summary>
public static partial class MetricCharts
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <param name="idPrefix">Element ids of the charts start with this, e.g. "sm-chart-share_employed".</param>
    /// <param name="csvHref">The href of a chart's CSV from its suffix ("trend", "race-ethnicity").</param>
    public static IReadOnlyList<ChartSpec> Build(MetricData data, string idPrefix, Func<string, string> csvHref)
    {
        var charts = new List<ChartSpec>();
        var t = data.Format.Text;
        // The metric's cadence (annual, every two years) is read from all its data, every group's and every place's, so a chart
        // of a group with two years (2018, 2021) breaks where the everyone chart beside it does.
        var cadence = data.Local.Concat(data.Peers.SelectMany(p => p.Observations)).Where(o => o.Value is not null)
            .Select(o => o.Year).Distinct().Order().ToList();
        var local = Series(data.PlaceLabel, ChartRows.Everyone(data.Local), 0) with { InSentence = Views.Formatting.PlaceInSentence(data.PlaceLabel, t) };
        var peers = data.Peers.Select((p, i) => Series(p.Label, ChartRows.Everyone(p.Observations), i + 1) with { InSentence = Views.Formatting.PlaceInSentence(p.Label, t) })
            .Where(s => s.Points.Count > 0).ToList();
        if (local.Points.Count > 0 || peers.Count > 0)
        {
            var id = $"{idPrefix}-{ChartRows.Trend}";
            var all = new List<ChartSeries> { local };
            all.AddRange(peers);
            var years = Span(all, t);
            string Caption(string direction) => t.Text("charts.trend_caption", ("title", data.Title), ("place", data.PlaceLabel),
                ("peers", peers.Count > 0 ? t.Text(data.PeerKind switch
                {
                    PeerKind.Cities => "place_words.and_peer_cities",
                    PeerKind.Counties => "place_words.and_peer_counties",
                    _ => "place_words.and_peers",
                }) : ""), ("years", years), ("direction", direction));
            var summary = ChartSummaries.Trend(local, peers, data.Format);
            charts.Add(Spec(id, Caption(Direction(data.HigherIsBetter, t)), summary, t.Text("charts.place"), all, data.Format, csvHref(ChartRows.Trend), cadence: cadence)
                with { CsvSeriesHeader = "place", Name = Caption("").TrimEnd().TrimEnd('.') });
        }
        foreach (var type in data.SubgroupTypes)
        {
            var groups = Groups(data.Local, type, t);
            if (groups.Count == 0) continue;
            var id = $"{idPrefix}-{type}";
            string Caption(string direction) => t.Text("charts.group_caption", ("title", data.Title), ("type", Views.Formatting.SubgroupType(type, t)),
                ("place", data.PlaceLabel), ("years", Span(groups, t)), ("direction", direction));
            var summary = ChartSummaries.Groups(groups, data.Format);
            charts.Add(Spec(id, Caption(Direction(data.HigherIsBetter, t)), summary, t.Text("charts.group"), groups, data.Format, csvHref(type), cadence: cadence)
                with { CsvSeriesHeader = "group", Name = Caption("").TrimEnd().TrimEnd('.') });
        }
        return charts;
    }

    private static List<ChartSeries> Groups(IReadOnlyList<Observation> observations, string type, UiStrings? text) =>
        ChartRows.Groups(observations, type)
            .Select((g, i) => Series(Views.Formatting.Subgroup(g.Key, text), g, i) with { InSentence = Views.Formatting.SubgroupPeople(g.Key, text) })
            .ToList();

    /// <summary>Leaves out the years no series has an estimate for (<see cref="ChartRows.MeasuredYears"/>).</summary>
    private static IReadOnlyList<ChartSeries> Measured(IReadOnlyList<ChartSeries> series)
    {
        var measured = ChartRows.MeasuredYears(series.Select(s => s.Points.Select(p => (p.Year, p.Value))));
        return series.Select(s => s with { Points = s.Points.Where(p => measured.Contains(p.Year)).ToList() }).ToList();
    }

    /// <summary>A chart of explicit series, e.g. an indicator's values across progress reports with its target.</summary>
    /// <param name="targetYear">The target's year: the x axis reaches it, so a caption "2024 to 2027" sits over an axis to 2027.</param>
    /// <param name="show">How the table writes a value, when not <see cref="ChartFormat.Format"/>: an indicator's through
    /// <see cref="Views.Formatting.Value"/>, as the progress pages write it.</param>
    /// <param name="cadence">Every year the chart's metric has data for (all groups and places): its usual step decides the
    /// gaps (<see cref="Gaps"/>); without it, the chart's own years.</param>
    public static ChartSpec Spec(string id, string caption, string summary, string seriesHeader, IReadOnlyList<ChartSeries> series,
        ChartFormat format, string csvHref, double? target = null, string? targetLabel = null, int? targetYear = null,
        Func<double, string>? show = null, IReadOnlyList<int>? cadence = null)
    {
        // A range names its unit once, after the upper bound ("1,981 to 1,991 students"), when the table writes values as the
        // format does; "$" and "%" stay on both numbers ("$15,731 to $20,552").
        Func<double, string> lower = show is null ? format.Short : show;
        show ??= format.Format;
        series = Measured(series);
        var t = format.Text;
        var rows = series.SelectMany(s => s.Points.Select(p => new ChartTableRow(
            s.Label, p.Year,
            p.Value is { } v ? show(v) : t.Text("charts.not_available"),
            p.Value is { } raw ? raw.ToString("R", CultureInfo.InvariantCulture) : "",
            p.Lower is { } lb && p.Upper is { } ub ? t.Text("charts.interval", ("lower", lower(lb)), ("upper", show(ub))) : "",
            Quality(p.Quality, t), p.Quality.ToString().ToLowerInvariant()))).ToList();
        var years = series.SelectMany(s => s.Points.Select(p => p.Year)).Distinct().Order().ToList();
        // A year the data skip (Urban published no 2020 estimate of most annual metrics) breaks the lines, and the summary says so.
        // Only lines have gaps: a series of one point (an indicator's baseline) is a marker, and no line crosses from it.
        var lineYears = series.Where(s => s.Points.Count(p => p.Value is not null) > 1)
            .SelectMany(s => s.Points.Where(p => p.Value is not null).Select(p => p.Year)).Distinct().Order().ToList();
        var gaps = Gaps(lineYears, cadence);
        var withoutChart = summary;
        string YearList(IEnumerable<int> list) => ChartSummaries.Join(list.Select(g => g.ToString(CultureInfo.InvariantCulture)).ToList(), t);
        // Data that are not yearly (Urban publishes preschool enrollment for some years only: 2014, 2016, 2018, 2021, 2023) join
        // across the years they skip at their usual step and break only at the gaps: "No data for 2019 and 2020" alone said the
        // other years had data (review6, 2026-12-07), so the sentence names the years with data.
        // A chart whose every line is broken at every step (groups with 2018 and 2021 of an annual metric) draws points only:
        // no line is there to be broken, and the summary says the values stand apart (review11, 2026-12-07: "the line is
        // broken there" under a race and ethnicity chart of dots).
        var axis = years.Concat(gaps).Order().ToList();
        var joined = series.Any(s => axis.Zip(axis.Skip(1)).Any(step => HasValue(s, step.First) && HasValue(s, step.Second)));
        var pointsOnly = gaps.Count > 0 && !joined;
        if (pointsOnly)
            summary = $"{summary} {t.Text("summaries.gap_points", ("years", YearList(gaps)))}";
        else if (gaps.Count > 0)
            summary = $"{summary} {(lineYears.Count + gaps.Count < lineYears[^1] - lineYears[0] + 1
                ? t.Text("summaries.gap_sparse", ("data_years", YearList(lineYears)), ("years", YearList(gaps)))
                : t.Text("summaries.gap", ("years", YearList(gaps))))}";
        // Years skipped without a break (Urban's debt in collections: 2018, 2022, 2023, whose usual step is no shorter than four
        // years; an indicator's baseline of 2021 and reports of 2024 and 2025) are said too: the line joins them, and a reader
        // of the line alone would take the years between for data (review9, 2026-12-07).
        else if (lineYears.Count > 1 && lineYears.Count < lineYears[^1] - lineYears[0] + 1)
            summary = $"{summary} {t.Text("summaries.gap_joined", ("data_years", YearList(lineYears)))}";
        // Years are numbers on a linear axis, so 2018, 2021 and 2023 are drawn three and two years apart, not as neighbours.
        var whole = series.All(s => s.Points.All(p => p.Value is not { } v || v == Math.Round(v))) && (target is null || target == Math.Round(target.Value));
        var values = series.SelectMany(s => s.Points).Select(p => p.Value).OfType<double>().ToList();
        if (target is not null) values.Add(target.Value);
        // One year of several groups or places is a bar chart (a line chart would stack their points on one vertical line).
        // An indicator's chart with a target stays a line chart: its target line runs across the years to the target's.
        var kind = years.Count == 1 && target is null && series.Count(s => s.Points.Any(p => p.Value is not null)) > 1 ? "bar" : "line";
        // The page's JSON holds the chart's options only: charts.js reads the years and points from the data table (each
        // series its Points.Count rows, in order; the target's row after them), and draws a line broken at every gap.
        var config = new ChartConfig(
            kind, format.Json(whole), XAxis.For(targetYear is { } ty && years.Count > 0 && ty > years[^1] ? [.. years, ty] : years),
            YAxis.For(values),
            series.Select(s => ChartSeriesOptions.Of(s)).ToList(),
            gaps.Count > 0 ? gaps : null,
            target, targetLabel,
            // The legend's note for the hollow points, only on a chart that draws one (the summary says they are drawn hollow).
            series.Any(s => s.Points.Any(p => p.Value is not null && p.Quality == DataQuality.Weak)) ? t.Text("charts.weak_legend") : null);
        var aria = t.Text(kind == "bar" ? "chart_view.aria_bar" : pointsOnly && target is null ? "charts.aria_points" : "charts.aria",
            ("caption", caption), ("summary", summary));
        return new ChartSpec(id, caption, aria, summary, seriesHeader, rows,
            rows.Any(r => r.Interval.Length > 0), series.Any(s => s.Points.Any(p => p.Quality != DataQuality.NotRated)),
            new RawHtml(JsonSerializer.Serialize(config, ChartJson.Default.ChartConfig)), csvHref, series, format) { GapYears = gaps, SummaryWithoutChart = withoutChart };
    }

    /// <summary>
    /// The years a chart's line is broken at: between two years with data further apart than the data's usual step (the most
    /// common one; the longer of two as common), every year in between. An annual metric without 2020 (2019, 2021) has a gap
    /// at 2020; a metric Urban computes every two years (2014, 2016, 2018) has none, but 2018 to 2021 has 2019 and 2020.
    /// The usual step is read from <paramref name="cadence"/> when given (all the metric's years, every group's: a group with
    /// only 2018 and 2021 of an annual metric has a gap at 2019 and 2020), else from <paramref name="years"/>, which then
    /// need three years to have a usual step.
    /// </summary>
    public static IReadOnlyList<int> Gaps(IReadOnlyList<int> years, IReadOnlyList<int>? cadence = null)
    {
        var basis = cadence ?? years;
        if (basis.Count < 3 || years.Count < 2) return [];
        var usual = Steps(basis).GroupBy(s => s.Step).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        return Steps(years).Where(s => s.Step > usual).SelectMany(s => Enumerable.Range(s.From + 1, s.Step - 1)).ToList();
    }

    private static bool HasValue(ChartSeries series, int year) => series.Points.Any(p => p.Year == year && p.Value is not null);

    private static List<(int From, int Step)> Steps(IReadOnlyList<int> years) =>
        years.Zip(years.Skip(1), (a, b) => (From: a, Step: b - a)).ToList();

    /// <summary>The chart's data as CSV, the same rows as its table with raw values.</summary>
    public static string Csv(ChartSpec chart)
    {
        var sb = new StringBuilder();
        // The CSV's columns keep their English names in every language, as the published data do.
        sb.Append(chart.CsvSeriesHeader.Length > 0 ? chart.CsvSeriesHeader : chart.SeriesHeader.ToLowerInvariant()).Append(",year,value,lower_95,upper_95,quality\n");
        foreach (var series in chart.Series)
        foreach (var p in series.Points)
        {
            sb.Append(CsvField(series.Label)).Append(',').Append(p.Year).Append(',')
                .Append(Raw(p.Value)).Append(',').Append(Raw(p.Lower)).Append(',').Append(Raw(p.Upper)).Append(',')
                .Append(p.Quality == DataQuality.NotRated ? "" : p.Quality.ToString()).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// One CSV cell: quoted when needed (RFC 4180), and text that a spreadsheet would run as a formula (=, +, -, @, tab,
    /// CR at the start) gets a leading apostrophe, as OWASP advises; numbers such as -2 stay numbers.
    /// </summary>
    public static string CsvField(string value)
    {
        if (IsFormula(value)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>Whether a spreadsheet would run <paramref name="value"/> as a formula: it starts with =, +, -, @, a tab or a
    /// carriage return and is not a number.</summary>
    public static bool IsFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static string Raw(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The series of one place or group: the rows <see cref="ChartRows.Series"/> keeps, one point a year.</summary>
    private static ChartSeries Series(string label, IEnumerable<Observation> observations, int index) =>
        new(label, ChartRows.Series(observations).Select(o => new ChartPoint(o.Year, o.Value, o.Lower, o.Upper, o.Quality)).ToList(),
            ChartPalette.For(index));

    // The years with a value: those the chart draws (Measured), so the caption names the axis's first and last year.
    private static string Span(IEnumerable<ChartSeries> series, UiStrings t) =>
        Span(series.SelectMany(s => s.Points).Where(p => p.Value is not null).Select(p => p.Year).Distinct().Order().ToList(), t);

    /// <summary>A caption's years: "2014 to 2023" ("de 2014 a 2023"), or the one year alone ("2023"), never "2023 to 2023".</summary>
    public static string Span(IReadOnlyList<int> years, UiStrings t)
    {
        return years.Count switch
        {
            0 => t.Text("charts.no_years"),
            1 => years[0].ToString(CultureInfo.InvariantCulture),
            _ => t.Text("charts.years", ("from", years[0]), ("to", years[^1])),
        };
    }

    private static string Direction(bool? higherIsBetter, UiStrings t) => higherIsBetter switch
    {
        true => t.Text("charts.higher_is_better"),
        false => t.Text("charts.lower_is_better"),
        null => "",
    };

    /// <summary>Urban's data-quality rating as words: "Strong", "Weak: do not use for decisions".</summary>
    public static string Quality(DataQuality quality, UiStrings? text = null)
    {
        var t = text ?? Templates.Theme.DefaultStrings.For(StringCatalog.DefaultLanguage);
        return t.Text(quality switch
        {
            DataQuality.Strong => "charts.quality.strong",
            DataQuality.Marginal => "charts.quality.marginal",
            DataQuality.Weak => "charts.quality.weak",
            _ => "charts.quality.not_rated",
        });
    }

    /// <summary>The chart's options for charts.js, written in the page beside its data table; the points are the table's
    /// (docs/theme.md, "The chart's data: the table and the JSON").</summary>
    /// <param name="Kind">"line" (years along the x axis), or "bar" for a single year of several groups or places (one bar each).</param>
    /// <param name="Series">Each series drawn, in the table's order: its style and how many rows of the table are its.</param>
    /// <param name="Gaps">The years inside the chart its lines break at (no data), or null for none.</param>
    private sealed record ChartConfig(string Kind, ChartNumberFormat Format, XAxis XAxis, YAxis YAxis,
        IReadOnlyList<ChartSeriesOptions> Series, IReadOnlyList<int>? Gaps, double? Target, string? TargetLabel, string? WeakLabel);

    /// <summary>
    /// The value axis. Every measure that cannot be negative (all values and the target at or above zero: counts, dollars,
    /// shares, rates) starts at zero, so a change is drawn in proportion to the whole (a 2-point dip in a share of 80%
    /// is a small dip, not a collapse) and the axis never reads "-50 families"; charts.js then adds no room below or
    /// above, so a share's axis ends at a round tick no higher than 100% (see "Chart axes" in docs/theme.md). Values below zero leave both ends to Chart.js, with room around them.
    /// </summary>
    private sealed record YAxis(double? Min)
    {
        public static YAxis For(IReadOnlyList<double> values) => new(values.Count == 0 || values.All(v => v >= 0) ? 0 : null);
    }

    /// <summary>A linear x axis of years: one tick a year, written as the year ("2018", never "2,018").</summary>
    private sealed record XAxis(string Type, int Min, int Max, int StepSize)
    {
        /// <summary>From the first to the last year; a single year gets a year either side so its point is not on the edge.</summary>
        public static XAxis For(IReadOnlyList<int> years) => years.Count switch
        {
            0 => new("linear", 0, 1, 1),
            1 => new("linear", years[0] - 1, years[0] + 1, 1),
            _ => new("linear", years[0], years[^1], 1),
        };
    }

    /// <param name="Rows">How many rows of the chart's data table are the series' (one a year, "Not available" included).</param>
    /// <param name="Label">The series' name, written only for a series without rows (the table cannot name it).</param>
    private sealed record ChartSeriesOptions(int Rows, string Color, string Point, int[] Dash, string? Label)
    {
        public static ChartSeriesOptions Of(ChartSeries series) =>
            new(series.Points.Count, series.Style.Color, series.Style.Point, series.Style.Dash, series.Points.Count == 0 ? series.Label : null);
    }

    /// <summary>
    /// The chart JSON's serializer, made at compile time with the options of <see cref="Json"/> (the same bytes): without it
    /// the first chart of a process built the records' metadata by reflection and emitted their accessors, which a short
    /// build paid in start-up (docs/performance.md, "Start-up", startup2).
    /// </summary>
    // Serialization only: the generated writer, no metadata for reading (the records are never read back).
    // Nulls are left out: charts.js reads a missing target, label or gap list as none.
    [System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        GenerationMode = System.Text.Json.Serialization.JsonSourceGenerationMode.Serialization)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(ChartConfig))]
    private sealed partial class ChartJson : System.Text.Json.Serialization.JsonSerializerContext;
}
