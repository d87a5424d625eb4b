using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticMap.Core.Model;

/// <summary>
/// The element ids a page has, so that a link's "#fragment" can be checked before anything is rendered: the ids of
/// the narrative's headings and footnotes, and the ids the theme writes for that kind of page (all of which start
/// with "sm-"). Ids the theme makes from data (charts, logic-model groups) are accepted by their prefix.
/// A test compares this with every id of the built pages, so the two cannot drift apart.
/// </summary>
public sealed class PageIds
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    /// <summary>Written by the base layout on every page (sm-plan-nav: the plan navigation's disclosure, on a plan's pages).</summary>
    private static readonly string[] EveryPage = ["sm-site-header", "sm-main", "sm-plan-nav"];

    private PageIds() => _ids.UnionWith(EveryPage);

    public bool Contains(string id) => _ids.Contains(id) || _prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The ids authors are likely to link: the narrative's and the theme's named ones, for suggestions.</summary>
    public IEnumerable<string> Known => _ids;

    private PageIds Add(params IEnumerable<string> ids)
    {
        _ids.UnionWith(ids);
        return this;
    }

    private PageIds AddPrefix(string prefix)
    {
        _prefixes.Add(prefix);
        return this;
    }

    private PageIds AddNarrative(MarkdownBody? body, string prefix = "") =>
        body is null ? this : Add(NarrativeIds(body).Select(id => prefix + id));

    /// <summary>Heading ids (given when parsed), footnotes ("fn:1") and their references ("fnref:1"), as Markdig writes them.</summary>
    public static IEnumerable<string> NarrativeIds(MarkdownBody body)
    {
        foreach (var node in body.Document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading when heading.TryGetAttributes()?.Id is { } id: yield return id; break;
                case Footnote footnote: yield return $"fn:{footnote.Order}"; break;
                case FootnoteLink { IsBackLink: false } link: yield return $"fnref:{link.Index}"; break;
            }
        }
    }

    public static PageIds Home(ContentPage? index) => new PageIds().AddNarrative(index?.Body).Add("sm-plans-heading", "sm-drafts-heading");

    public static PageIds SitePage(ContentPage page) =>
        page.Slug == "404" ? new PageIds().AddNarrative(page.Body).Add("sm-plan-list-heading") : new PageIds().AddNarrative(page.Body);

    public static PageIds Search() => new PageIds().Add("sm-search", "sm-search-form", "sm-search-input", "sm-search-hint", "sm-search-status",
        "sm-search-results", "sm-search-unavailable");

    public static PageIds Overview() => new PageIds().Add("sm-parts-heading", "sm-progress-heading", "sm-coalition-heading", "sm-contact-heading");

    /// <summary>A chart's embeddable page: the chart's own ids (its figure, canvas, table caption), all "sm-chart-…".</summary>
    public static PageIds Embed() => new PageIds().AddPrefix("sm-chart-");

    public static PageIds Glance() => new PageIds().Add("sm-glance-vision-heading", "sm-glance-parts-heading", "sm-glance-metrics-heading",
        "sm-glance-status-heading", "sm-glance-coalition-heading", "sm-glance-contact-heading");

    public static PageIds Status() => new PageIds().Add("sm-parts-status-heading", "sm-measures-heading", "sm-rollup-heading", "sm-rollup-caption");

    public static PageIds ProgressIndex() => new PageIds().Add("sm-reports-heading", "sm-over-time-heading", "sm-over-time-caption");

    public static PageIds Component(Plan plan, Component component) => new PageIds().AddNarrative(component.Body).AddComponent(plan, component);

    public static PageIds Progress(ProgressReport report) => new PageIds().AddNarrative(report.Body).AddProgress(report);

    /// <summary>The whole plan on one page: each narrative's ids carry its section's prefix ("sm-part-findings-jobs").</summary>
    public static PageIds Print(Plan plan)
    {
        var ids = new PageIds().Add("sm-print-coalition");
        foreach (var c in plan.Components)
        {
            var section = "sm-part-" + c.Kind.Slug;
            ids.Add(section, section + "-title").AddNarrative(c.Body, section + "-").AddComponent(plan, c);
        }
        foreach (var r in plan.Progress)
        {
            var section = $"sm-progress-{r.Year}";
            ids.Add(section, section + "-title").AddNarrative(r.Body, section + "-").AddProgress(r);
        }
        return ids;
    }

    private PageIds AddComponent(Plan plan, Component component)
    {
        var partial = component.PartialIds();
        Add(partial.Ids);
        foreach (var prefix in partial.Prefixes) AddPrefix(prefix);
        return this;
    }

    private PageIds AddProgress(ProgressReport report) =>
        Add($"sm-updates-{report.Year}", $"sm-updates-caption-{report.Year}", $"sm-charts-{report.Year}", $"sm-changes-{report.Year}").AddPrefix($"sm-chart-{report.Year}-");
}
