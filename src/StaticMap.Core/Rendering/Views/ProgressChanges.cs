using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Rendering.Views;

/// <summary>What moved between two reports, in plain sentences for the progress page and the feed.</summary>
public static class ProgressChanges
{
    /// <summary>
    /// Status changes ("Youth employment moved from at risk to on track."), values up or down with both numbers,
    /// indicators reported for the first time and indicators no longer reported. Empty for the first report.
    /// </summary>
    public static IReadOnlyList<string> Describe(Plan plan, ProgressReport? previous, ProgressReport report)
    {
        if (previous is null) return [];
        var indicators = ProgressAssessment.Indicators(plan);
        string Name(string id) => indicators.TryGetValue(id, out var i) ? i.Name : id;
        string Value(string id, MeasuredValue v) => Formatting.WithUnit(v.Number, indicators.GetValueOrDefault(id)?.Unit);
        var before = previous.Updates.DistinctBy(u => u.Indicator.Value).ToDictionary(u => u.Indicator.Value, StringComparer.Ordinal);
        var sentences = new List<string>();
        foreach (var update in report.Updates.DistinctBy(u => u.Indicator.Value))
        {
            var id = update.Indicator.Value;
            if (!before.TryGetValue(id, out var old))
            {
                sentences.Add($"{Name(id)} is reported for the first time: {StatusByNumbers.Words(update.Status)}" +
                              (update.Value is { } v ? $", {Value(id, v)}." : "."));
                continue;
            }
            if (old.Status != update.Status)
                sentences.Add($"{Name(id)} moved from {StatusByNumbers.Words(old.Status)} to {StatusByNumbers.Words(update.Status)}.");
            if (old.Value is { } was && update.Value is { } now && was.Number != now.Number)
                sentences.Add($"{Name(id)} went {(now.Number > was.Number ? "up" : "down")} from {Value(id, was)} in {previous.Year} to {Value(id, now)} in {report.Year}.");
        }
        var reported = report.Updates.Select(u => u.Indicator.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var old in previous.Updates.DistinctBy(u => u.Indicator.Value).Where(u => !reported.Contains(u.Indicator.Value)))
            sentences.Add($"{Name(old.Indicator.Value)} is not reported this year (it was {StatusByNumbers.Words(old.Status)} in {previous.Year}).");
        return sentences;
    }
}
