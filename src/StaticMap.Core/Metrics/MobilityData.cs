using System.Collections.Frozen;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics.Reading;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Metrics;

/// <summary>All Mobility Metrics observations from the CSV files in input/data/, indexed by geography and metric.</summary>
/// <remarks>
/// When two files (or two rows) give the same geography, metric, year and subgroup, the first one read wins:
/// files are read in ordinal order of their paths, rows in file order. Immutable, so safe to share between threads.
/// </remarks>
public sealed class MobilityData
{
    public static readonly MobilityData Empty = new(
        FrozenDictionary<string, FrozenDictionary<string, Observation[]>>.Empty,
        FrozenDictionary<string, string>.Empty, FrozenSet<string>.Empty, []);

    private readonly FrozenDictionary<string, FrozenDictionary<string, Observation[]>> _byGeography;
    private readonly FrozenDictionary<string, string> _names;
    private readonly FrozenSet<string> _geographies;

    private MobilityData(
        FrozenDictionary<string, FrozenDictionary<string, Observation[]>> byGeography,
        FrozenDictionary<string, string> names,
        FrozenSet<string> geographies,
        IReadOnlyList<string> files)
    {
        _byGeography = byGeography;
        _names = names;
        _geographies = geographies;
        Files = files;
    }

    /// <summary>The repository-relative paths of the files that were read, in the order they were read.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The geographies that have rows in any file (only those that were asked for when loading).</summary>
    public IReadOnlyCollection<string> Geographies => _geographies;

    /// <summary>Observations of one metric for one geography: every year and subgroup, ordered by year.</summary>
    /// <remarks>Within a year the all-people row comes first, then subgroups by type and label (ordinal).</remarks>
    public IReadOnlyList<Observation> Get(string geoid, string metric) =>
        _byGeography.TryGetValue(geoid, out var metrics) && metrics.TryGetValue(metric, out var observations)
            ? observations
            : [];

    /// <summary>The metrics that have observations for this geography, in ordinal order.</summary>
    public IReadOnlyList<string> MetricsOf(string geoid) =>
        _byGeography.TryGetValue(geoid, out var metrics) ? metrics.Keys.Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>True when any file has rows for this geography.</summary>
    public bool HasGeography(string geoid) => _geographies.Contains(geoid);

    /// <summary>The geography's name as Urban's files give it, e.g. "Alameda County, California".</summary>
    public string? NameOf(string geoid) => _names.GetValueOrDefault(geoid);

    /// <summary>Reads every CSV in input/data/, keeping only rows for <paramref name="geoids"/> (the plans' FIPS and peers).</summary>
    /// <remarks>Never throws for bad files: each problem is a diagnostic (MAP073, MAP077, MAP078, and the read rules).</remarks>
    public static MobilityData Load(RepositoryLayout layout, MetricCatalog catalog, IReadOnlySet<string> geoids, DiagnosticBag diagnostics)
    {
        var files = layout.InputDataFiles.Order(StringComparer.Ordinal).ToList();
        var wanted = geoids.ToFrozenSet(StringComparer.Ordinal);
        var contents = new DataFileContents[files.Count];
        // Files are independent; reading them in parallel and merging in path order keeps "first file wins" deterministic.
        Parallel.For(0, files.Count, i => contents[i] = DataFileReader.Read(layout, files[i], catalog, wanted, diagnostics));
        return Build(contents.SelectMany(c => c.Observations), contents.SelectMany(c => c.Names),
            contents.SelectMany(c => c.Geographies), files);
    }

    /// <summary>Data from observations already in memory, for tests and tools; the first of duplicate observations wins.</summary>
    public static MobilityData FromObservations(IEnumerable<Observation> observations, IReadOnlyDictionary<string, string>? names = null)
    {
        var list = observations.ToList();
        return Build(list, names ?? new Dictionary<string, string>(), list.Select(o => o.Geoid),
            list.Select(o => o.Source).Distinct(StringComparer.Ordinal).ToList());
    }

    private static MobilityData Build(
        IEnumerable<Observation> observations,
        IEnumerable<KeyValuePair<string, string>> names,
        IEnumerable<string> geographies,
        IReadOnlyList<string> files)
    {
        var seen = new HashSet<(string, string, int, string, string)>();
        var byGeography = new Dictionary<string, Dictionary<string, List<Observation>>>(StringComparer.Ordinal);
        foreach (var o in observations)
        {
            if (!seen.Add((o.Geoid, o.Metric, o.Year, o.SubgroupType, o.Subgroup))) continue;
            if (!byGeography.TryGetValue(o.Geoid, out var metrics))
                byGeography[o.Geoid] = metrics = new Dictionary<string, List<Observation>>(StringComparer.Ordinal);
            if (!metrics.TryGetValue(o.Metric, out var list)) metrics[o.Metric] = list = [];
            list.Add(o);
        }
        var firstNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (geoid, name) in names) firstNames.TryAdd(geoid, name);
        return new MobilityData(
            byGeography.ToFrozenDictionary(g => g.Key,
                g => g.Value.ToFrozenDictionary(m => m.Key, m => m.Value.Order(ObservationOrder.Instance).ToArray(), StringComparer.Ordinal),
                StringComparer.Ordinal),
            firstNames.ToFrozenDictionary(StringComparer.Ordinal),
            geographies.Concat(byGeography.Keys).ToFrozenSet(StringComparer.Ordinal),
            files);
    }
}
