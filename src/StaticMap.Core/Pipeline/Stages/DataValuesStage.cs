using StaticMap.Core.Progress;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Data values: indicators tied to a metric take the values the author left out from the data, with their data year (the
/// annual update, <see cref="DataValues"/>). No cache: it is computed from the parsed plans and the data on every run.
/// </summary>
internal sealed class DataValuesStage : PipelineStage<MetricsOutput, DataValuesOutput>
{
    public override string Name => StageNames.DataValues;

    public override DataValuesOutput Run(MetricsOutput input, RunContext run) =>
        new(input, DataValues.Fill(input.Parsed.Site, input.Metrics));
}
