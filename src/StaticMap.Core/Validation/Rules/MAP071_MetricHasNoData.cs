using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class MetricHasNoData() : DiagnosticCode("MAP071", "validate", "No Mobility Metrics data for the plan's FIPS code",
    help: "The findings show a metric, but no CSV file in input/data/ (or any folder below it) has values of it for the plan's FIPS code; add Urban's Mobility Metrics file for the county or city (a 5-digit FIPS is a county, a 7-digit one a city) to input/data/, under the name Urban gives it (see input/data/README.md). The message lists the folders searched and the FIPS codes found."), IPlanRule
{
    public static readonly MetricHasNoData Instance = new();

    /// <summary>Which of Urban's files has rows for the code: county codes have 5 digits, city (place) codes 7.</summary>
    private static string Kind(string fips) => fips.Length == 7
        ? "a city: Urban's place file, e.g. 61_mobility-metrics_place_longitudinal.csv"
        : "a county: Urban's county file, e.g. 11_mobility-metrics_county_longitudinal.csv";

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips) return;
        var metrics = PlanMetrics.UrbanMetrics(plan, context.Metrics.Catalog).ToList();
        if (metrics.Count == 0) return;
        var data = context.Metrics.Data;
        if (!data.HasGeography(fips))
        {
            // One diagnostic for the missing geography rather than one per metric: it is one fault with one fix.
            var names = metrics.Select(m => m.Definition.Variable).Distinct().ToList();
            diagnostics.Add(At(plan.Metadata.Jurisdiction.FipsSpan,
                $"no CSV file in input/data/ has rows for {fips}, so the findings cannot show {Prose.Either(names.Take(3).ToList(), "and")}{(names.Count > 3 ? $" and {names.Count - 3} more" : "")}; " +
                $"add Urban's Mobility Metrics file for {fips} ({Kind(fips)}) to input/data/ or a folder below it, under Urban's file name (see input/data/README.md); {PlanMetrics.Searched(data)}"));
            return;
        }
        foreach (var (entry, metric, definition) in metrics)
        {
            var observations = data.Get(fips, definition.Variable);
            if (observations.Any(PlanMetrics.HasValue)) continue;
            diagnostics.Add(At(metric.Span,
                $"'{entry.PathOf("metric")}' is {definition.Variable}, but input/data has no values of it for {PlanMetrics.Describe(data, fips)}" +
                (observations.Count > 0 ? " (its rows there are all NA)" : "") +
                $"; add Urban's file with {definition.Variable} for {fips} to input/data/, or remove the entry; {PlanMetrics.Searched(data)}"));
        }
    }
}
