using System.Globalization;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class ChartTooLarge() : DiagnosticCode("MAP044", "validate", "Chart has more rows than a reader can use", Severity.Warning,
    help: "A chart's data table is part of its page; more than 500 rows (25 years of 20 groups) is more than a reader can scan " +
        "and makes the page slow to load. Chart fewer subgroups or years (drop a type from 'subgroups', or split or summarise the CSV)."), IPlanRule
{
    public static readonly ChartTooLarge Instance = new();

    /// <summary>
    /// Rows of one chart's data table. 500 is 25 years of 20 groups: a table a reader can still scan and a chart whose
    /// lines can still be told apart. Past it the page grows by about 120 bytes a row (the table and the chart's data),
    /// so 500,000 rows made a 58 MB page.
    /// </summary>
    public const int MaxRows = 500;

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var entry in PlanMetrics.Findings(plan))
        {
            var reference = entry.Reference;
            var shown = MetricRows.Of(plan, reference, context.Metrics);
            if (shown.Total <= MaxRows) continue;
            foreach (var (chart, rows) in shown.ChartSizes())
            {
                if (rows <= MaxRows) continue;
                var at = (reference.IsLocal ? reference.File : reference.Metric)?.Span ?? reference.Span;
                var name = chart == ChartRows.Trend ? "trend chart" : $"chart by {chart}";
                diagnostics.Add(At(at,
                    $"the {name} of {reference.Key} would have {N(rows)} rows in its data table, more than the {N(MaxRows)} a reader can use; " +
                    (chart == ChartRows.Trend ? "chart fewer years" : $"remove {chart} from 'subgroups', or chart fewer groups or years")));
            }
        }
    }
}
