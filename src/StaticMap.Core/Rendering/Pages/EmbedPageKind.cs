using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Components;

namespace StaticMap.Core.Rendering.Pages;

/// <summary>A chart on a page of its own, for a partner's site to show in an iframe.</summary>
/// <param name="Credit">"Source: Urban Institute, Mobility Metrics." where the data are Urban's; the coalition's own data name their file.</param>
/// <param name="PlanHref">The plan's overview, absolute when the site has --base-url (the link opens outside the frame).</param>
/// <param name="ChartHref">The chart on its page, with its anchor.</param>
public sealed record EmbedPage(ChartSpec Chart, string Credit, string PlanTitle, string PlanHref, string ChartHref);

/// <summary>
/// One page per chart of a plan (findings metrics and progress report indicators), per language:
/// <c>/&lt;plan&gt;/embed/&lt;chart&gt;/</c>. The chart, its summary sentence, its data table behind a disclosure, the source and a
/// link back to the plan; <c>noindex</c>, out of the search index and the sitemap; js/embed.js tells the host page its height.
/// </summary>
public sealed class EmbedPageKind : IPageKind
{
    public int Order => 90;

    /// <summary>
    /// A page per chart a plan may show (<see cref="SiteUrls.EmbedCandidates"/>), in every language, out of sitemap.xml and
    /// the plan navigation; its ids are the chart's own (its figure, canvas, table caption: "sm-chart-…").
    /// </summary>
    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Declarations.PlanEditions(site).SelectMany(e => SiteUrls.EmbedCandidates(e.Edition).Select(url =>
            Declarations.PlanPage(this, "embed", e.Main, e.Segment, url, () => ThemeIds.Page().AddPrefix("sm-chart-")) with { InSitemap = false }));

    public IEnumerable<Page> Pages(RenderContext context)
    {
        var components = context.PagesOf(new ComponentPageKind()).ToDictionary(p => p.Url);
        var progress = context.PagesOf(new ProgressPageKind()).ToDictionary(p => p.Url);
        foreach (var plan in context.PlansInScope)
        {
            var t = context.Text(plan.Metadata.Language);
            var charts = new List<(ChartSpec Chart, string Credit)>();
            if (plan.Findings is not null && components.TryGetValue(SiteUrls.Component(plan, ComponentKind.Findings), out var findingsPage)
                && ((ComponentPageModel)findingsPage.Model).Details is FindingsPage findings)
                charts.AddRange(findings.Metrics.SelectMany(m => m.Charts.Select(c => (c, m.Source))));
            foreach (var report in plan.Progress)
                if (progress.TryGetValue(SiteUrls.Progress(plan, report.Year), out var reportPage) && reportPage.Model is ProgressPage model)
                    charts.AddRange(model.Charts.Select(c => (c, t.Text("embed.source_progress", ("plan", plan.Metadata.Title)))));
            foreach (var (chart, credit) in charts.Where(c => c.Chart.EmbedUrl is not null).DistinctBy(c => c.Chart.EmbedUrl))
            {
                var url = chart.EmbedUrl!;
                yield return new Page(url, "layouts/embed.sbn-html",
                    context.Layout(url, chart.Name, chart.Summary, plan, [(plan.Metadata.Title, SiteUrls.Plan(plan))], "embed", showsData: true,
                        [.. ChartScripts.For(context), SiteUrls.StaticRoot + "js/embed.js"]) with
                    {
                        NoIndex = true,
                        Searchable = false,
                        DocumentTitle = t.Text("embed.document_title", ("chart", chart.Name), ("plan", plan.Metadata.Title)),
                    },
                    new EmbedPage(chart, credit, plan.Metadata.Title, Absolute(context, SiteUrls.Plan(plan)), Absolute(context, chart.PageUrl ?? SiteUrls.Plan(plan))));
            }
        }
    }

    /// <summary>An address that works from a partner's page: absolute with --base-url, else the site's own href.</summary>
    public static string Absolute(RenderContext context, string siteUrl) =>
        context.Urls.BaseUrl is null ? context.Urls.Href(siteUrl) : context.Urls.Absolute(siteUrl)!;

    /// <summary>The chart with its embeddable page and what the "Share or embed this chart" control offers.</summary>
    /// <param name="pageUrl">The site URL of the page that shows the chart (without the anchor).</param>
    public static ChartSpec Shared(ChartSpec chart, Plan plan, string pageUrl, RenderContext context)
    {
        var embed = SiteUrls.Embed(plan, chart.Id);
        var link = Absolute(context, $"{pageUrl}#{chart.Id}");
        var src = Absolute(context, embed);
        var t = context.Text(plan.Metadata.Language);
        var title = Localization.HtmlText.Escape(chart.Name);
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
