using StaticMap.Core.Metrics;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Components;

namespace StaticMap.Core.Rendering.Pages;

/// <summary>A plan's embed page: every chart of the plan, for a partner's site to show one of them in an iframe
/// (<c>/&lt;plan&gt;/embed/#&lt;chart id&gt;</c>).</summary>
/// <param name="Charts">The plan's charts, findings first, then each progress report's, as the plan's pages show them.</param>
public sealed record EmbedPage(string PlanTitle, string SiteTitle, IReadOnlyList<EmbedChart> Charts);

/// <summary>One chart of an embed page.</summary>
/// <param name="Credit">"Source: Urban Institute, Mobility Metrics." where the data are Urban's; the coalition's own data name their file.</param>
/// <param name="ChartHref">The chart on its page, with its anchor; absolute when the site has --base-url (the link opens outside the frame).</param>
/// <param name="NameSuffix">After the chart's name in its heading and download link: a progress report's chart names its report
/// (", 2025 progress report"), since each year's report charts the same indicators under the same names.</param>
public sealed record EmbedChart(ChartSpec Chart, string Credit, string ChartHref, string NameSuffix)
{
    /// <summary>The chart's heading on the embed page: its name and, for a progress report's, the report.</summary>
    public string Heading => Chart.Name + NameSuffix;

    /// <summary>The heading as HTML when the chart's name marks words in another language (<see cref="ChartSpec.NameHtml"/>:
    /// an English indicator name on a Spanish page); null otherwise.</summary>
    public Html.RawHtml? HeadingHtml => Chart.NameHtml is { } name
        ? new Html.RawHtml(name.Value + Localization.HtmlText.Escape(NameSuffix))
        : null;

    /// <summary>The figure's caption under the heading: what the chart's caption says after the chart's name, which the heading
    /// above it already says ("Higher is better."); null when the caption is the name and nothing more (the figure then has no
    /// caption), and the whole caption when it does not start with the name. HTML, as <see cref="ChartSpec.CaptionHtml"/> is.</summary>
    public Html.RawHtml? CaptionRest
    {
        get
        {
            var caption = Chart.CaptionHtml?.Value ?? Localization.HtmlText.Escape(Chart.Caption);
            var name = Chart.NameHtml?.Value ?? Localization.HtmlText.Escape(Chart.Name);
            var rest = caption.StartsWith(name, StringComparison.Ordinal) ? caption[name.Length..].TrimStart('.', ' ') : caption;
            return rest.Length == 0 ? null : new Html.RawHtml(rest);
        }
    }
}

/// <summary>
/// One page per plan and language, <c>/&lt;plan&gt;/embed/</c> (<c>/es/&lt;plan&gt;/embed/</c>), holding every chart of the plan
/// (findings metrics and progress report indicators), each with its summary sentence, its data table behind a disclosure, the
/// source and a one-line link back to the chart on its page. A partner's iframe names the chart by the fragment
/// (<c>#sm-chart-…</c>): CSS <c>:target</c> shows that chart only, js/charts.js draws only the charts shown, and js/embed.js
/// tells the host page its height. Opened without a fragment, the page lists every chart. A light layout of its own
/// (layouts/embed-base.sbn-html: no site header, navigation or footer); <c>noindex</c>, out of the search index and the sitemap.
/// </summary>
public sealed class EmbedPageKind : IPageKind
{
    public int Order => 90;

