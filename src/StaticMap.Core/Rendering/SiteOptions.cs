using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Rendering;

/// <param name="IncludeDrafts">Build draft plans too (preview, --drafts); their pages are marked noindex.</param>
/// <param name="BaseUrl">The public address, e.g. https://maps.example.org/ ; gives canonical URLs and a base path.</param>
/// <param name="NoIndex">Mark every page noindex (deploy previews).</param>
/// <param name="Calendar">The build date and report grace (--today, --report-grace-months); null for today by <see cref="Clock"/> and a grace of 6 months.</param>
public sealed record SiteOptions(bool IncludeDrafts = false, string? BaseUrl = null, bool NoIndex = false, ReportingCalendar? Calendar = null)
{
    /// <summary>
    /// What the build is made of: its rules, page, file and component kinds and template functions
    /// (<c>StaticMapBuilder.Default().Build()</c>, or with more added). The caller builds it once and passes it; a pipeline
    /// given options without one uses StaticMap's own.
    /// </summary>
    public StaticMapRegistry? Registry { get; init; }

    /// <summary>The registry the build runs with; the pipeline sets it before any stage asks.</summary>
    public StaticMapRegistry Kinds => Registry ?? throw new InvalidOperationException("these SiteOptions have no registry; set Registry = StaticMapBuilder.Default().Build()");

    /// <summary>The component kinds the build knows (parses, checks, renders, describes in its schemas).</summary>
    public ComponentRegistry Components => Kinds.Components;

    /// <summary>The clock "today" is read from, for overdue reports (MAP037) and the editor's default year; tests pass a fixed one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public ReportingCalendar Reporting => Calendar ?? ReportingCalendar.On(Clock);

    /// <summary>Write the browser editor too: /admin.html and its configuration (build --admin, serve --admin; docs/coalition-workflow.md).</summary>
    public bool Admin { get; init; }

    /// <summary>The local decap-server's address (serve --admin): the editor saves to the working copy. Null on a published site.</summary>
    public string? AdminLocalBackend { get; init; }

    /// <summary>
    /// The number of search buckets, instead of <see cref="Model.SearchBuckets.Count"/> of the published plans: for tests
    /// that need several buckets on a small site. Null on every real build.
    /// </summary>
    public int? SearchBucketCount { get; init; }
}
