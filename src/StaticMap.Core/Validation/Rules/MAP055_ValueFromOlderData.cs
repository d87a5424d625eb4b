using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class ValueFromOlderData() : DiagnosticCode("MAP055", "validate", "Report value is an older year's data", Severity.Warning,
    help: "A progress update of an indicator with a 'metric' has a typed 'value' equal to the Urban Institute's value for an earlier year (rounded as the value is written) (the data have none for the report's year), so the page would show an older estimate as this year's result. The message writes the value as the site does (\"80.4%\"), with the group for an indicator with a 'subgroup' and the data file and year it matches. A value taken from the data is the value of a data year: leave 'value' out, and StaticMap fills it in at build and shows it with its data year (and says when there is no newer data); or write this year's own value if the coalition has one."), IPlanRule
{
    public static readonly ValueFromOlderData Instance = new();

    /// <summary>The plan and the data.</summary>
    public RuleInputs Reads => RuleInputs.Data;

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips || plan.MeasurementPlan is not { } measurementPlan) return;
        var indicators = measurementPlan.IndicatorsById;
        foreach (var (report, indicator, value, span) in TypedUpdateValue.Of(plan.Progress.Where(r => !context.HasErrors(r.Path)), indicators))
        {
            if (indicator.Metric is null || DataValues.Urban(indicator, fips, report.Year, context.Metrics) is not null) continue;
            // A year of data before the report's whose value, rounded as the author rounded, is the one written (the latest first).
            var older = DataValues.Values(indicator, fips, context.Metrics).Where(v => v.Year < report.Year).OrderByDescending(v => v.Year).ToList();
            var decimals = PlainNumber.DecimalsOf(value);
            if (older.FirstOrDefault(o => Math.Round(o.Raw * o.Scale, decimals, MidpointRounding.AwayFromZero) == value) is not { } copied) continue;
            // The value as the site writes it ("80.4%", "$30,692"), the group's name and the file, as MAP038 writes them.
            var source = string.IsNullOrEmpty(copied.Source) ? "" : $" (from {copied.Source}, its {copied.Year} row)";
            diagnostics.Add(At(span,
                $"'{indicator.Id}': the {report.Year} value {DataValues.ShowWritten(value, copied.Definition, copied.Scale)} is the Urban Institute's value of " +
                $"{copied.Of} for {copied.Year}{source}{(copied.Year == older[0].Year ? ", the latest year of data" : "")}; a value from the data is the value of its year, " +
                $"not of {report.Year}: leave 'value' out to show the latest data with their year, or write the coalition's own {report.Year} value"));
        }
    }
}
