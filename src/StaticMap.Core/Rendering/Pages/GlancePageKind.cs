using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Markdown;
using StaticMap.Core.Rendering.Views;

namespace StaticMap.Core.Rendering.Pages;

/// <summary>A plan at a glance: one printed sheet of US Letter for a journalist, a council member or a newsletter.</summary>
/// <param name="Vision">The theory of change's vision, or null when the plan has none.</param>
/// <param name="VisionLang">The vision's language when it is not the page's (a translation not done yet).</param>
/// <param name="Status">The latest progress report's indicators by status; null when the plan has no report yet.</param>
public sealed record GlancePage(
    PlanOverview Overview,
    string? Vision,
    string? VisionLang,
    IReadOnlyList<GlancePart> Parts,
    IReadOnlyList<GlanceMetric> Metrics,
    GlanceStatus? Status,
    string PrintHref,
    string? Credit);

/// <param name="Line">The part's first sentence that reads on its own; empty when it has no text yet.</param>
public sealed record GlancePart(string Title, string Href, string Line, string? Lang = null, string? TitleLang = null);

/// <summary>A headline metric: its latest usable estimate (never one Urban rates Weak), the trend and the gap by race and ethnicity.</summary>
/// <param name="Gap">The sentence of the breakdown by race and ethnicity; null when the plan does not show one.</param>
/// <param name="Source">The coalition's own data: its source line under the figure ("Source: the coalition's own data
/// (data/jobs.csv)."); null for a Mobility Metric, which the section's one credit line names.</param>
public sealed record GlanceMetric(string Title, string? TitleLang, string Value, int Year, string Trend, string? Gap, string Href,
    string? Source = null)
{
    /// <summary><see cref="Value"/> and <see cref="Trend"/> as HTML when a local CSV's unit is in another language than the
    /// page's (<see cref="Charts.ForeignUnit"/>); null: the text, escaped.</summary>
    public RawHtml? ValueHtml { get; init; }

    public RawHtml? TrendHtml { get; init; }
}

/// <param name="Counts">"On track: 3" and the like, in the order of the statuses, the ones with no indicator left out.</param>
public sealed record GlanceStatus(int Year, string Title, string Href, string Sentence, IReadOnlyList<GlanceCount> Counts);

public sealed record GlanceCount(string Slug, string Label, int Count, string CountText);

/// <summary>
/// The plan at a glance (<c>/&lt;plan&gt;/at-a-glance/</c>, and under <c>/&lt;lang&gt;/</c> for a translation): the vision, the five
/// parts in a line each, three to six headline metrics, the indicators by status, coalition, contact and release date.
/// Built from the overview's, the components' and the progress pages' models, so it says what those pages say.
/// </summary>
public sealed class GlancePageKind : IPageKind
{
    /// <summary>At most this many metrics are headlines; the findings page has all of them.</summary>
    public const int MaxHeadlines = 6;

    /// <summary>The subgroup type of the breakdown by race and ethnicity, as the data files name it once normalised.</summary>
    private const string RaceEthnicity = "race-ethnicity";

    public int Order => 85;

