using System.Collections.Frozen;
using System.Globalization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Numbers;
using StaticMap.Core.Metrics.Reading;
using StaticMap.Core.Reading;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Metrics;

/// <summary>All Mobility Metrics observations from the CSV files in input/data/ (at any depth), indexed by geography and metric.</summary>
/// <remarks>
/// When several files (or rows) give the same geography, metric, year and subgroup, one is kept, whatever the files
/// are called: a value beats a missing value (NA, empty), so no file hides another's estimate; for everyone rows, an
/// everyone file (no subgroup columns, or only leaked ones such as 'tenure,All' and 'NA,NA') beats the 'all' rows of
/// a subgroup file; between files of the same kind the first in ordinal path order is kept, and different values are
/// reported (MAP079). Immutable, so safe to share between threads.
/// </remarks>
public sealed class MobilityData
{
    public static readonly MobilityData Empty = new(
        FrozenDictionary<string, FrozenDictionary<string, Observation[]>>.Empty,
        FrozenDictionary<string, string>.Empty, FrozenSet<string>.Empty, [], FrozenSet<string>.Empty);

    /// <summary>Values closer than this (relative) are the same estimate written with other rounding.</summary>
    public const double Tolerance = 1e-3;

    private readonly FrozenDictionary<string, FrozenDictionary<string, Observation[]>> _byGeography;
    private readonly FrozenDictionary<string, string> _names;
    private readonly FrozenSet<string> _geographies;

    private MobilityData(
        FrozenDictionary<string, FrozenDictionary<string, Observation[]>> byGeography,
        FrozenDictionary<string, string> names,
        FrozenSet<string> geographies,
        IReadOnlyList<string> files,
        FrozenSet<string> allGeographies)
    {
        _byGeography = byGeography;
        _names = names;
        _geographies = geographies;
        Files = files;
        AllGeographies = allGeographies;
    }

    /// <summary>The repository-relative paths of the files that were read, in the order they were read.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The folders the files are in ("input/data/", "input/data/mobility-metrics/"), in ordinal order.</summary>
    public IReadOnlyList<string> Folders => Files
        .Select(f => f.LastIndexOf('/') is var i and >= 0 ? f[..(i + 1)] : "")
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The geographies that have rows in any file (only those that were asked for when loading).</summary>
    public IReadOnlyCollection<string> Geographies => _geographies;

    /// <summary>Every FIPS code the files have rows for, asked for or not, to say what is there when a plan's is not.</summary>
    public IReadOnlyCollection<string> AllGeographies { get; }

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

    /// <summary>
    /// Reads two small Mobility Metrics files held in memory (one with quoted values, one without) and throws them away:
    /// called by the start-up warm-up on a second core, so that a check's metrics stage does not pay the CSV reader's first
    /// use (type loads, and the vectorised scan of each kind of file, compiled at run time). Reads nothing from disk.
    /// </summary>
    public static void WarmUp() => WarmUpFiles(new DiagnosticBag());

