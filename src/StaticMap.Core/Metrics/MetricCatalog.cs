using System.Collections.Frozen;

namespace StaticMap.Core.Metrics;

/// <summary>The Mobility Metrics variables StaticMap knows, loaded from the embedded metric-catalog.csv.</summary>
public sealed class MetricCatalog
{
    private readonly FrozenDictionary<string, MetricDefinition> _byVariable;

    public MetricCatalog(IEnumerable<MetricDefinition> metrics)
    {
        All = metrics.ToList();
        _byVariable = All.ToFrozenDictionary(m => m.Variable, StringComparer.Ordinal);
    }

    public IReadOnlyList<MetricDefinition> All { get; }

    public bool TryGet(string variable, out MetricDefinition metric) => _byVariable.TryGetValue(variable, out metric!);

    private static readonly Lazy<MetricCatalog> Default = new(() => new MetricCatalog([]));

    /// <summary>The catalog shipped with StaticMap.</summary>
    public static MetricCatalog Embedded => Default.Value;
}
