using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Metrics;

/// <summary>All Mobility Metrics observations from the CSV files in input/data/, indexed by geography and metric.</summary>
public sealed class MobilityData
{
    public static readonly MobilityData Empty = new();

    /// <summary>Observations of one metric for one geography: every year and subgroup, ordered by year.</summary>
    public IReadOnlyList<Observation> Get(string geoid, string metric) => [];

    /// <summary>True when any file has rows for this geography.</summary>
    public bool HasGeography(string geoid) => false;

    /// <summary>The geography's name as Urban's files give it, e.g. "Alameda County, California".</summary>
    public string? NameOf(string geoid) => null;

    /// <summary>Reads every CSV in input/data/, keeping only rows for <paramref name="geoids"/> (the plans' FIPS and peers).</summary>
    public static MobilityData Load(RepositoryLayout layout, MetricCatalog catalog, IReadOnlySet<string> geoids, DiagnosticBag diagnostics) => Empty;
}
