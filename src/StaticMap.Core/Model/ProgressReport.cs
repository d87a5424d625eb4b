using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Model;

public enum ProgressStatus { NotStarted, OnTrack, AtRisk, OffTrack, Achieved }

/// <summary>progress/&lt;year&gt;.md: the year's updates on indicators and its narrative.</summary>
/// <param name="Title">The title the author wrote; null when the file has none (pages then say "2025 progress report" in their language).</param>
public sealed record ProgressReport(
    int Year,
    string Path,
    string? Title,
    MarkdownBody Body,
    ImmutableArray<ProgressUpdate> Updates,
    SourceSpan YearSpan)
{
    /// <summary>The language the text is written in when it differs from its plan's (an untranslated report in a translation); null: the plan's.</summary>
    public string? TextLanguage { get; init; }

    /// <summary>The date the coalition published the report ('published: YYYY-MM-DD'); null when it did not say.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where the front matter writes 'published' (its value); default when it does not.</summary>
    public SourceSpan PublishedSpan { get; init; }

    /// <summary>'draft: true': an unfinished report (staticmap progress writes it). Built only by serve and build --drafts,
    /// where its page says it is a draft and is noindex; left out of every other page, file and count otherwise.
    /// A translation follows its original's flag.</summary>
    public bool IsDraft { get; init; }

    /// <summary>
    /// The date the feed gives the report: its 'published' date; without one, the first day it can have been published:
    /// the day after its year ends (a year's report describes the whole year), or the plan's release if that is later; and
    /// never after <paramref name="today"/>, the build's date: a report of the year still running (or of a plan whose release
    /// is to come) is on the site today, so it has been published by today, never on a day to come (fixes10, 2026-12-07: the
    /// 2026 report was dated January 1, 2027 in a feed built in December 2026).
    /// </summary>
    public DateOnly FeedDate(DateOnly? planReleased, DateOnly today)
    {
        if (Published is { } published) return published;
        var earliest = new DateOnly(Year + 1, 1, 1);
        var date = planReleased is { } r && r > earliest ? r : earliest;
        return date > today ? today : date;
    }
}

public sealed record ProgressUpdate(
    Located<string> Indicator,
    MeasuredValue? Value,
    ProgressStatus Status,
    string? Note,
    SourceSpan Span,
    SourceSpan? StatusSpan = null,
    SourceSpan? ValueSpan = null,
    string? ValueSource = null,
    int? ValueYear = null)
{
    /// <summary>The language <see cref="Note"/> is written in when it differs from its report's: a translated report's note left
    /// as the original's (left out, or copied as it is); null otherwise.</summary>
    public string? NoteLanguage { get; init; }

    /// <summary>The year the value is for: the report's, or the data's when it was filled in from an earlier year's data.</summary>
    public int YearOf(ProgressReport report) => ValueYear ?? report.Year;

    /// <summary>The coalition wrote a 'status'. When it did not, <see cref="Status"/> is computed from the numbers at build
    /// (<see cref="StatusComputed"/>), or not started when there are none.</summary>
    public bool StatusGiven { get; init; } = true;

    /// <summary><see cref="Status"/> was computed from the value, baseline, target and direction (the coalition left it out).</summary>
    public bool StatusComputed { get; init; }

    /// <summary>The value was filled in from the data and is the same data year as the previous report's: no newer data.</summary>
    public bool NoNewerData { get; init; }

    /// <summary>Urban's data-quality rating of a value filled in from the data: 1 Strong, 2 Marginal, 3 Weak; null when not rated
    /// or written by the coalition.</summary>
    public int? ValueQuality { get; init; }

    /// <summary>The value is an estimate Urban rates Weak (quality 3): no status is computed from it.</summary>
    public bool WeakValue => ValueQuality == 3;

    /// <summary>The update has a status: the coalition's or one computed from the numbers. Without one it has no status yet
    /// (pages say "No status yet"), never a computed "not started".</summary>
    public bool HasStatus => StatusGiven || StatusComputed;
}
