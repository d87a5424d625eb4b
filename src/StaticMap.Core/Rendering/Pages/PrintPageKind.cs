using System.Text.RegularExpressions;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Pages;

public sealed record PrintPage(PlanOverview Overview, IReadOnlyList<PrintSection> Sections, IReadOnlyList<PrintProgress> Progress);

/// <param name="Lang">In a translation, the language of a component not translated yet (shown in the main language); else null.</param>
public sealed record PrintSection(string Id, string Title, ComponentPageModel Component, string? Lang = null);

/// <param name="Lang">In a translation, the language of a report not translated yet; else null.</param>
public sealed record PrintProgress(string Id, string Title, ProgressPage Report, string? Lang = null);

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
            var url = SiteUrls.Print(plan);
            var sections = plan.Components.Select(c =>
            {
                var model = (ComponentPageModel)components[SiteUrls.Component(plan, c.Kind)].Model;
                var id = "sm-part-" + c.Kind.Slug();
                return new PrintSection(id, c.Title, model with { Body = PrefixIds(model.Body, id, c.Title) }, c.TextLanguage);
            }).ToList();
            var reports = plan.Progress.Select(r =>
            {
                var model = (ProgressPage)progress[SiteUrls.Progress(plan, r.Year)].Model;
                var id = $"sm-progress-{r.Year}";
                return new PrintProgress(id, r.Title, model with { Body = PrefixIds(model.Body, id, r.Title) }, r.TextLanguage);
            }).ToList();
            var overview = (PlanOverview)overviews[SiteUrls.Plan(plan)].Model;
            yield return new Page(url, "layouts/print.sbn-html",
                // The charts are drawn here too, and printed (charts.js turns each into an image before printing), with their tables open.
                context.Layout(url, "Whole plan", plan.Metadata.Summary, plan, [(plan.Metadata.Title, SiteUrls.Plan(plan))], "print",
                    showsData: true, ChartScripts.For(context)) with { PageTitle = plan.Metadata.Title, DocumentTitle = $"Whole plan: {plan.Metadata.Title} | {context.LanguageTitle}" },
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