    /// <summary><see cref="WarmUp"/>'s reading: the observations read, and any problem in <paramref name="diagnostics"/> (there should be none).</summary>
    internal static int WarmUpFiles(DiagnosticBag diagnostics)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal) { "06001" };
        var quoted = new System.Text.StringBuilder("year,state,county,subgroup_type,subgroup,share_employed,share_employed_lb,share_employed_ub,share_employed_quality\n");
        var plain = new System.Text.StringBuilder("year,state,county,state_name,county_name,population,pctl_income_20,pctl_income_20_lb,pctl_income_20_ub,pctl_income_20_quality\n");
        for (var year = 2014; year <= 2022; year++)
        {
            quoted.Append(CultureInfo.InvariantCulture, $"{year},06,001,all,All,0.8084745508716911,0.8034716014947095,0.8134775002486726,1\n");
            quoted.Append(CultureInfo.InvariantCulture, $"{year},06,001,race-ethnicity,\"Black, Non-Hispanic\",0.723742044619459,0.7036869597392419,0.7437971294996761,2\n");
            plain.Append(CultureInfo.InvariantCulture, $"{year},06,001,California,Alameda County,1610921,29546.852499999997,28235.9,30252.749999999996,Strong\n");
            plain.Append(CultureInfo.InvariantCulture, $"{year},27,123,Minnesota,Ramsey County,532655,22588.72,20551.7015,24303.042499999996,Marginal\n");
        }
        return DataFileReader.WarmUp(quoted.ToString(), wanted, diagnostics).Observations.Count
            + DataFileReader.WarmUp(plain.ToString(), wanted, diagnostics).Observations.Count;
    }

    /// <summary>Reads every CSV in input/data/, keeping only rows for <paramref name="geoids"/> (the plans' FIPS and peers).</summary>
    /// <remarks>Never throws for bad files: each problem is a diagnostic (MAP073, MAP077, MAP078, MAP079 and the read rules).</remarks>
    public static MobilityData Load(RepositoryLayout layout, MetricCatalog catalog, IReadOnlySet<string> geoids, DiagnosticBag diagnostics)
    {
        var files = layout.InputDataFiles.Order(StringComparer.Ordinal).ToList();
        var wanted = geoids.ToFrozenSet(StringComparer.Ordinal);
        var contents = new DataFileContents[files.Count];
        // Files are independent; reading them in parallel and merging in path order keeps the merge deterministic.
        Parallel.For(0, files.Count, i => contents[i] = DataFileReader.Read(layout, files[i], catalog, wanted, diagnostics));
        var everyoneFiles = contents.Where(c => !c.HasSubgroupRows).Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        return Build(contents.SelectMany(c => c.Observations), contents.SelectMany(c => c.Names),
            contents.SelectMany(c => c.Geographies), files, contents.SelectMany(c => c.AllGeographies), everyoneFiles, diagnostics);
    }

    /// <summary>Data from observations already in memory, for tests and tools; merged as files are (see the remarks on the class).</summary>
    /// <remarks>A source none of whose observations is a subgroup row counts as an everyone file.</remarks>
    public static MobilityData FromObservations(IEnumerable<Observation> observations, IReadOnlyDictionary<string, string>? names = null,
        DiagnosticBag? diagnostics = null)
    {
        var list = observations.ToList();
        var everyoneFiles = list.GroupBy(o => o.Source, StringComparer.Ordinal)
            .Where(g => g.All(o => o.SubgroupType == SubgroupNames.AllType)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return Build(list, names ?? new Dictionary<string, string>(), list.Select(o => o.Geoid),
            list.Select(o => o.Source).Distinct(StringComparer.Ordinal).ToList(), list.Select(o => o.Geoid), everyoneFiles, diagnostics);
    }

    private static MobilityData Build(
        IEnumerable<Observation> observations,
        IEnumerable<KeyValuePair<string, string>> names,
        IEnumerable<string> geographies,
        IReadOnlyList<string> files,
        IEnumerable<string> allGeographies,
        IReadOnlySet<string> everyoneFiles,
        DiagnosticBag? diagnostics)
    {
        var firstNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (geoid, name) in names) firstNames.TryAdd(geoid, name);

        // Candidates of each estimate, in the order read: files in path order, rows in file order.
        var candidates = new Dictionary<(string, string, int, string, string), List<Observation>>();
        var order = new List<List<Observation>>();
        foreach (var o in observations)
        {
            var key = (o.Geoid, o.Metric, o.Year, o.SubgroupType, o.Subgroup);
            if (!candidates.TryGetValue(key, out var list))
            {
                candidates[key] = list = [];
                order.Add(list);
            }
            list.Add(o);
        }

        var disagreements = new Dictionary<(string Shown, string Other), Disagreement>();
        var byGeography = new Dictionary<string, Dictionary<string, List<Observation>>>(StringComparer.Ordinal);
        foreach (var list in order)
        {
            var chosen = Choose(list, everyoneFiles, disagreements);
            if (!byGeography.TryGetValue(chosen.Geoid, out var metrics))
                byGeography[chosen.Geoid] = metrics = new Dictionary<string, List<Observation>>(StringComparer.Ordinal);
            if (!metrics.TryGetValue(chosen.Metric, out var kept)) metrics[chosen.Metric] = kept = [];
            kept.Add(chosen);
        }
        if (diagnostics is not null)
        {
            foreach (var ((shown, other), d) in disagreements.OrderBy(d => d.Key.Other, StringComparer.Ordinal).ThenBy(d => d.Key.Shown, StringComparer.Ordinal))
            {
                var (shownValue, otherValue) = Show(d.Shown, d.Other);
                diagnostics.Add(DataFilesDisagree.Instance.Create(shown, other, d.Count, Example(d.Shown, firstNames), shownValue, otherValue));
            }
        }
        return new MobilityData(
            byGeography.ToFrozenDictionary(g => g.Key,
                g => g.Value.ToFrozenDictionary(m => m.Key, m => m.Value.Order(ObservationOrder.Instance).ToArray(), StringComparer.Ordinal),
                StringComparer.Ordinal),
            firstNames.ToFrozenDictionary(StringComparer.Ordinal),
            geographies.Concat(byGeography.Keys).ToFrozenSet(StringComparer.Ordinal),
            files,
            allGeographies.Concat(byGeography.Keys).ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The candidate to keep: the first with a value from the best kind of file (for everyone rows, an everyone file
    /// beats a subgroup file), else the first. Other files of that kind with a different value are disagreements.
    /// </summary>
    private static Observation Choose(List<Observation> list, IReadOnlySet<string> everyoneFiles,
        Dictionary<(string, string), Disagreement> disagreements)
    {
        if (list.Count == 1) return list[0];
        int Rank(Observation o) => o.SubgroupType == SubgroupNames.AllType && !everyoneFiles.Contains(o.Source) ? 1 : 0;
        Observation? chosen = null;
        foreach (var o in list)
        {
            if (!PlanMetrics.HasValue(o)) continue;
            if (chosen is null || Rank(o) < Rank(chosen)) chosen = o;
        }
        if (chosen is null) return list[0];
        foreach (var o in list)
        {
            if (ReferenceEquals(o, chosen) || o.Source == chosen.Source || !PlanMetrics.HasValue(o) || Rank(o) != Rank(chosen)
                || SameValue(o, chosen)) continue;
            var key = (chosen.Source, o.Source);
            if (disagreements.TryGetValue(key, out var d)) disagreements[key] = d with { Count = d.Count + 1 };
            else disagreements[key] = new Disagreement(chosen, o, 1);
        }
        return chosen;
    }

    private static bool SameValue(Observation a, Observation b)
    {
        if (a.Value is { } x && b.Value is { } y)
            return Math.Abs(x - y) <= Tolerance * Math.Max(Math.Abs(x), Math.Abs(y));
        return a.Value is null && b.Value is null && string.Equals(a.Text, b.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The two values of a disagreement as the site writes the metric, in English (en-US grouping, the metric's unit and
    /// precision): "$15,196", "80.4%" for a share of 0.804, "3,100,000"; with more decimals where that precision would write
    /// two different values alike ("80.41%" and "80.44%"). Text as published ("NA").
    /// </summary>
    private static (string Shown, string Other) Show(Observation shown, Observation other)
    {
        if (shown.Value is not { } a || other.Value is not { } b) return (Text(shown), Text(other));
        var (unit, scale, decimals) = (MetricCatalog.Embedded.TryGet(shown.Metric, out var metric) ? metric.Format : ValueFormat.Text) switch
        {
            ValueFormat.Proportion => (UnitKind.Percent, 100.0, 1),
            ValueFormat.Dollars => (UnitKind.Dollars, 1.0, 0),
            ValueFormat.Count => (UnitKind.None, 1.0, 0),
            ValueFormat.Rate => (UnitKind.None, 1.0, 1),
            ValueFormat.Ratio => (UnitKind.None, 1.0, 2),
            _ => (UnitKind.None, 1.0, 2),
        };
        string Write(double value) => PlainNumber.Format(value * scale, unit, decimals: decimals);
        while (decimals < 6 && Write(a) == Write(b)) decimals++;
        return (Write(a), Write(b));

        static string Text(Observation o) => o.Value is { } v ? PlainNumber.Format(v, null, 6) : o.Text ?? "NA";
    }

    private static string Example(Observation o, IReadOnlyDictionary<string, string> names)
    {
        var where = names.TryGetValue(o.Geoid, out var name) ? $"{o.Geoid} ({name})" : o.Geoid;
        var who = o.SubgroupType == SubgroupNames.AllType ? "everyone" : $"{o.SubgroupType} {o.Subgroup}";
        return $"{o.Metric} for {where} in {o.Year.ToString(CultureInfo.InvariantCulture)} ({who})";
    }

    private sealed record Disagreement(Observation Shown, Observation Other, int Count);
}
