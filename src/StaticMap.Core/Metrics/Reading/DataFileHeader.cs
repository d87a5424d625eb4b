namespace StaticMap.Core.Metrics.Reading;

/// <summary>
/// Works out the layout of a Mobility Metrics file from its header alone, so that any of Urban's releases
/// (wide county or city files, per-metric files, subgroup files) and the tidy layout are read the same way.
/// </summary>
internal sealed class DataFileHeader
{
    private static readonly string[] BoundSuffixes = ["_lb", "_ub"];
    private const string QualitySuffix = "_quality";
    private static readonly string[] MetricPrefixes = ["share_", "pctl_", "rate_", "count_", "ratio_", "index_"];

    private readonly IReadOnlyList<string> _header;
    private readonly string[] _names;
    private readonly MetricCatalog _catalog;

    private DataFileHeader(IReadOnlyList<string> header, MetricCatalog catalog)
    {
        _header = header;
        _names = header.Select(h => h.ToLowerInvariant()).ToArray();
        _catalog = catalog;
    }

    /// <summary>Columns that look like metrics (or their bounds and quality) but are not in the catalog.</summary>
    public IReadOnlyList<string> UnknownMetricColumns { get; private set; } = [];

    /// <summary>Why the file cannot be read as Mobility Metrics, or null when it can.</summary>
    public string? SkipReason { get; private set; }

    public static DataFileHeader Analyse(IReadOnlyList<string> header, MetricCatalog catalog, out DataFileColumns? columns)
    {
        var analysis = new DataFileHeader(header, catalog);
        columns = analysis.Columns();
        return analysis;
    }

    private DataFileColumns? Columns()
    {
        if (_header.Count == 0 || _header.All(h => h.Length == 0))
        {
            SkipReason = "it is empty; a Mobility Metrics file starts with a header line such as 'year,state,county,share_employed'";
            return null;
        }
        var geography = new GeographyColumns(Find("geoid", "fips"), Find("state"), Find("county"), Find("place"));
        var year = Find("year");
        var tidy = Find("metric") is var metric and >= 0 && Find("value") is var value and >= 0
            ? new TidyColumns(metric, value, Find("lb"), Find("ub"), Find("quality"), Find("quality_label"))
            : null;
        var metrics = tidy is null ? WideMetrics() : [];

        var nameColumns = Find("county_name", "place_name");
        var namesOnly = tidy is null && metrics.Count == 0 && UnknownMetricColumns.Count == 0;
        var missing = new List<string>();
        // A file of names only (a crosswalk) needs no year; values without a year cannot be charted.
        if (year < 0 && !(namesOnly && nameColumns >= 0)) missing.Add("no 'year' column, so the year of each value is unknown (Urban's 'recent' files give each metric's latest year without naming it; use Urban's longitudinal file instead)");
        if (!geography.IsComplete) missing.Add("no geography columns ('state' and 'county', 'state' and 'place', or 'geoid')");
        if (namesOnly && nameColumns < 0)
            missing.Add("no Mobility Metrics columns (see docs/metrics.md for the variables StaticMap reads)");
        if (missing.Count > 0)
        {
            SkipReason = "it has " + string.Join(", and ", missing);
            return null;
        }
        return new DataFileColumns(_header, geography, year, Find("subgroup_type"), Find("subgroup"),
            Find("state_name"), nameColumns, metrics, tidy);
    }

    private int Find(params string[] names)
    {
        foreach (var name in names)
        {
            var i = Array.IndexOf(_names, name);
            if (i >= 0) return i;
        }
        return -1;
    }

    private List<MetricColumns> WideMetrics()
    {
        var values = new Dictionary<MetricDefinition, int>();
        var lower = new Dictionary<MetricDefinition, int>();
        var upper = new Dictionary<MetricDefinition, int>();
        var quality = new Dictionary<MetricDefinition, int>();
        var shared = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < _names.Length; i++)
        {
            var name = _names[i];
            if (_catalog.TryResolve(name, out var metric)) { values.TryAdd(metric, i); continue; }
            if (WithSuffix(name, "_lb", out metric)) { lower.TryAdd(metric, i); continue; }
            if (WithSuffix(name, "_ub", out metric)) { upper.TryAdd(metric, i); continue; }
            if (WithSuffix(name, QualitySuffix, out metric)) { quality.TryAdd(metric, i); continue; }
            if (_catalog.RatedBySharedQualityColumn(name).Count > 0) { shared.TryAdd(name, i); continue; }
            if (LooksLikeMetric(name)) unknown.Add(_header[i]);
        }
        UnknownMetricColumns = WithoutCompanions(unknown);
        // Metrics in catalog order, so that observations come out in a stable order whatever the column order.
        return _catalog.All
            .Where(values.ContainsKey)
            .Select(m => new MetricColumns(m, values[m], lower.GetValueOrDefault(m, -1), upper.GetValueOrDefault(m, -1),
                quality.TryGetValue(m, out var q) ? q : SharedQuality(m, shared)))
            .ToList();
    }

    private bool WithSuffix(string name, string suffix, out MetricDefinition metric)
    {
        metric = null!;
        return name.EndsWith(suffix, StringComparison.Ordinal) && _catalog.TryResolve(name[..^suffix.Length], out metric);
    }

    private static int SharedQuality(MetricDefinition metric, Dictionary<string, int> shared)
    {
        foreach (var column in metric.SharedQualityColumns)
            if (shared.TryGetValue(column.ToLowerInvariant(), out var i)) return i;
        return -1;
    }

    private static bool LooksLikeMetric(string name) =>
        MetricPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))
        || BoundSuffixes.Any(s => name.EndsWith(s, StringComparison.Ordinal))
        || name.EndsWith(QualitySuffix, StringComparison.Ordinal);

    /// <summary>
    /// Names each unknown metric once: "index_air_quality_quality" and "transportation_cost_quality" are listed as the
    /// columns they qualify ("index_air_quality", "transportation_cost") when those are in the header.
    /// </summary>
    private List<string> WithoutCompanions(List<string> unknown) => unknown
        .Select(u =>
        {
            var lower = u.ToLowerInvariant();
            foreach (var suffix in BoundSuffixes.Append(QualitySuffix))
            {
                if (!lower.EndsWith(suffix, StringComparison.Ordinal)) continue;
                var i = Array.IndexOf(_names, lower[..^suffix.Length]);
                if (i >= 0) return _header[i];
            }
            return u;
        })
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}