    /// <summary>One summary per plan and language, linked from the overview (not from the plan navigation), in sitemap.xml.</summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Declarations.PlanEditions(site).Select(e => Declarations.PlanPage(this, "glance", e.Main, e.Segment, SiteUrls.Glance(e.Edition),
            () => ThemeIds.Page().Add("sm-glance-vision-heading", "sm-glance-parts-heading", "sm-glance-metrics-heading",
                "sm-glance-status-heading", "sm-glance-coalition-heading", "sm-glance-contact-heading")) with
        {
            Modified = e.Main.Metadata.Released,
        });

    public IEnumerable<Page> Pages(RenderContext context)
    {
        var overviews = context.PagesOf(new PlanOverviewPageKind()).ToDictionary(p => p.Url);
        var components = context.PagesOf(new ComponentPageKind()).ToDictionary(p => p.Url);
        foreach (var plan in context.PlansInScope)
        {
            var url = SiteUrls.Glance(plan);
            var t = context.Text(plan.Metadata.Language);
            var overview = (PlanOverview)overviews[SiteUrls.Plan(plan)].Model;
            var theory = plan.TheoryOfChange;
            var vision = string.IsNullOrWhiteSpace(theory?.Vision) ? null : theory!.Vision.Trim();
            var parts = plan.Components.Select(c => new GlancePart(Formatting.ComponentTitle(c, t),
                context.Urls.Href(SiteUrls.Component(plan, c.Kind)), FirstSentence(PlainText.Excerpt(c.Body)), c.TextLanguage,
                Formatting.ComponentTitleLang(c))).ToList();
            var metrics = new List<GlanceMetric>();
            if (plan.Findings is not null
                && components.TryGetValue(SiteUrls.Component(plan, ComponentKind.Findings), out var findingsPage)
                && ((ComponentPageModel)findingsPage.Model).Details is FindingsPage findings)
            {
                var href = context.Urls.Href(SiteUrls.Component(plan, ComponentKind.Findings));
                metrics.AddRange(findings.Metrics.Select(m => Headline(m, href, plan.Findings.TextLanguage)).OfType<GlanceMetric>().Take(MaxHeadlines));
            }
            yield return new Page(url, "layouts/glance.sbn-html",
                context.Layout(url, t.Text("glance.title"), plan.Metadata.Summary, plan, [(plan.Metadata.Title, SiteUrls.Plan(plan))], "glance") with
                {
                    // A summary of pages that are indexed themselves: out of the search index, as the print view is.
                    Searchable = false,
                    PageTitle = plan.Metadata.Title,
                    DocumentTitle = t.Text("glance.document_title", ("plan", plan.Metadata.Title), ("site", context.LanguageTitle)),
                },
                new GlancePage(overview, vision, vision is null ? null : theory!.VisionLanguage ?? theory.TextLanguage, parts, metrics, Status(plan, context, t),
                    context.Urls.Href(SiteUrls.Print(plan)),
                    // The Urban credit names the Mobility Metrics shown; figures of the coalition's own data carry their own source.
                    metrics.Any(m => m.Source is null) ? t.Text("notices.source", ("credit", SiteRenderer.DataCredit)) : null));
        }
    }

    /// <summary>
    /// A metric as a headline: its latest estimate that is not rated Weak, with its data year, the trend sentence of the plan's
    /// own series (without the peers, to keep to one line) and the race and ethnicity sentence. Null when the metric has no
    /// usable estimate: a Weak estimate is never a headline.
    /// </summary>
    private static GlanceMetric? Headline(MetricView metric, string findingsHref, string? textLanguage)
    {
        var trend = metric.Charts.FirstOrDefault(c => c.Id.EndsWith("-" + ChartRows.Trend, StringComparison.Ordinal));
        if (trend is null || trend.Series.Count == 0) return null;
        var local = trend.Series[0];
        var latest = local.Points.LastOrDefault(p => p.Value is not null && p.Quality != DataQuality.Weak);
        if (latest is null) return null;
        var groups = metric.Charts.FirstOrDefault(c => c.Id.EndsWith("-" + RaceEthnicity, StringComparison.Ordinal));
        var (value, sentence) = (trend.Format.Format(latest.Value!.Value), ChartSummaries.Trend(local, [], trend.Format));
        return new GlanceMetric(metric.Title, metric.HasOwnTitle ? textLanguage : null, value, latest.Year,
            sentence, groups?.SummaryWithoutChart, $"{findingsHref}#{metric.Anchor}",
            metric.IsLocal ? metric.Source : null)
        {
            ValueHtml = metric.ForeignUnit?.Html(value),
            TrendHtml = metric.ForeignUnit?.Html(sentence),
        };
    }

    /// <summary>The indicators of the latest report by their one public status: "In the 2025 progress report, of 8 indicators: …".</summary>
    private static GlanceStatus? Status(Plan plan, RenderContext context, Localization.UiStrings t)
    {
        if (plan.Progress.IsEmpty) return null;
        var report = plan.Progress.MaxBy(r => r.Year)!;
        var rollup = ProgressAssessment.Rollup(plan, report);
        ProgressStatus[] order = [ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.OffTrack, ProgressStatus.Achieved, ProgressStatus.NotStarted];
        var counts = order.Select(s => (Status: s, Count: rollup.Public.GetValueOrDefault(s)))
            // On track, at risk and off track are always told, even at zero; the others when there are some.
            .Where(x => x.Count > 0 || x.Status is ProgressStatus.OnTrack or ProgressStatus.AtRisk or ProgressStatus.OffTrack)
            .Select(x => new GlanceCount(Formatting.StatusSlug(x.Status), Formatting.Status(x.Status, t), x.Count,
                t.Plural("glance.count", x.Count)))
            .ToList();
        return new GlanceStatus(report.Year, Formatting.ReportTitle(report, t), context.Urls.Href(SiteUrls.Progress(plan, report.Year)),
            t.Plural("glance.status_sentence", rollup.Updates, ("year", report.Year)), counts);
    }

    /// <summary>The first sentence of an excerpt: one line for each part.</summary>
    private static string FirstSentence(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
                return text[..(i + 1)];
        return text;
    }
}
