using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class WeakData : Rule, IPlanRule
{
    public static readonly WeakData Instance = new();
    public override string Code => "MAP072";
    public override string Title => "Metric shows data Urban rates Weak";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "validate";
    public override string Help => "Urban rates some estimates Weak (quality 3): a community should not act on them. Say so in the takeaway, or choose another metric or year.";

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips) return;
        var data = context.Metrics.Data;
        foreach (var entry in PlanMetrics.Findings(plan))
        {
            var reference = entry.Reference;
            if (!reference.IsLocal && (reference.Metric is null || !context.Metrics.Catalog.TryGet(reference.Metric.Value.Value, out _))) continue;
            var shown = Shown(plan, reference, fips, context).Where(o => o.Quality == DataQuality.Weak && PlanMetrics.HasValue(o)).ToList();
            if (shown.Count == 0) continue;
            var at = (reference.IsLocal ? reference.File : reference.Metric)?.Span ?? reference.Span;
            diagnostics.Add(At(at,
                $"Urban rates {Describe(shown, fips, data)} of {reference.Key} Weak: a community should not act on these values; " +
                "say so in the 'takeaway', or choose another metric or year"));
        }
    }

    /// <summary>What the chart shows: everyone, the requested subgroups, and the peers' everyone rows when compared.</summary>
    private static IEnumerable<Observation> Shown(Plan plan, MetricReference reference, string fips, ValidationContext context)
    {
        var types = PlanMetrics.RequestedSubgroupTypes(reference);
        foreach (var o in PlanMetrics.Observations(plan, reference, fips, context))
        {
            if (o.SubgroupType == SubgroupNames.AllType || types.Contains(o.SubgroupType)) yield return o;
        }
        if (!reference.ComparePeers || reference.Metric is not { } metric) yield break;
        foreach (var peer in PlanMetrics.Peers(plan, fips))
        foreach (var o in context.Metrics.Data.Get(peer.Value, metric.Value))
        {
            if (o.SubgroupType == SubgroupNames.AllType) yield return o;
        }
    }

    /// <summary>"the 2021 and 2022 values (06001), the 2021 value for Black (06001)".</summary>
    private static string Describe(IReadOnlyList<Observation> weak, string fips, MobilityData data)
    {
        var groups = weak
            .GroupBy(o => (o.Geoid, o.Subgroup))
            .Select(g =>
            {
                var years = g.Select(o => o.Year).Distinct().Order().Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
                var who = g.Key.Subgroup == SubgroupNames.AllLabel ? "" : $" for {g.Key.Subgroup}";
                var where = g.Key.Geoid == fips ? PlanMetrics.Describe(data, fips) : $"peer {PlanMetrics.Describe(data, g.Key.Geoid)}";
                return $"the {PlanMetrics.Either(years, "and")} value{(years.Count == 1 ? "" : "s")}{who} ({where})";
            })
            .ToList();
        return PlanMetrics.Either(groups.Take(4).ToList(), "and") + (groups.Count > 4 ? $" and {groups.Count - 4} more" : "");
    }
}
