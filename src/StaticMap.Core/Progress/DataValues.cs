using System.Collections.Immutable;
using System.Globalization;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Progress;

/// <summary>
/// Values of indicators with a 'metric' taken from the Urban Institute's Mobility Metrics for the plan's FIPS: a baseline
/// written with a year and no value, and a progress update without a value (the latest year of data up to the report's).
/// </summary>
public static class DataValues
{
    /// <summary>Values closer than this (relative) are the same value written with other rounding.</summary>
    public const double Tolerance = 0.005;

    public static string Source(int year) => $"Urban Institute, Mobility Metrics, {year.ToString(CultureInfo.InvariantCulture)}";

    public static SiteInput Fill(SiteInput site, MetricsContext metrics) =>
        site with { Plans = site.Plans.Select(p => FillEditions(p, metrics)).ToImmutableArray() };

    /// <summary>The plan and each of its translations, which show the same numbers.</summary>
    public static Plan FillEditions(Plan plan, MetricsContext metrics) =>
        Fill(plan, metrics) with { Translations = plan.Translations.Select(t => t with { Plan = Fill(t.Plan, metrics) }).ToImmutableArray() };

    public static Plan Fill(Plan plan, MetricsContext metrics)
    {
        if (PlanMetrics.Fips(plan) is not { } fips || plan.MeasurementPlan is not { } measurementPlan) return plan;
        var indicators = measurementPlan.Indicators.Select(i => WithMetricUnit(i, metrics)).Select(i =>
            i.Baseline is null && i.BaselineFromData is { } wanted && Urban(i, fips, wanted.Year, metrics) is { } value
                ? i with { Baseline = new Measurement(new MeasuredValue(value.Scaled), wanted.Year, Source(wanted.Year), YearSpan: wanted.YearSpan) }
                : i).ToImmutableArray();
        var filled = measurementPlan with { Indicators = indicators };
        var byId = filled.IndicatorsById;
        var progress = ImmutableArray.CreateBuilder<ProgressReport>();
        foreach (var report in plan.Progress)
        {
            // A published report is compared with the published report before it: a draft is left out of the public site.
            var previous = progress.LastOrDefault(r => report.IsDraft || !r.IsDraft);
            progress.Add(report with
            {
                Updates = report.Updates.Select(u =>
                {
                    var indicator = byId.GetValueOrDefault(u.Indicator.Value);
                    if (u.Value is null && indicator is not null && Latest(indicator, fips, report.Year, metrics) is { } latest)
                    {
                        // A value from the data is the value of its data year; the same year as last report's is no newer data.
                        var before = previous?.Updates.FirstOrDefault(p => p.Indicator.Value == u.Indicator.Value);
                        u = u with
                        {
                            Value = new MeasuredValue(latest.Scaled), ValueSource = Source(latest.Year), ValueYear = latest.Year,
                            ValueQuality = latest.Quality is DataQuality.NotRated ? null : (int)latest.Quality,
                        };
                        u = u with { NoNewerData = before is { Value: not null, ValueSource: not null } && before.YearOf(previous!) >= latest.Year };
                    }
                    return WithStatus(u, indicator, report);
                }).ToImmutableArray(),
            });
        }
        return plan with
        {
            Components = plan.Components.Select(c => ReferenceEquals(c, measurementPlan) ? filled : c)
                .ToImmutableArray(),
            Progress = progress.ToImmutable(),
        };
    }

    /// <summary>
    /// The one public status of an update: the coalition's when it wrote one; computed from the numbers when it left it out
    /// (<see cref="StatusByNumbers"/>); none (no status yet) when they do not give one, the value is an estimate Urban rates Weak,
    /// or it is data of the baseline's year in a later report (<see cref="StatusByNumbers.NothingSinceBaseline"/>).
    /// </summary>
    public static ProgressUpdate WithStatus(ProgressUpdate update, Indicator? indicator, ProgressReport report)
    {
        if (update.StatusGiven || update.StatusComputed || update.WeakValue) return update;
        return indicator is not null && StatusByNumbers.Compute(indicator, report, update) is { } computed
            ? update with { Status = computed.Status, StatusComputed = true }
            : update;
    }

