using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class PeerHasNoData() : DiagnosticCode("MAP075", "validate", "Peer has no data for a compared metric", Severity.Warning,
    help: "A metric with 'compare: peers' is charted with the plan's peers; add Urban's file for each peer to input/data/, or remove the peer from 'peers' in plan.yml."), IPlanRule
{
    public static readonly PeerHasNoData Instance = new();

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips) return;
        var compared = PlanMetrics.UrbanMetrics(plan, context.Metrics.Catalog).Where(m => m.Entry.Reference.ComparePeers).ToList();
        if (compared.Count == 0) return;
        // No peers at all is not reported: an empty list is also what a malformed 'peers' leaves, which MAP012 reports.
        var peers = PlanMetrics.Peers(plan, fips);
        var data = context.Metrics.Data;
        foreach (var peer in peers.Where(p => !data.HasGeography(p.Value)))
        {
            // One diagnostic per missing peer, at the peer, however many metrics compare with it.
            diagnostics.Add(At(peer.Span,
                $"peer {peer.Value} has no rows in input/data, so the comparison charts leave it out; add Urban's Mobility Metrics file for {peer.Value} to input/data/ or remove it from 'peers'; {PlanMetrics.Searched(data)}"));
        }
        foreach (var (entry, _, definition) in compared)
        {
            var missing = peers
                .Where(p => data.HasGeography(p.Value) && !data.Get(p.Value, definition.Variable).Any(PlanMetrics.HasValue))
                .Select(p => PlanMetrics.Describe(data, p.Value))
                .ToList();
            if (missing.Count == 0) continue;
            diagnostics.Add(At(entry.Reference.Span,
                $"input/data has no values of {definition.Variable} for peer{(missing.Count == 1 ? "" : "s")} {Prose.Either(missing, "and")}, so the comparison chart leaves {(missing.Count == 1 ? "it" : "them")} out; add Urban's file with {definition.Variable} for {(missing.Count == 1 ? "it" : "them")} to input/data/"));
        }
    }
}
