using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Metrics: Urban's Mobility Metrics files for every place a plan shows, and each plan's own CSVs. Cache: Urban's data
/// (read again when input/data changed or a plan names a place not read yet) and each plan's own data (read again when
/// the plan was parsed again).
/// </summary>
internal sealed class MetricsStage : PipelineStage<ParseOutput, MetricsOutput>
{
    private (MobilityData Data, IReadOnlySet<string> Geoids, IReadOnlyList<Diagnostic> Diagnostics)? _data;
    private readonly Dictionary<string, (IReadOnlyDictionary<string, IReadOnlyList<Observation>> Local, IReadOnlyList<Diagnostic> Diagnostics)> _local =
        new(StringComparer.Ordinal);

    public override string Name => StageNames.Metrics;

    public override void Invalidate(Change change)
    {
        if (change.Everything || change.Data) _data = null;
        if (change.Everything) _local.Clear();
    }

    public override void Release()
    {
        _data = null;
        _local.Clear();
    }

    public override MetricsOutput Run(ParseOutput input, RunContext run)
    {
        var site = input.Site;
        var geoids = Geoids(site);
        if (_data is not { } cached || !geoids.IsSubsetOf(cached.Geoids))
        {
            var bag = new DiagnosticBag();
            var data = MobilityData.Load(input.Read.Layout, MetricCatalog.Embedded, geoids, bag);
            _data = (data, geoids, bag.ToSortedList());
        }
        foreach (var id in _local.Keys.Where(id => site.Plans.All(p => p.Id != id)).ToList()) _local.Remove(id);
        var changed = input.Changed.ToHashSet(StringComparer.Ordinal);
        Parallel.ForEach(site.Plans.Where(p => changed.Contains(p.Id)).ToList(), plan =>
        {
            var bag = new DiagnosticBag();
            var local = LocalData.Load(input.Read.Layout, [plan], bag);
            lock (_local) _local[plan.Id] = (local, bag.ToSortedList());
        });
        var all = _local.Values.SelectMany(p => p.Local).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var diagnostics = _data.Value.Diagnostics.Concat(_local.Values.SelectMany(p => p.Diagnostics)).ToList();
        return new MetricsOutput(input, new MetricsContext(MetricCatalog.Embedded, _data.Value.Data, all), diagnostics);
    }

    /// <summary>The places whose Mobility Metrics the site shows: every plan's jurisdiction and peers.</summary>
    public static IReadOnlySet<string> Geoids(SiteInput site) =>
        site.Plans.SelectMany(p => p.Metadata.Peers.Select(x => x.Value).Append(p.Metadata.Jurisdiction.Fips))
            .Where(g => g.Length > 0).ToHashSet(StringComparer.Ordinal);
}
