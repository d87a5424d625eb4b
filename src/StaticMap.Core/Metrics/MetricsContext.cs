namespace StaticMap.Core.Metrics;

/// <summary>The metric catalog and the site's Mobility Metrics data, as the validation and render stages see them.</summary>
public sealed record MetricsContext(MetricCatalog Catalog, MobilityData Data);
