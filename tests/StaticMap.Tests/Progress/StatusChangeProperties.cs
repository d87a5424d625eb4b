using System.Collections.Immutable;
using FsCheck.Xunit;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Rendering.Views;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Progress;

/// <summary>
/// "What changed" says one thing about an indicator's status, the status the updates table shows, for every combination of
/// {status written by the coalition, left out} × {newer data, none} × {a previous report, none}, and of last report's status
/// (written, computed, none): review11, 2026-12-07, "not started" then "on track" beside "its status is not compared".
/// English and Spanish.
/// </summary>
public sealed class StatusChangeProperties
{
    /// <summary>The valid site's plan as parsed: its "People trained" (trainees: 120 people in 2023 to 300 by 2026).</summary>
    private static readonly Lazy<(Plan Plan, Indicator Indicator)> Valid = new(() =>
    {
        using var site = TestSite.Valid();
        var plan = SpanishFixture.Parse(site).Site.Plans.Single();
        return (plan, plan.IndicatorsById["trainees"]);
    });

    private static readonly SourceSpan At = new("plans/test-county/progress/2025.md", 1, 1);

    [Property(MaxTest = 300)]
    public bool What_changed_says_the_status_the_table_shows_and_whose_it_is(bool previousExists, bool previousGiven, byte previousStatus,
        bool given, byte status, bool newerData, bool hasValue, byte value, bool spanish)
    {
        var (plan, indicator) = Valid.Value;
        var t = Theme.DefaultStrings.For(spanish ? "es" : "en");
        var template = plan.Progress[0];
        // Last report (2024): the coalition's value of 2024 (or, with no newer data to come, the data's of 2024), its status
        // written or computed from it.
        var before = Update(130 + value % 40, previousGiven, (ProgressStatus)(previousStatus % 5));
        if (!newerData) before = before with { ValueSource = DataValues.Source(2024), ValueYear = 2024 };
        var previous = template with { Year = 2024, Updates = [DataValues.WithStatus(before, indicator, template with { Year = 2024 })] };
        // This report (2025): a value of 2025, or the data's of 2024 again (no newer data), or none; its status written or left out.
        var update = Update(hasValue || !newerData ? 100 + value : null, given, (ProgressStatus)(status % 5));
        if (!newerData) update = update with { ValueSource = DataValues.Source(2024), ValueYear = 2024, NoNewerData = true };
        var report = template with { Year = 2025, Updates = [DataValues.WithStatus(update, indicator, template with { Year = 2025 })] };
        var now = report.Updates[0];
        var old = previous.Updates[0];
        var sentences = ProgressChanges.Describe(plan, previousExists ? previous : null, report, t);

        string Words(ProgressUpdate u) => Formatting.StatusWords(u.Status, t);
        // "no newer data since 2024", "no hay datos más recientes desde 2024": the words every sentence of no newer data has.
        var noNewer = t.Text("changes.no_newer_data", ("name", "\u0001"), ("year", 2024)).Split('\u0001')[1].Split(';')[0].TrimStart(':', ' ');
        var said = sentences.Where(s => s.Contains(noNewer, StringComparison.Ordinal)).ToList();
        var moved = sentences.Where(s => s.Contains(spanish ? ": pasó de " : " moved from ", StringComparison.Ordinal)).ToList();
        var ok = sentences.All(s => !s.Contains('{') && !s.Contains("not compared", StringComparison.Ordinal) && !s.Contains("no se compara", StringComparison.Ordinal));
        if (!previousExists) return ok && sentences.Count == 0;
        var differs = old.HasStatus && now.HasStatus && old.Status != now.Status;
        if (newerData)
            // The move, when the status moved, to the status the table shows; nothing of data that are not newer.
            return ok && said.Count == 0 && moved.Count == (differs ? 1 : 0)
                   && moved.All(s => s.Contains(Words(old), StringComparison.Ordinal) && s.TrimEnd('.').EndsWith(Words(now), StringComparison.Ordinal));
        // No newer data: one sentence, with the status the table shows and whose it is, the move when it moved.
        if (said.Count != 1 || sentences.Count != 1) return false;
        var sentence = said[0];
        var byCoalition = sentence.Contains(t.Text("changes.by_coalition"), StringComparison.Ordinal);
        var byNumbers = sentence.Contains(t.Text("changes.by_numbers"), StringComparison.Ordinal);
        return ok && (now.HasStatus
            ? sentence.Contains(Words(now), StringComparison.Ordinal) && byCoalition == now.StatusGiven && byNumbers == now.StatusComputed
              && moved.Count == (differs ? 1 : 0)
            : sentence.Contains(t.Text("status.word.none"), StringComparison.Ordinal) && !byCoalition && !byNumbers
              && sentence.Contains(old.HasStatus ? Words(old) : noNewer, StringComparison.Ordinal) && moved.Count == 0);
    }

    private static ProgressUpdate Update(double? value, bool given, ProgressStatus status) =>
        new(new Located<string>("trainees", At), value is { } v ? new MeasuredValue(v) : null, given ? status : ProgressStatus.NotStarted, null, At)
        {
            StatusGiven = given,
        };
}
