using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Views;

/// <summary>A plan as the home page lists it.</summary>
public sealed record PlanCard(string Title, string Href, string Jurisdiction, string Summary, string? Released, string? ReleasedIso,
    bool IsDraft, bool IsExample, int ProgressReports, int? LatestProgressYear)
{
    /// <param name="text">The listing page's language (English unless given): the release date is written in it.</param>
    public static PlanCard From(Plan plan, SiteUrlFormatter urls, Localization.UiStrings? text = null) => new(
        plan.Metadata.Title,
        urls.Href(SiteUrls.Plan(plan)),
        Formatting.Jurisdiction(plan.Metadata.Jurisdiction, text),
        plan.Metadata.Summary,
        plan.Metadata.Released is { } d ? Formatting.Date(d, text) : null,
        plan.Metadata.Released is { } r ? Formatting.IsoDate(r) : null,
        !plan.IsReleased,
        plan.Metadata.IsExample,
        plan.Progress.Length,
        plan.Progress.IsEmpty ? null : plan.Progress[^1].Year);
}
