using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Validation.Rules;

public sealed class ValueFromOlderData : Rule, IPlanRule
{
    public static readonly ValueFromOlderData Instance = new();
    public override string Code => "MAP058";
    public override string Title => "Report value is an older year's data";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "validate";
    public override string Help => "A progress update of an indicator with a 'metric' has a typed 'value' equal to the Urban Institute's value for an earlier year (the data have none for the report's year), so the page would show an older estimate as this year's result. A value taken from the data is the value of a data year: leave 'value' out, and StaticMap fills it in at build and shows it with its data year (and says when there is no newer data); or write this year's own value if the coalition has one.";

    public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips || plan.MeasurementPlan is not { } measurementPlan) return;
        var indicators = measurementPlan.Indicators.Where(i => i.Metric is not null).DistinctBy(i => i.Id).ToDictionary(i => i.Id, StringComparer.Ordinal);
        foreach (var report in plan.Progress)
        {
            if (context.HasErrors(report.Path)) continue;
            foreach (var update in report.Updates)
            {
                if (update is not { ValueSource: null, Value: { } value, ValueSpan: { } span }
                    || !indicators.TryGetValue(update.Indicator.Value, out var indicator)
                    || DataValues.Urban(indicator, fips, report.Year, context.Metrics) is not null) continue;
                // The latest year of data before the report's: the value a draft copied from last year's data would have.
                if (DataValues.Latest(indicator, fips, report.Year - 1, context.Metrics) is not { } copied
                    || !DataValues.SameAsWritten(value.Number, copied.Raw * copied.Scale)) continue;
                diagnostics.Add(At(span,
                    $"'{indicator.Id}': the {report.Year} value {value.Text} is the Urban Institute's value of {copied.Definition.Variable} for " +
                    $"{copied.Year}, the latest year of data; a value from the data is the value of its year, not of {report.Year}: " +
                    $"leave 'value' out to show it as the {copied.Year} value, or write the coalition's own {report.Year} value"));
            }
        }
    }
}
