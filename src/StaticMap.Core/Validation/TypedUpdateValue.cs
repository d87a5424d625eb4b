using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation;

/// <summary>
/// A value the author typed in a progress update (not one filled in from the data), with its report, its indicator and where
/// it stands: what the rules that check written numbers (MAP038, MAP055, MAP096) read of the progress reports.
/// </summary>
public readonly record struct TypedUpdateValue(ProgressReport Report, Indicator Indicator, double Value, SourceSpan Span)
{
    /// <summary>The plan's typed update values whose indicator is one of <paramref name="indicators"/>, report by report.</summary>
    public static IEnumerable<TypedUpdateValue> Of(IEnumerable<ProgressReport> reports, IReadOnlyDictionary<string, Indicator> indicators)
    {
        foreach (var report in reports)
        {
            foreach (var update in report.Updates)
            {
                if (update is { ValueSource: null, Value: { } value, ValueSpan: { } span }
                    && indicators.TryGetValue(update.Indicator.Value, out var indicator))
                    yield return new TypedUpdateValue(report, indicator, value.Number, span);
            }
        }
    }
}
