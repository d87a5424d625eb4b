using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Model;

public enum Frequency { Monthly, Quarterly, Annual, Biennial }

public enum Direction { Increase, Decrease, Maintain }

/// <summary>One row of the measurement plan.</summary>
/// <param name="Measures">The id of the logic-model input, output or outcome this indicator measures.</param>
public sealed record Indicator(
    string Id,
    string Name,
    Located<string> Measures,
    string Source,
    string Responsible,
    Frequency Frequency,
    string? Unit,
    Direction? Direction,
    Measurement? Baseline,
    Measurement? Target,
    ImmutableArray<string> DisaggregateBy,
    Located<string>? Metric,
    SourceSpan Span,
    SourceSpan IdSpan);

/// <summary>A baseline or target: a value in a year. The value is kept as written; <see cref="Number"/> when numeric.</summary>
public sealed record Measurement(MeasuredValue Value, int Year);

/// <summary>A value as the author wrote it ("0.72", "1,200", "72%") and its number when it has one.</summary>
public sealed record MeasuredValue(string Text, double? Number)
{
    public override string ToString() => Text;
}
