using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Numbers;

namespace StaticMap.Core.Model;

public enum Frequency { Monthly, Quarterly, Annual, Biennial }

public enum Direction { Increase, Decrease, Maintain }

/// <summary>One row of the measurement plan.</summary>
/// <param name="Subgroup">With a <paramref name="Metric"/>: the group, as Urban names it ("Black, Non-Hispanic"; any case and
/// spacing), whose values the indicator takes from the data instead of everyone's.</param>
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
    SourceSpan IdSpan,
    DataBaseline? BaselineFromData = null,
    Located<string>? Subgroup = null)
{
    /// <summary>The language <see cref="Name"/> is written in when it differs from its measurement plan's: a translation that
    /// leaves an indicator's name out shows the original's (English on a Spanish page, marked lang="en"); null: the plan's.</summary>
    public string? NameLanguage { get; init; }

    /// <summary>The language <see cref="Unit"/> is written in when it differs from its measurement plan's: a translation that
    /// leaves the unit out (or copies it) shows the original's ("people" on a Spanish page, marked lang="en"); null: the plan's.</summary>
    public string? UnitLanguage { get; init; }

    /// <summary>As <see cref="NameLanguage"/>, for <see cref="Source"/> ("Program records" on a Spanish page, marked lang="en").</summary>
    public string? SourceLanguage { get; init; }

    /// <summary>As <see cref="NameLanguage"/>, for <see cref="Responsible"/>.</summary>
    public string? ResponsibleLanguage { get; init; }
}

/// <summary>A baseline written with a year but no value, for an indicator with a 'metric': its value comes from the data.</summary>
/// <param name="Span">The baseline mapping, for diagnostics.</param>
/// <param name="YearSpan">Where the author wrote the year, for diagnostics (MAP086).</param>
public sealed record DataBaseline(int Year, SourceSpan Span, SourceSpan? YearSpan = null);

/// <summary>A baseline or target: a value in a year.</summary>
/// <param name="Source">Where a value filled in from the data comes from ("Urban Institute, Mobility Metrics, 2021"); null when the author wrote it.</param>
/// <param name="ValueSpan">Where the author wrote the value, for diagnostics.</param>
/// <param name="YearSpan">Where the author wrote the year, for diagnostics (MAP086).</param>
public sealed record Measurement(MeasuredValue Value, int Year, string? Source = null, SourceSpan? ValueSpan = null, SourceSpan? YearSpan = null);

/// <summary>A value as read: the plain number the author wrote (anything else is MAP042 and never gets this far).</summary>
public sealed record MeasuredValue(double Number)
{
    /// <summary>The parsed number as the site writes it, not the text as typed: 1500, 0.32, -3.</summary>
    public string Text => StrictNumber.Format(Number);

    public override string ToString() => Text;
}
