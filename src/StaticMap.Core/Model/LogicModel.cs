using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Model;

/// <summary>Inputs, activities, outputs and outcomes (short, intermediate and long term).</summary>
public sealed record LogicModel(
    ImmutableArray<LogicModelItem> Inputs,
    ImmutableArray<LogicModelItem> Activities,
    ImmutableArray<LogicModelItem> Outputs,
    ImmutableArray<LogicModelItem> ShortTermOutcomes,
    ImmutableArray<LogicModelItem> IntermediateOutcomes,
    ImmutableArray<LogicModelItem> LongTermOutcomes)
{
    public IEnumerable<LogicModelItem> AllItems =>
        Inputs.Concat(Activities).Concat(Outputs).Concat(ShortTermOutcomes).Concat(IntermediateOutcomes).Concat(LongTermOutcomes);

    /// <summary>The items a measurement plan must cover (guide Step 8): inputs, outputs and outcomes.</summary>
    public IEnumerable<LogicModelItem> MeasurableItems => AllItems.Where(i => i.Stage.IsMeasurable());
}

public enum LogicModelStage { Input, Activity, Output, ShortTermOutcome, IntermediateOutcome, LongTermOutcome }

public static class LogicModelStageExtensions
{
    public static bool IsMeasurable(this LogicModelStage stage) => stage != LogicModelStage.Activity;

    public static string DisplayName(this LogicModelStage stage) => stage switch
    {
        LogicModelStage.Input => "Input",
        LogicModelStage.Activity => "Activity",
        LogicModelStage.Output => "Output",
        LogicModelStage.ShortTermOutcome => "Short-term outcome",
        LogicModelStage.IntermediateOutcome => "Intermediate outcome",
        _ => "Long-term outcome",
    };
}

/// <summary>The Five Pillars of Support (guide Step 1.1).</summary>
public enum Pillar
{
    OpportunityRichAndInclusiveNeighborhoods,
    HighQualityEducation,
    RewardingWork,
    HealthyEnvironmentAndAccessToGoodHealthCare,
    ResponsiveAndJustGovernance,
}

public sealed record LogicModelItem(string Id, string Text, LogicModelStage Stage, Pillar? Pillar, SourceSpan Span, SourceSpan IdSpan)
{
    /// <summary>The language <see cref="Text"/> is written in when it differs from its theory of change's: a translation that
    /// leaves the item or its text out (or copies it) shows the original's (English on a Spanish page, marked lang="en"); null:
    /// the theory of change's.</summary>
    public string? TextLanguage { get; init; }
}
