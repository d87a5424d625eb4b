using System.Text.RegularExpressions;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Pages;

public sealed record PrintPage(PlanOverview Overview, IReadOnlyList<PrintSection> Sections, IReadOnlyList<PrintProgress> Progress);

public sealed record PrintSection(string Id, string Title, ComponentPageModel Component);

public sealed record PrintProgress(string Id, string Title, ProgressPage Report);

/// <summary>The whole plan on one page with a print stylesheet, so comms staff can save it as a PDF (guide Step 9).</summary>
public sealed partial class PrintPageKind : IPageKind
{
    public IEnumerable<Page> Pages(RenderContext context)
    {
        var overviews = context.PagesOf(new PlanOverviewPageKind()).ToDictionary(p => p.Url);
        var components = context.PagesOf(new ComponentPageKind()).ToDictionary(p => p.Url);
        var progress = context.PagesOf(new ProgressPageKind()).ToDictionary(p => p.Url);
        foreach (var plan in context.PlansInScope)
        {
            var url = SiteUrls.Print(plan.Id);
            var t = context.Text(plan.Metadata.Language);
            var sections = plan.Components.Select(c =>
            {
                var model = (ComponentPageModel)components[SiteUrls.Component(plan.Id, c.Kind)].Model;
                var id = "sm-part-" + c.Kind.Slug();
                var title = Views.Formatting.ComponentTitle(c, t);
                return new PrintSection(id, title, model with { Body = PrefixIds(model.Body, id, title) });
            }).ToList();
            var reports = plan.Progress.Select(r =>
            {
                var model = (ProgressPage)progress[SiteUrls.Progress(plan.Id, r.Year)].Model;
                var id = $"sm-progress-{r.Year}";
                return new PrintProgress(id, r.Title, model with { Body = PrefixIds(model.Body, id, r.Title) });
            }).ToList();
            var overview = (PlanOverview)overviews[SiteUrls.Plan(plan.Id)].Model;
            yield return new Page(url, "layouts/print.sbn-html",
                // The charts are drawn here too, and printed (charts.js turns each into an image before printing), with their tables open.
                context.Layout(url, t.Text("views.print_title"), plan.Metadata.Summary, plan, [(plan.Metadata.Title, SiteUrls.Plan(plan.Id))], "print",
                    showsData: true, ChartScripts.For(context)) with
                {
                    PageTitle = plan.Metadata.Title,
                    DocumentTitle = t.Text("views.print_document_title", ("plan", plan.Metadata.Title), ("site", context.SiteTitle)),
                },
                new PrintPage(overview, sections, reports));
        }
    }

    [GeneratedRegex("role=\"region\" aria-label=\"")]
    private static partial Regex RegionName();

    [GeneratedRegex("(<span class=\"visually-hidden\">(?: Back to reference \\d+(?:, use \\d+)?| \\(note \\d+))(\\)?</span>)")]
    private static partial Regex FootnoteName();

    [GeneratedRegex("<(/?)h([2-5])\\b")]
    private static partial Regex Heading();

    [GeneratedRegex("(\\sid=\"|\\shref=\"#)([^\"]+)\"")]
    private static partial Regex IdOrFragment();

    /// <summary>Several narratives share one page here, so their heading and footnote ids get a per-section prefix.</summary>
    /// <remarks>Each narrative also moves one heading level down, below its section's h2, and its table regions are
    /// named after the section too, since two parts of the plan may have tables under the same heading.</remarks>
    private static RawHtml PrefixIds(RawHtml html, string prefix, string section)
    {
        var ids = IdOrFragment().Replace(html.Value, m => $"{m.Groups[1].Value}{prefix}-{m.Groups[2].Value}\"");
        // Footnote links are named "Back to reference 1", "(note 1)": here several narratives have a note 1.
        ids = FootnoteName().Replace(ids, m => $"{m.Groups[1].Value}, {System.Net.WebUtility.HtmlEncode(section)}{m.Groups[2].Value}");
        var regions = RegionName().Replace(ids, _ => $"role=\"region\" aria-label=\"{System.Net.WebUtility.HtmlEncode(section)}, ");
        return new(Heading().Replace(regions, m => $"<{m.Groups[1].Value}h{int.Parse(m.Groups[2].Value) + 1}"));
    }
}