    /// <summary>The groups the data give for an indicator's metric in the plan's place ("Black, Non-Hispanic", …), Urban's labels.</summary>
    public static IReadOnlyList<string> Subgroups(Indicator indicator, string fips, MetricsContext metrics) =>
        indicator.Metric is { } metric && metrics.Catalog.TryGet(metric.Value, out var definition)
            ? metrics.Data.Get(fips, definition.Variable).Where(o => !SubgroupNames.IsAll(o.SubgroupType, o.Subgroup))
                .Select(o => o.Subgroup.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>A group's name compared in any case and spacing: "black,non-hispanic" is "Black, Non-Hispanic".</summary>
    public static string SubgroupKey(string label) =>
        new(label.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant).ToArray());

    /// <summary>Urban's value of the indicator's metric for everyone in the place and year (or its 'subgroup''s), in the indicator's scale.</summary>
    public static UrbanValue? Urban(Indicator indicator, string fips, int year, MetricsContext metrics) =>
        Values(indicator, fips, metrics).FirstOrDefault(v => v.Year == year);

    /// <summary>Urban's value for the latest year of data up to <paramref name="year"/>.</summary>
    public static UrbanValue? Latest(Indicator indicator, string fips, int year, MetricsContext metrics) =>
        Values(indicator, fips, metrics).Where(v => v.Year <= year).MaxBy(v => v.Year);

    /// <summary>Every year's value of the indicator's metric (or its subgroup's) in the place, in the indicator's scale.</summary>
    public static IEnumerable<UrbanValue> Values(Indicator indicator, string fips, MetricsContext metrics)
    {
        if (indicator.Metric is not { } metric || !metrics.Catalog.TryGet(metric.Value, out var definition)) yield break;
        var scale = Scale(indicator, definition);
        var group = indicator.Subgroup is { } s ? SubgroupKey(s.Value) : null;
        foreach (var o in metrics.Data.Get(fips, definition.Variable))
        {
            if (o.Value is not { } raw) continue;
            if (group is null ? o.SubgroupType != SubgroupNames.AllType
                    : SubgroupNames.IsAll(o.SubgroupType, o.Subgroup) || SubgroupKey(o.Subgroup) != group) continue;
            yield return new UrbanValue(o.Year, raw, Round(raw * scale, definition.Format, scale), scale, definition, o.Quality, o.Source,
                group is null ? "" : o.Subgroup.Trim());
        }
    }

    /// <summary>
    /// An indicator that follows a metric and has no 'unit' of its own is written as the metric is on the findings page: a share
    /// from 0 to 1 in percent (0.725 → "72.5%", not "0.73"), dollars with the $ sign ("$30,698"), units per household per
    /// 100 households (0.81 → "81 per 100 households", as its chart says; review9, 2026-12-07: "0.81" beside the findings'
    /// "81 per 100 households"). Other metrics keep plain numbers; an author's own 'unit' always wins.
    /// </summary>
    public static Indicator WithMetricUnit(Indicator indicator, MetricsContext metrics) =>
        indicator.Unit is null && indicator.Metric is { } metric && metrics.Catalog.TryGet(metric.Value, out var definition)
            ? definition.Format switch
            {
                ValueFormat.Proportion => indicator with { Unit = "proportion" },
                ValueFormat.Dollars => indicator with { Unit = "dollars" },
                ValueFormat.Ratio when definition.Unit.EndsWith(" per household", StringComparison.Ordinal) => indicator with { Unit = "units per household" },
                _ => indicator,
            }
            : indicator;

    /// <summary>100 when the metric is a share from 0 to 1 and the indicator's unit is percent, else 1.</summary>
    public static double Scale(Indicator indicator, MetricDefinition definition) =>
        definition.Format == ValueFormat.Proportion && UnitWords.IsPercent(indicator.Unit) ? 100 : 1;

    private static double Round(double value, ValueFormat format, double scale) => format switch
    {
        ValueFormat.Proportion => Math.Round(value, scale == 100 ? 1 : 3),
        ValueFormat.Dollars or ValueFormat.Count => Math.Round(value),
        ValueFormat.Rate => Math.Round(value, 1),
        ValueFormat.Ratio => Math.Round(value, 2),
        _ => value,
    };

