using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;
using Xunit;

namespace StaticMap.Tests.Localization;

/// <summary>
/// The last English words of a Spanish page: the Mobility Metrics' names and units (from es.yml's metrics.*, the
/// catalog staying the English source), the names the Markdown renderer gives footnote links and table regions, and
/// the texts search.js and charts.js write, which come from the page as data attributes.
/// </summary>
public class SpanishPageTextTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The fixture plan in <paramref name="language"/>, with juvenile arrests (a rate: 12.9 per 100,000 juveniles in 2021) added to its findings.</summary>
    private static TestSite PlanIn(string language) => TestSite.Valid()
        .Replace("plans/test-county/plan.yml", "language: en", $"language: {language}")
        .Replace("plans/test-county/findings.md", "  - file: data/jobs-program.csv", "  - metric: rate_juv_arrest\n  - file: data/jobs-program.csv");

    private static IDocument Findings(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Parser.ParseDocument(site.Read("_site/test-county/findings/index.html"));
    }

    private static List<string> Titles(IDocument page) => page.QuerySelectorAll("[id^='sm-metric-'][id$='-title']").Select(e => e.TextContent.Trim()).ToList();

    private static string Cell(IDocument page, string chartId) =>
        page.QuerySelectorAll($"#{chartId} .chart-table tbody tr").Select(r => r.Children[2].TextContent.Trim()).Single(v => v.Length > 0);

    private static List<string> Hidden(IDocument page, string selector) =>
        page.QuerySelectorAll($"{selector} .visually-hidden").Select(e => e.TextContent.Trim()).ToList();

    [Fact]
    public void A_Spanish_plan_shows_the_metrics_names_and_units_and_the_narratives_link_names_in_Spanish()
    {
        using var site = PlanIn("es");
        var page = Findings(site);

        Assert.Equal(["Tasa de empleo, de 25 a 54 años", "Arrestos de menores", "Youth jobs program placements"], Titles(page));
        Assert.Equal("12.9 por cada 100,000 menores", Cell(page, "sm-chart-rate_juv_arrest-trend"));
        Assert.Equal("Proporción de adultos de 25 a 54 años que tienen empleo. Pilar: Trabajo digno y bien remunerado.",
            page.QuerySelector("#sm-metric-share_employed .metric-description")!.TextContent.Trim());
        Assert.Equal(["Volver a la referencia 1"], Hidden(page, "a.footnote-back-ref"));
        Assert.Equal(["(nota 1)"], Hidden(page, "a.footnote-ref"));
        Assert.Equal("Tabla: What the data say", page.QuerySelector(".prose .table-scroll[role=region]")!.GetAttribute("aria-label"));
        Assert.All(page.QuerySelectorAll("figure.chart"), figure => Assert.Equal("Meta", figure.GetAttribute("data-text-target")));
    }

    [Fact]
    public void An_English_plan_keeps_the_catalogs_words()
    {
        using var site = PlanIn("en");
        var page = Findings(site);

        Assert.Equal(["Employment rate, ages 25–54", "Juvenile arrests", "Youth jobs program placements"], Titles(page));
        Assert.Equal("12.9 per 100,000 juveniles", Cell(page, "sm-chart-rate_juv_arrest-trend"));
        Assert.Equal("Employment-to-population ratio, adults 25–54. Pillar: Rewarding work.",
            page.QuerySelector("#sm-metric-share_employed .metric-description")!.TextContent.Trim());
        Assert.Equal(["Back to reference 1"], Hidden(page, "a.footnote-back-ref"));
        Assert.Equal(["(note 1)"], Hidden(page, "a.footnote-ref"));
        Assert.Equal("Table: What the data say", page.QuerySelector(".prose .table-scroll[role=region]")!.GetAttribute("aria-label"));
        Assert.All(page.QuerySelectorAll("figure.chart"), figure => Assert.Equal("Target", figure.GetAttribute("data-text-target")));
    }

    [Fact]
    public void An_authors_label_and_unit_win_over_the_catalogs()
    {
        using var site = PlanIn("es").Replace("plans/test-county/findings.md", "  - metric: rate_juv_arrest\n",
            "  - metric: rate_juv_arrest\n    label: Arrestos de jóvenes\n    unit: arrestos por cada 100,000 jóvenes\n");
        var page = Findings(site);

        Assert.Contains("Arrestos de jóvenes", Titles(page));
        Assert.Equal("12.9 por cada 100,000 jóvenes", Cell(page, "sm-chart-rate_juv_arrest-trend"));
    }

    [Fact]
    public void The_search_page_gives_search_js_its_texts_in_the_pages_language()
    {
        using var site = TestSite.Valid();
        using var seam = SpanishEdition.Install();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var spanish = Parser.ParseDocument(site.Read("_site/es/search/index.html")).GetElementById("sm-search")!;
        Assert.Equal("No hay resultados para “{query}”.", spanish.GetAttribute("data-text-none"));
        Assert.Equal("{count} resultado para “{query}”.", spanish.GetAttribute("data-text-one"));
        Assert.Equal("{count} resultados para “{query}”.", spanish.GetAttribute("data-text-other"));
        Assert.Equal("Buscando…", spanish.GetAttribute("data-text-searching"));
        Assert.Equal("La búsqueda no funcionó. Vuelva a intentarlo.", spanish.GetAttribute("data-text-failed"));

        var english = Parser.ParseDocument(site.Read("_site/search/index.html")).GetElementById("sm-search")!;
        Assert.Equal("No results for “{query}”.", english.GetAttribute("data-text-none"));
        Assert.Equal("{count} result for “{query}”.", english.GetAttribute("data-text-one"));
        Assert.Equal("{count} results for “{query}”.", english.GetAttribute("data-text-other"));
        Assert.Equal("Searching…", english.GetAttribute("data-text-searching"));
        Assert.Equal("Search failed. Please try again.", english.GetAttribute("data-text-failed"));
    }

    /// <summary>The footer's credit reads as Spanish: "provienen del Urban Institute", as the other Spanish sentences name it
    /// ("las Mobility Metrics del Urban Institute"), not "provienen de Urban Institute" (review2, 2026-12-07).</summary>
    [Fact]
    public void The_footers_data_credit_names_the_Urban_Institute_as_Spanish_does()
    {
        using var site = TestSite.Valid();
        using var seam = SpanishEdition.Install();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var footer = Parser.ParseDocument(site.Read("_site/es/search/index.html")).QuerySelector(".site-footer p")!;
        Assert.Equal("Los datos de movilidad de estas páginas provienen del Urban Institute, Mobility Metrics.", footer.TextContent.Trim());
        var english = Parser.ParseDocument(site.Read("_site/search/index.html")).QuerySelector(".site-footer p")!;
        Assert.Equal("Mobility data on these pages come from the Urban Institute, Mobility Metrics.", english.TextContent.Trim());
    }
}
