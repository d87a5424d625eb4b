using System.Collections.Immutable;
using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Data values: indicators tied to a metric take the values the author left out from the data, with their data year (the
/// annual update, <see cref="DataValues"/>). Cache: each plan as filled in, kept while neither the parsed plan nor
/// Urban's data changed, so a preview edit of one plan fills that plan again, not all of them (filling reads only the
/// plan and the data, never the clock).
/// </summary>
internal sealed class DataValuesStage : PipelineStage<MetricsOutput, DataValuesOutput>
{
    private readonly Dictionary<string, (Plan Parsed, Plan Filled)> _filled = new(StringComparer.Ordinal);
    private MobilityData? _filledFrom;

    public override string Name => StageNames.DataValues;

    public override void Release()
    {
        _filled.Clear();
        _filledFrom = null;
    }

    public override DataValuesOutput Run(MetricsOutput input, RunContext run) =>
        new(input, Fill(input.Parsed.Site, input.Metrics));

    private SiteInput Fill(SiteInput site, MetricsContext metrics)
    {
        if (!ReferenceEquals(_filledFrom, metrics.Data))
        {
            _filled.Clear();
            _filledFrom = metrics.Data;
        }
        var plans = site.Plans.Select(plan =>
        {
            if (_filled.TryGetValue(plan.Id, out var kept) && ReferenceEquals(kept.Parsed, plan)) return kept.Filled;
            var filled = DataValues.FillEditions(plan, metrics);
            _filled[plan.Id] = (plan, filled);
            return filled;
        }).ToImmutableArray();
        return site with { Plans = plans };
    }
}
