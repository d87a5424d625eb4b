using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class WeakData() : DiagnosticCode("MAP072", "validate", "Metric shows data Urban rates Weak", Severity.Warning,
    help: "Urban rates some estimates Weak (quality 3): a community should not act on them. The page marks them Weak and its sentences leave them out; make sure the takeaway and the narrative do not rest on them, or choose another metric or year. An indicator that follows a metric (or a group of it) whose latest estimate Urban rates Weak is warned about too: the page marks it and computes no status from it. It is advice: it does not block check --release."), IPlanRule
{
    public static readonly WeakData Instance = new();

    /// <summary>Urban's rating of its own data: no plan can resolve it, so it never blocks <c>check --release</c>.</summary>
    public override bool BlocksRelease => false;

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips) return;
        var data = context.Metrics.Data;
        foreach (var entry in PlanMetrics.Findings(plan))
        {
            var reference = entry.Reference;
            if (!reference.IsLocal && (reference.Metric is null || !context.Metrics.Catalog.TryGet(reference.Metric.Value.Value, out _))) continue;
            var shown = MetricRows.Of(plan, reference, context.Metrics).Rated(DataQuality.Weak);
            if (shown.Count == 0) continue;
            var at = (reference.IsLocal ? reference.File : reference.Metric)?.Span ?? reference.Span;
            diagnostics.Add(At(at,
                // The places as sentences, not in brackets: a place is named with its own ("42101 (Philadelphia County, …)").
                $"Urban rates values of {reference.Key} shown here Weak. {Describe(shown, fips, plan.Metadata.Jurisdiction.Name, data)}. " +
                "A community should not act on them: the page marks them and its sentences leave them out; make sure the 'takeaway' " +
                "and the narrative do not rest on them, or choose another metric or year"));
        }
        if (plan.MeasurementPlan is not { } measurementPlan) return;
        foreach (var indicator in measurementPlan.Indicators.Where(i => i.Metric is not null).DistinctBy(i => i.Id))
        {
            // The latest estimate is the one the indicator's page and charts lead with: a Weak one is marked there, and said here.
            if (DataValues.Values(indicator, fips, context.Metrics).MaxBy(v => v.Year) is not { Quality: DataQuality.Weak } latest) continue;
            diagnostics.Add(At(indicator.Subgroup?.Span ?? indicator.Metric?.Span ?? indicator.Span,
                $"'{indicator.Id}' follows {latest.Of}, whose {latest.Year} estimate for {PlanMetrics.Describe(data, fips)}, the latest, Urban rates Weak. " +
                "A community should not act on it: the page marks it and computes no status from it; make sure the indicator's " +
                "baseline, target and progress notes do not rest on it, or follow another group or metric"));
        }
    }

    /// <summary>"Alameda County, California (06001): 2021–2023 for everyone and 'Black'. The peer Ramsey County, Minnesota (27123):
    /// 2021 for everyone". Each sentence starts with the place's name, not a bare FIPS code.</summary>
    private static string Describe(IReadOnlyList<Observation> weak, string fips, string planPlace, MobilityData data)
    {
        var places = weak
            .GroupBy(o => o.Geoid)
            .OrderBy(g => g.Key == fips ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(place =>
            {
                // Groups with the same weak years are named together: "2021–2023 for everyone, 'Black' and 'Hispanic'". A group's
                // name is quoted, as Urban writes it: its own commas ('Black, Non-Hispanic') would run into the list's.
                var byYears = place
                    .GroupBy(o => o.Subgroup == SubgroupNames.AllLabel ? "everyone" : $"'{o.Subgroup.Trim()}'")
                    .Select(g => (Who: g.Key, Years: PlanMetrics.Years(g.Select(o => o.Year))))
                    .GroupBy(x => x.Years)
                    .Select(g => $"{g.Key} for {Prose.Either(g.Select(x => x.Who).ToList(), "and")}");
                // The place as Urban's file names it, its code after it; without a name, the plan's own place, or a peer by its code.
                var where = place.Key == fips
                    ? $"{data.NameOf(fips) ?? planPlace.Trim()} ({fips})"
                    : data.NameOf(place.Key) is { } peer ? $"The peer {peer} ({place.Key})" : $"The peer with FIPS code {place.Key}";
                return $"{where}: {string.Join("; ", byYears)}";
            });
        return string.Join(". ", places);
    }
}
