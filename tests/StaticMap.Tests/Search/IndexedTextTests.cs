using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Search;

/// <summary>
/// What a reader can find by search, page kind by page kind (issue 23; docs/theme.md, "What is indexed"): the words the
/// authors wrote (narrative, headings, titles, the jurisdiction, the coalition, indicator and logic-model names, metric
/// names and takeaways, the coalition's notes on its updates) are in the text Pagefind is given (SearchSource.Trim of the
/// built page); what StaticMap computes or repeats from another page (statuses, values, chart summaries, what changed,
/// the status page, the progress index, the overview's part summaries, the home page's plan cards) is not.
/// </summary>
public sealed class IndexedTextTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = TestSite.Valid();

    public IndexedTextTests()
    {
        // A second report, so the 2025 page has a "What changed since the previous report" list.
        _site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    value: 250\n    status: achieved\n    note: A third cohort finished early.\n"
            + "  - indicator: employment-rate\n    value: 81.2\n    status: on-track\n---\nThe second year, told by the coalition.\n");
        Assert.True(_site.Build().Succeeded);
    }

    public void Dispose() => _site.Dispose();

    private string Html(string path) => _site.Read("_site" + path + "index.html");

    private IHtmlDocument Page(string path) => Parser.ParseDocument(Html(path));

    /// <summary>The main element Pagefind reads, or null when the page is not indexed.</summary>
    private IElement? Indexed(string path) =>
        SearchSource.Trim(Html(path)) is { } trimmed ? Parser.ParseDocument(trimmed).QuerySelector("main[data-pagefind-body]") : null;

    private static string Words(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_status_page_and_the_progress_index_are_not_indexed_and_the_plans_own_pages_are()
    {
        foreach (var path in new[] { "/test-county/status/", "/test-county/progress/" })
        {
            Assert.Null(Page(path).QuerySelector("[data-pagefind-body]"));
            Assert.Null(SearchSource.Trim(Html(path)));
        }
        foreach (var path in new[] { "/test-county/", "/test-county/how-we-got-here/", "/test-county/findings/", "/test-county/theory-of-change/",
                     "/test-county/measurement-plan/", "/test-county/sustainability/", "/test-county/progress/2024/", "/test-county/progress/2025/" })
            Assert.NotNull(Indexed(path));
    }

    [Fact]
    public void A_progress_report_indexes_its_narrative_and_the_coalitions_notes_not_the_computed_statuses_values_and_changes()
    {
        var page = Page("/test-county/progress/2025/");
        var main = Indexed("/test-county/progress/2025/")!;
        var text = Words(main);

        Assert.Contains("The second year, told by the coalition.", text);
        Assert.Equal(["Indicator updates, 2025"], main.QuerySelectorAll("h2[id]").Select(h => h.TextContent));
        // A noted update keeps its indicator's name (what the note is about) and the note; the other rows are not indexed.
        Assert.Equal(["People trained"], main.QuerySelectorAll(".updates-table th[scope=row]").Select(th => Words(th)));
        Assert.Contains("A third cohort finished early.", text);
        Assert.Contains("Employment rate", Words(page.QuerySelector(".updates-table")!));

        // What the page computes is on the page, and not in the index.
        var computed = page.QuerySelectorAll(".changes li, .status-summary, .computed-detail, .updates-intro, .updates-table caption, .chart-summary, .chart-heading")
            .Select(e => Words(e)).Where(w => w.Length > 0).ToList();
        Assert.Contains(computed, w => w.StartsWith("People trained", StringComparison.Ordinal)); // the "What changed" list names it
        Assert.NotEmpty(page.QuerySelectorAll(".changes li"));
        Assert.NotEmpty(page.QuerySelectorAll(".chart-summary"));
        Assert.Empty(main.QuerySelectorAll(".changes, .status-summary, .computed-detail, .updates-intro, caption, .indicator-charts, figure"));
        Assert.DoesNotContain(page.QuerySelector(".changes h2")!.TextContent, text);
        Assert.DoesNotContain("250", text);
        Assert.DoesNotContain("Achieved", text);
    }

    [Fact]
    public void Findings_index_the_narrative_metric_names_and_takeaways_not_the_chart_summaries_or_sources()
    {
        var page = Page("/test-county/findings/");
        var main = Indexed("/test-county/findings/")!;
        var text = Words(main);

        Assert.Contains("Employment is high but uneven.", text);
        Assert.Contains("Employment recovered after 2020.", text);
        Assert.Equal(page.QuerySelectorAll(".metric h3[id]").Select(h => h.Id + " " + h.TextContent),
            main.QuerySelectorAll(".metric h3[id]").Select(h => h.Id + " " + h.TextContent));
        Assert.Contains("Youth jobs program placements", text);

        // The metric's description names its pillar of mobility ("High-quality education"), which a reader searches for.
        Assert.Equal(page.QuerySelectorAll(".metric-description").Select(e => Words(e)), main.QuerySelectorAll(".metric-description").Select(e => Words(e)));
        Assert.Contains("Pillar: ", text);

        var summaries = page.QuerySelectorAll(".chart-summary, figcaption, .metric-source").Select(e => Words(e)).ToList();
        Assert.NotEmpty(summaries);
        foreach (var summary in summaries) Assert.DoesNotContain(summary, text);
        Assert.Empty(main.QuerySelectorAll("figure, .metric-source"));
    }

    [Fact]
    public void The_measurement_plan_indexes_each_indicator_with_its_source_and_partner_once_not_its_numbers_or_logic_model_link()
    {
        var main = Indexed("/test-county/measurement-plan/")!;
        var text = Words(main);

        Assert.Equal(["Staff hours", "People trained", "Employment rate", "Household income at the 20th percentile"],
            main.QuerySelectorAll(".measurement-table th[scope=row] > span:first-child").Select(s => s.TextContent));
        Assert.Contains("Source Program records Responsible Workforce board", text);
        // The narrow screens' cards repeat the table; the logic-model link, baselines, targets and frequencies are not indexed.
        Assert.Empty(main.QuerySelectorAll(".measurement-narrow, a[href*='theory-of-change'], caption"));
        Assert.DoesNotContain("120", text);
        Assert.DoesNotContain("Quarterly", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_theory_of_change_indexes_the_logic_models_items_not_the_indicators_that_measure_them()
    {
        var page = Page("/test-county/theory-of-change/");
        var main = Indexed("/test-county/theory-of-change/")!;

        Assert.Equal(page.QuerySelectorAll(".lm-text").Select(e => e.TextContent), main.QuerySelectorAll(".lm-text").Select(e => e.TextContent));
        Assert.Contains("Run a jobs program", Words(main));
        Assert.NotEmpty(page.QuerySelectorAll(".lm-indicators"));
        Assert.Empty(main.QuerySelectorAll(".lm-indicators, .lm-description, .lm-pillar"));
    }

    [Fact]
    public void The_overview_indexes_the_plans_summary_jurisdiction_and_coalition_not_the_first_paragraphs_of_its_parts()
    {
        var page = Page("/test-county/");
        var main = Indexed("/test-county/")!;
        var text = Words(main);

        Assert.Equal("title:Test County Mobility Action Plan", main.QuerySelector("h1")!.GetAttribute("data-pagefind-meta"));
        Assert.Contains("A small plan that exercises every part of the authoring contract.", text);
        Assert.Contains("Alameda County", text);
        Assert.Contains("Residents' advisory panel", text);
        // Each part's first paragraph is on the part's own page, indexed there.
        var partSummary = Words(page.QuerySelector(".part-list p")!);
        Assert.DoesNotContain(partSummary, text);
        Assert.Contains(partSummary, Words(Indexed(page.QuerySelector(".part-list a")!.GetAttribute("href")!)!));
    }

    [Fact]
    public void The_home_page_does_not_index_the_plan_cards_each_plans_overview_has_its_words()
    {
        var page = Page("/");
        var card = page.QuerySelector(".cards .card")!;
        var main = Indexed("/")!;
        Assert.DoesNotContain(Words(card.QuerySelector("p:not(.meta)")!), Words(main));
        Assert.Empty(main.QuerySelectorAll(".cards"));
    }
}
