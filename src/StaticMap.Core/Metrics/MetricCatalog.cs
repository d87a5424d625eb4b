using System.Collections.Frozen;

namespace StaticMap.Core.Metrics;

/// <summary>The Mobility Metrics variables StaticMap knows, loaded from the embedded metric-catalog.csv.</summary>
public sealed class MetricCatalog
{
    private readonly FrozenDictionary<string, MetricDefinition> _byVariable;
    private readonly FrozenDictionary<string, MetricDefinition> _byAnyName;
    private readonly FrozenDictionary<string, IReadOnlyList<MetricDefinition>> _bySharedQuality;

    public MetricCatalog(IEnumerable<MetricDefinition> metrics)
    {
        All = metrics.ToList();
        _byVariable = All.ToFrozenDictionary(m => m.Variable, StringComparer.Ordinal);
        // Data files are matched case-insensitively and by older names; the first definition wins on a clash.
        var byAnyName = new Dictionary<string, MetricDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in All) byAnyName.TryAdd(m.Variable, m);
        foreach (var m in All)
        foreach (var alias in m.Aliases)
            byAnyName.TryAdd(alias, m);
        _byAnyName = byAnyName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _bySharedQuality = All
            .SelectMany(m => m.SharedQualityColumns.Select(c => (Column: c, Metric: m)))
            .GroupBy(x => x.Column, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<MetricDefinition>)g.Select(x => x.Metric).ToList(),
                StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<MetricDefinition> All { get; }

    /// <summary>The variable names, in catalog order, for suggestions and docs.</summary>
    public IEnumerable<string> Variables => All.Select(m => m.Variable);

    /// <summary>Looks up a variable by its current name, exactly as authors must write it.</summary>
    public bool TryGet(string variable, out MetricDefinition metric) => _byVariable.TryGetValue(variable, out metric!);

    /// <summary>Looks up a column name of a data file: the current name or an older one ("lbw"), in any case.</summary>
    public bool TryResolve(string name, out MetricDefinition metric) => _byAnyName.TryGetValue(name, out metric!);

    /// <summary>The variables an older release's shared quality column (e.g. "rate_crime_quality") rates; empty for other names.</summary>
    public IReadOnlyList<MetricDefinition> RatedBySharedQualityColumn(string column) =>
        _bySharedQuality.TryGetValue(column, out var metrics) ? metrics : [];

    /// <summary>Reads a catalog in the layout of metric-catalog.csv.</summary>
    public static MetricCatalog Parse(TextReader csv) => new(MetricCatalogCsv.Read(csv));

    private static readonly Lazy<MetricCatalog> Default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The catalog shipped with StaticMap.</summary>
    public static MetricCatalog Embedded => Default.Value;

    private const string ResourceName = "StaticMap.Core.Metrics.metric-catalog.csv";

    private static MetricCatalog LoadEmbedded()
    {
        using var stream = typeof(MetricCatalog).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing; the build of StaticMap.Core is broken.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
