namespace StaticMap.Core.Metrics;

/// <summary>The metric catalog, the site's Mobility Metrics data and the plans' own CSVs, as validation and rendering see them.</summary>
/// <param name="Local">Observations of each plan-local CSV named by a findings 'file:', by repository-relative path.</param>
public sealed record MetricsContext(MetricCatalog Catalog, MobilityData Data, IReadOnlyDictionary<string, IReadOnlyList<Observation>> Local)
{
    public MetricsContext(MetricCatalog catalog, MobilityData data)
        : this(catalog, data, new Dictionary<string, IReadOnlyList<Observation>>())
    {
    }
}
