using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Markdown;

namespace StaticMap.Core.Rendering.Pages;

public sealed record PrintPage(PlanOverview Overview, IReadOnlyList<PrintSection> Sections, IReadOnlyList<PrintProgress> Progress);

/// <param name="Lang">In a translation, the language of a component not translated yet (shown in the main language); else null.</param>
/// <param name="Lang">The language of the component's text when it is not the page's (its author's text is marked with it).</param>
public sealed record PrintSection(string Id, string Title, ComponentPageModel Component, string? Lang = null)
{
    /// <summary>The language of the title when it is the author's own title in another language.</summary>
    public string? TitleLang { get; init; }

    /// <summary>In a translation, the notice its own page shows for a component not translated yet ("Esta sección aún no está
    /// traducida al español; se muestra en inglés."), so the printed plan says why the section is in English; else null.</summary>
    public Views.Untranslated? Untranslated { get; init; }
}

/// <param name="Lang">In a translation, the language of a report not translated yet; else null.</param>
public sealed record PrintProgress(string Id, string Title, ProgressPage Report, string? Lang = null)
{
    /// <summary>The language of the title when it is the author's own title in another language.</summary>
    public string? TitleLang { get; init; }

    /// <summary>As <see cref="PrintSection.Untranslated"/>, for a report not translated yet.</summary>
    public Views.Untranslated? Untranslated { get; init; }
}

/// <summary>The whole plan on one page with a print stylesheet, so comms staff can save it as a PDF (guide Step 9).</summary>
public sealed class PrintPageKind : IPageKind
{
    public int Order => 80;

    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Declarations.PlanEditions(site).Select(e => Declarations.PlanPage(this, "print", e.Main, e.Segment, SiteUrls.Print(e.Edition), () => Ids(e.Edition, components)) with
        {
            Modified = e.Edition.Metadata.Released,
            Nav = t => new NavEntry(t.Text("nav.print")),
        });

    /// <summary>The whole plan on one page: each narrative's ids carry its section's prefix ("sm-part-findings-jobs").</summary>
    private static PageIds Ids(Plan plan, ComponentRegistry components)
    {
        var ids = ThemeIds.Page().Add("sm-print-coalition");
        foreach (var c in plan.Components)
        {
            var section = "sm-part-" + c.Kind.Slug;
            ids.Add(section, section + "-title").AddNarrative(c.Body, section + "-").AddPartial(components.Part<Components.IComponentView>(c.Kind).Ids(c));
        }
        foreach (var r in plan.Progress)
        {
            var section = $"sm-progress-{r.Year}";
            ThemeIds.AddProgress(ids.Add(section, section + "-title").AddNarrative(r.Body, section + "-"), r);
        }
        return ids;
    }

    public IEnumerable<Page> Pages(RenderContext context)
    {
        var overviews = context.PagesOf(new PlanOverviewPageKind()).ToDictionary(p => p.Url);
        var components = context.PagesOf(new ComponentPageKind()).ToDictionary(p => p.Url);
        var progress = context.PagesOf(new ProgressPageKind()).ToDictionary(p => p.Url);
        foreach (var plan in context.PlansInScope)
        {
            var url = SiteUrls.Print(plan);
            var t = context.Text(plan.Metadata.Language);
            var sections = plan.Components.Select(c =>
            {
                var model = (ComponentPageModel)components[SiteUrls.Component(plan, c.Kind)].Model;
                var id = "sm-part-" + c.Kind.Slug;
                var title = Views.Formatting.ComponentTitle(c, t);
                return new PrintSection(id, title, model with { Body = context.Markdown.Render(c.Body, Placement(id, title)), OnItsPage = model }, c.TextLanguage)
                    {
                        TitleLang = Views.Formatting.ComponentTitleLang(c),
                        Untranslated = context.UntranslatedNotice(c.TextLanguage, plan.Metadata.Language, SiteUrls.Component(context.MainOf(plan), c.Kind)),
                    };
            }).ToList();
            var reports = plan.Progress.Select(r =>
            {
                var model = (ProgressPage)progress[SiteUrls.Progress(plan, r.Year)].Model;
                var id = $"sm-progress-{r.Year}";
                var title = Views.Formatting.ReportTitle(r, t);
                return new PrintProgress(id, title, model with { Body = context.Markdown.Render(r.Body, Placement(id, title)), OnItsPage = model }, r.TextLanguage)
                    {
                        TitleLang = Views.Formatting.ReportTitleLang(r),
                        Untranslated = context.UntranslatedNotice(r.TextLanguage, plan.Metadata.Language, SiteUrls.Progress(context.MainOf(plan), r.Year)),
                    };
            }).ToList();
            var overview = (PlanOverview)overviews[SiteUrls.Plan(plan)].Model;
            yield return new Page(url, "layouts/print.sbn-html",
                // The charts are drawn here too, and printed (charts.js turns each into an image before printing), with their tables open.
                context.Layout(url, t.Text("views.print_title"), plan.Metadata.Summary, plan, [(plan.Metadata.Title, SiteUrls.Plan(plan))], "print",
                    showsData: true, ChartScripts.Drawing(context)) with
                {
                    // The whole plan on one page repeats every other page of the plan: out of the search index (each plan once).
                    Searchable = false,
                    PageTitle = plan.Metadata.Title,
                    ShowsLocalData = ComponentPageKind.ShowsLocalData(plan.Findings),
                    DocumentTitle = t.Text("views.print_document_title", ("plan", plan.Metadata.Title), ("site", context.LanguageTitle)),
                },
                new PrintPage(overview, sections, reports));
        }
    }

    /// <summary>
    /// Several narratives share this page, each below its section's h2: rendered from their Markdown for that place
    /// (ids prefixed with the section's, headings one level down, table regions and footnote links named after the
    /// section), never by rewriting HTML already rendered for their own pages.
    /// </summary>
    private static NarrativePlacement Placement(string id, string section) => new(id, HeadingOffset: 1, section);
}