    /// <summary>
    /// A page per plan that may show a chart (<see cref="SiteUrls.MayEmbed"/>), in every language, out of sitemap.xml and the
    /// plan navigation; its ids are the charts' own (each figure, canvas, table caption and heading: "sm-chart-…").
    /// </summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Declarations.PlanEditions(site).Where(e => SiteUrls.MayEmbed(e.Edition)).Select(e =>
            Declarations.PlanPage(this, "embed", e.Main, e.Segment, SiteUrls.EmbedPage(e.Edition), () => ThemeIds.Page().AddPrefix("sm-chart-")) with { InSitemap = false });

    public IEnumerable<Page> Pages(RenderContext context)
    {
        var components = context.PagesOf(new ComponentPageKind()).ToDictionary(p => p.Url);
        var progress = context.PagesOf(new ProgressPageKind()).ToDictionary(p => p.Url);
        foreach (var plan in context.PlansInScope)
        {
            var t = context.Text(plan.Metadata.Language);
            var charts = new List<(ChartSpec Chart, string Credit, string Suffix)>();
            if (plan.Findings is not null && components.TryGetValue(SiteUrls.Component(plan, ComponentKind.Findings), out var findingsPage)
                && ((ComponentPageModel)findingsPage.Model).Details is FindingsPage findings)
                charts.AddRange(findings.Metrics.SelectMany(m => m.Charts.Select(c => (c, m.Source, ""))));
            foreach (var report in plan.Progress)
                if (progress.TryGetValue(SiteUrls.Progress(plan, report.Year), out var reportPage) && reportPage.Model is ProgressPage model)
                    charts.AddRange(model.Charts.Select(c => (c, t.Text("embed.source_progress", ("plan", plan.Metadata.Title)),
                        t.Text("progress_page.chart_name_suffix", ("year", report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))))));
            var shown = charts.Where(c => c.Chart.EmbedUrl is not null).DistinctBy(c => c.Chart.Id)
                .Select(c => new EmbedChart(c.Chart, c.Credit, Absolute(context, c.Chart.PageUrl ?? SiteUrls.Plan(plan)), c.Suffix)).ToList();
            if (shown.Count == 0) continue;
            var url = SiteUrls.EmbedPage(plan);
            var title = t.Text("embed.page_title", ("plan", plan.Metadata.Title));
            var site = context.TitleIn(context.NavLanguage(plan.Metadata.Language));
            yield return new Page(url, "layouts/embed.sbn-html",
                context.Layout(url, title, title, plan, [(plan.Metadata.Title, SiteUrls.Plan(plan))], "embed", showsData: true,
                    // embed.js first: it marks the chart the fragment names, and charts.js draws only the charts shown; no share control here.
                    [SiteUrls.StaticRoot + "js/embed.js", .. ChartScripts.Drawing(context)]) with
                {
                    NoIndex = true,
                    Searchable = false,
                    DocumentTitle = $"{title} | {site}",
                    Base = "layouts/embed-base.sbn-html",
                },
                new EmbedPage(plan.Metadata.Title, site, shown));
        }
    }

    /// <summary>
    /// Whether the plan's embed page is written: it has a chart, i.e. a findings metric whose rows draw one
    /// (<see cref="MetricRows.ChartSizes"/>, the rows <see cref="MetricCharts.Build"/> draws) or a progress update with a
    /// value for an indicator of its measurement plan (<see cref="IndicatorCharts.Build"/>). Decided from the data, without
    /// drawing a chart, so the site-wide _redirects file can ask it of every plan, rendered in this build or not.
    /// </summary>
    public static bool HasCharts(Plan plan, RenderContext context)
    {
        if (plan.Findings is { } findings
            && findings.Metrics.Any(m => MetricRows.Of(plan, m, context.Metrics).ChartSizes().Any())) return true;
        var indicators = (plan.MeasurementPlan?.Indicators ?? []).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return plan.Progress.Any(r => r.Updates.Any(u => u.Value is not null && indicators.Contains(u.Indicator.Value)));
    }

    /// <summary>An address that works from a partner's page: absolute with --base-url, else the site's own href.</summary>
    public static string Absolute(RenderContext context, string siteUrl) =>
        context.Urls.BaseUrl is null ? context.Urls.Href(siteUrl) : context.Urls.Absolute(siteUrl)!;

    /// <summary>The chart with its place on the plan's embed page (the page's address and the chart's id as its fragment) and
    /// what the "Share or embed this chart" control offers.</summary>
    /// <param name="pageUrl">The site URL of the page that shows the chart (without the anchor).</param>
    public static ChartSpec Shared(ChartSpec chart, Plan plan, string pageUrl, RenderContext context)
    {
        var embed = SiteUrls.Embed(plan, chart.Id);
        var link = Absolute(context, $"{pageUrl}#{chart.Id}");
        var src = Absolute(context, embed);
        var t = context.Text(plan.Metadata.Language);
        // The code is read by people in a text field before it is pasted: its attributes are double-quoted, so an apostrophe
        // stays one ("Urban's group"), not "&#39;" (ReleaseQualityTests' template-leftover check, 2026-12-08).
        var title = Localization.HtmlText.Escape(chart.Name).Replace("&#39;", "'", StringComparison.Ordinal);
        // The iframe names its content (title), and its fallback is a link to the chart; the script sizes the frame to the
        // height the embed page posts (js/embed.js), from that page's origin only.
        var origin = context.Urls.BaseUrl is { } b && Uri.TryCreate(b, UriKind.Absolute, out var u) ? u.GetLeftPart(UriPartial.Authority) : "";
        var code = $"<iframe src=\"{Localization.HtmlText.Escape(src)}\" title=\"{title}\" width=\"100%\" height=\"600\" style=\"border:0\" loading=\"lazy\" data-staticmap-embed>" +
            $"<a href=\"{Localization.HtmlText.Escape(link)}\">{title}</a></iframe>\n" +
            "<script>addEventListener(\"message\",function(e){" + (origin.Length > 0 ? $"if(e.origin!==\"{origin}\")return;" : "") +
            "if(!e.data||e.data.type!==\"staticmap-embed-height\")return;document.querySelectorAll(\"iframe[data-staticmap-embed]\").forEach(function(f){" +
            "if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\";});});</script>";
        var png = chart.DownloadHref("png");
        return chart with
        {
            EmbedUrl = embed,
            PageUrl = $"{pageUrl}#{chart.Id}",
            Share = new ChartShare(link, context.Urls.Href(embed), code, png[(png.LastIndexOf('/') + 1)..], chart.DownloadHref("svg")),
        };
    }
}

/// <summary>What the "Share or embed this chart" control under a chart offers: the link to the chart on its page, its embed
/// page and code, and the downloads: the CSV beside the chart's table, the SVG at the same path (in the page's language,
/// <see cref="ChartSpec.DownloadHref"/>), and the name of the PNG the reader's browser makes (js/chart-download.js).</summary>
public sealed record ChartShare(string Link, string EmbedHref, string EmbedCode, string PngFile, string SvgHref);
