using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class ValueDiffersFromData() : DiagnosticCode("MAP038", "validate", "Value differs from the Mobility Metrics data", Severity.Warning,
    help: "An indicator with a 'metric' has a baseline or progress value that differs (by more than 0.5%, and more than rounding to the decimals written) from the Urban Institute's value of that metric for the plan's FIPS code and year. Use Urban's value, or leave 'value' out so that StaticMap fills it in from the data; a share from 0 to 1 is written as a percent (0.804 → 80.4) only when the indicator has 'unit: percent'. The message writes numbers as the site writes the metric (\"$15,196\", \"80.4%\"), the number to write as YAML takes it (15196), the group the value is of for an indicator with a 'subgroup' (\"share_employed of the group 'Black, Non-Hispanic'\"), and the data file and year the value comes from: Urban's files can disagree (the place files 61 and 06 give different everyone values for some places and years), and the site shows the everyone file's value."), IPlanRule
{
    public static readonly ValueDiffersFromData Instance = new();

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips || plan.MeasurementPlan is not { } measurementPlan) return;
        var indicators = measurementPlan.IndicatorsById;
        foreach (var indicator in indicators.Values.Where(i => i.Metric is not null))
        {
            if (indicator.Baseline is { Source: null, ValueSpan: { } span } baseline
                && DataValues.Urban(indicator, fips, baseline.Year, context.Metrics) is { } urban)
                Compare(indicator, "baseline", baseline.Value.Number, urban, span, fips, context, diagnostics);
        }
        foreach (var (report, indicator, value, span) in TypedUpdateValue.Of(plan.Progress, indicators))
        {
            if (indicator.Metric is null || DataValues.Urban(indicator, fips, report.Year, context.Metrics) is not { } urban) continue;
            Compare(indicator, $"the {report.Year} value", value, urban, span, fips, context, diagnostics);
        }
    }

    private void Compare(Indicator indicator, string what, double author, UrbanValue urban, SourceSpan at, string fips,
        ValidationContext context, DiagnosticBag diagnostics)
    {
        var expected = urban.Raw * urban.Scale;
        if (DataValues.SameAsWritten(author, expected)) return;
        var definition = urban.Definition;
        var metric = definition.Variable;
        // Numbers as the site writes the metric ("$15,196", "80.4%"); the number to write is plain, as YAML takes it, and
        // rounded as the site shows it (15196 for 15196.455), which the check accepts as written.
        var write = DataValues.Show(urban.Scaled);
        var share = PlainNumber.Format(urban.Raw, null, 4);
        var leave = "or leave 'value' out to fill it in from the data";
        var fix = definition.Format != ValueFormat.Proportion ? $"write {write}, {leave}"
            : urban.Scale == 1 && DataValues.Same(author, urban.Raw * 100)
                ? $"Urban gives {metric} as a share from 0 to 1 and {DataValues.Show(author)} looks like a percent: add 'unit: percent' " +
                  $"to the indicator, write {write}, {leave}"
            : urban.Scale == 100 && DataValues.Same(author, urban.Raw)
                ? $"the indicator's unit is percent, so write Urban's share {share} as {write}, {leave}"
            : $"write {write}, {leave}";
        var source = string.IsNullOrEmpty(urban.Source) ? "" : $" (from {urban.Source}, its {urban.Year} row, the value the site shows)";
        diagnostics.Add(At(at,
            $"'{indicator.Id}': {what} is {DataValues.ShowWritten(author, definition, urban.Scale)}, but the Urban Institute's Mobility Metrics give " +
            $"{urban.Of} for {PlanMetrics.Describe(context.Metrics.Data, fips)} in {urban.Year} as {DataValues.ShowAs(expected, definition, urban.Scale)}" +
            $"{source}; {fix}" +
            // Urban's own value may be one a community should not act on: say so before the author copies it in.
            (urban.Quality == DataQuality.Weak ? "; Urban rates that estimate weak, so the site marks it and computes no status from it" : "")));
    }
}
