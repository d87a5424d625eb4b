using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Numbers;

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

/// <summary>A baseline or target: a value in a year.</summary>
public sealed record Measurement(MeasuredValue Value, int Year);

/// <summary>A value as read: the plain number the author wrote (anything else is MAP042 and never gets this far).</summary>
public sealed record MeasuredValue(double Number)
{
    /// <summary>The parsed number as the site writes it, not the text as typed: 1500, 0.32, -3.</summary>
    public string Text => StrictNumber.Format(Number);

    public override string ToString() => Text;
}
