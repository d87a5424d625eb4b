using StaticMap.Core.Model;
using StaticMap.Core.Progress;

namespace StaticMap.Core.Rendering;

/// <param name="IncludeDrafts">Build draft plans too (preview, --drafts); their pages are marked noindex.</param>
/// <param name="BaseUrl">The public address, e.g. https://maps.example.org/ ; gives canonical URLs and a base path.</param>
/// <param name="NoIndex">Mark every page noindex (deploy previews).</param>
/// <param name="Calendar">The build date and report grace (--today, --report-grace-months); null for STATICMAP_TODAY or the real date.</param>
/// <param name="ComponentKinds">The component kinds the build knows (parses, checks, renders, describes in its schemas); null for StaticMap's own.</param>
public sealed record SiteOptions(bool IncludeDrafts = false, string? BaseUrl = null, bool NoIndex = false, ReportingCalendar? Calendar = null,
    ComponentRegistry? ComponentKinds = null)
{
    public ComponentRegistry Components => ComponentKinds ?? ComponentRegistry.Default;

    public ReportingCalendar Reporting => Calendar ?? ReportingCalendar.FromEnvironment();

    /// <summary>The kinds of page the build declares and writes; null for StaticMap's own (<see cref="SiteRenderer.PageKinds"/>).
    /// A kind added here is in the site map, so its pages are linkable, in the plan navigation and in sitemap.xml.</summary>
    public IEnumerable<Pages.IPageKind>? PageKinds { get; init; }

    /// <summary>The page kinds of this build in their declared order (<see cref="Pages.IPageKind.Order"/>).</summary>
    public IReadOnlyList<Pages.IPageKind> PageKindsInOrder => PageKinds is null ? SiteRenderer.PageKinds : [.. PageKinds.OrderBy(k => k.Order)];

    /// <summary>Write the browser editor too: /admin.html and its configuration (build --admin, serve --admin; docs/coalition-workflow.md).</summary>
    public bool Admin { get; init; }

    /// <summary>The local decap-server's address (serve --admin): the editor saves to the working copy. Null on a published site.</summary>
    public string? AdminLocalBackend { get; init; }
}