    public static bool Same(double a, double b) =>
        Math.Abs(a - b) <= Tolerance * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-9;

    /// <summary>
    /// The author's value is Urban's: within <see cref="Tolerance"/>, or Urban's rounded to as many decimals as the author
    /// wrote (7.6 for 7.646).
    /// </summary>
    public static bool SameAsWritten(double author, double urban)
    {
        if (Same(author, urban)) return true;
        var text = StrictNumber.Format(author);
        var dot = text.IndexOf('.');
        var decimals = dot < 0 || text.Contains('E', StringComparison.OrdinalIgnoreCase) ? 0 : text.Length - dot - 1;
        return Math.Abs(author - urban) <= 0.5 * Math.Pow(10, -decimals) + 1e-9;
    }

    public static string Show(double value) => StrictNumber.Format(Math.Round(value, 4));

    /// <summary>
    /// A value in a diagnostic, in English as the site writes the metric (en-US grouping, the metric's precision and unit):
    /// "$15,196", "66.1%", "0.661 (66.1%)" for a share written as a share, "53.8", "3,481", "0.86".
    /// </summary>
    public static string ShowAs(double value, MetricDefinition definition, double scale) => definition.Format switch
    {
        ValueFormat.Dollars => PlainNumber.Format(value, UnitKind.Dollars, decimals: 0),
        ValueFormat.Proportion when scale == 100 => PlainNumber.Format(value, UnitKind.Percent, decimals: 1),
        ValueFormat.Proportion => $"{PlainNumber.Format(value, null, 3)} ({PlainNumber.Format(value, UnitKind.Proportion)})",
        ValueFormat.Count => PlainNumber.Format(value, null, 0),
        ValueFormat.Rate => PlainNumber.Format(value, null, 1),
        ValueFormat.Ratio => PlainNumber.Format(value, null, 2),
        _ => Show(value),
    };

    /// <summary>An author's value in a diagnostic, every decimal written, with en-US grouping and the unit's sign ("$14,000.5", "78%",
    /// a share "0.69 (69.0%)").</summary>
    public static string ShowWritten(double value, MetricDefinition definition, double scale) => definition.Format switch
    {
        ValueFormat.Dollars => PlainNumber.Format(value, UnitKind.Dollars, decimals: PlainNumber.DecimalsOf(value)),
        ValueFormat.Proportion when scale == 100 => PlainNumber.Format(value, UnitKind.Percent, decimals: PlainNumber.DecimalsOf(value)),
        // A share as written, then as the page writes it: "0.69 (69.0%)", beside Urban's "0.671 (67.1%)". A number that is no
        // share (80.4 written for a share: the message says it looks like a percent) is left as written.
        ValueFormat.Proportion when Math.Abs(value) <= 1 =>
            $"{PlainNumber.Format(value, null, PlainNumber.DecimalsOf(value))} ({PlainNumber.Format(value, UnitKind.Proportion)})",
        _ => PlainNumber.Format(value, null, PlainNumber.DecimalsOf(value)),
    };
}

/// <param name="Raw">The value as Urban publishes it (a share 0–1 for proportions).</param>
/// <param name="Scaled">In the indicator's scale (×100 for a share whose indicator is in percent), rounded as the metric is shown.</param>
/// <param name="Quality">Urban's data-quality rating of the estimate.</param>
/// <param name="Source">The repository-relative path of the data file the value was taken from.</param>
/// <param name="Subgroup">The group the value is of, as Urban names it ("Black, Non-Hispanic"), for an indicator with a 'subgroup'; else empty.</param>
public sealed record UrbanValue(int Year, double Raw, double Scaled, double Scale, MetricDefinition Definition,
    DataQuality Quality = DataQuality.NotRated, string Source = "", string Subgroup = "")
{
    /// <summary>The metric and, for a group's value, the group, inside a diagnostic's sentence: "share_employed" or
    /// "share_employed of the group 'Black, Non-Hispanic'" (everyone's value of the same year is another number).</summary>
    public string Of => Subgroup.Length == 0 ? Definition.Variable : $"{Definition.Variable} of the group '{Subgroup}'";
}
