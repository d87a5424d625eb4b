using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Glance;

/// <summary>The fixture plan with its Spanish translation and a metric whose only estimate is Weak, built once.</summary>
public sealed class GlanceSite : IDisposable
{
    public GlanceSite()
    {
        Site = SpanishFixture.Create();
        // rate_juv_arrest has one estimate for the plan's county, which Urban rates Weak: it must never be a headline.
        Site.Replace(TestSite.Plan + "/findings.md", "  - file: data/jobs-program.csv", "  - metric: rate_juv_arrest\n  - file: data/jobs-program.csv");
        var result = Site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    public TestSite Site { get; }

    public IHtmlDocument Page(string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Site.Output, url.Trim('/'), "index.html")));

    public void Dispose() => Site.Dispose();
}

/// <summary>The plan at a glance (/&lt;plan&gt;/at-a-glance/), in English and Spanish, as a reader gets it.</summary>
public class GlancePageTests(GlanceSite fixture) : IClassFixture<GlanceSite>
{
    private static List<string> Texts(IParentNode page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => string.Join(' ', e.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToList();

    [Fact]
    public void The_overview_links_to_the_page_in_its_own_language()
    {
        Assert.Equal("/test-county/at-a-glance/", fixture.Page("/test-county/").QuerySelector(".glance-link a")!.GetAttribute("href"));
        Assert.Equal("/es/test-county/at-a-glance/", fixture.Page("/es/test-county/").QuerySelector(".glance-link a")!.GetAttribute("href"));
        Assert.Equal(["The plan at a glance: one page to print or share"], Texts(fixture.Page("/test-county/"), ".glance-link"));
    }

    [Fact]
    public void The_English_page_has_the_vision_the_headline_figures_the_status_the_parts_and_the_contact()
    {
        var page = fixture.Page("/test-county/at-a-glance/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Test County Mobility Action Plan at a glance – Test Mobility Action Plans", page.Title);
        Assert.Equal(["Vision", "Headline figures", "Progress on the indicators", "The plan's five parts", "Contact", "Coalition"], Texts(page, "main h2"));
        Assert.Equal(["Everyone can earn a good living."], Texts(page, ".glance-vision"));
        // The Weak-only metric is not a headline (the findings page shows it); the others are, each with its latest value and data year.
        Assert.NotNull(fixture.Page("/test-county/findings/").QuerySelector("#sm-metric-rate_juv_arrest"));
        Assert.Equal(["Employment rate, ages 25–54", "Youth jobs program placements"], Texts(page, ".glance-metric-title"));
        Assert.Equal(["80.4% (2021 data)", "120 people (2023 data)"], Texts(page, ".glance-figure"));
        Assert.Equal("/test-county/findings/#sm-metric-share_employed", page.QuerySelector(".glance-metric-title a")!.GetAttribute("href"));
        Assert.Equal(2, page.QuerySelectorAll(".glance-trend").Length);
        Assert.Single(page.QuerySelectorAll(".glance-gap"));
        Assert.StartsWith("In 2021 it was highest for", Texts(page, ".glance-gap")[0]);
        // Urban's credit names the Mobility Metrics; the coalition's own figure says its own source, under it.
        Assert.Equal(["Source: Urban Institute, Mobility Metrics."], Texts(page, ".glance-credit"));
        Assert.Equal([[], ["Source: the coalition's own data (data/jobs-program.csv)."]],
            page.QuerySelectorAll(".glance-metrics > li").Select(li => Texts(li, ".glance-source")).ToList());
        Assert.Equal(["The 2024 progress report updates 2 indicators. 2024 progress report"], Texts(page, "#sm-glance-status-heading + p"));
        Assert.Equal(["On track: 1 indicator", "At risk: 1 indicator", "Off track: 0 indicators"], Texts(page, ".glance-counts li"));
        var parts = page.QuerySelectorAll(".glance-parts a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/test-county/how-we-got-here/", "/test-county/findings/", "/test-county/theory-of-change/",
            "/test-county/measurement-plan/", "/test-county/sustainability/"], parts);
        Assert.Equal("mailto:team@example.org", page.QuerySelector(".glance-contact a")!.GetAttribute("href"));
        Assert.Contains("Released May 1, 2024", Texts(page, ".facts")[0]);
        // Out of the search index: it sums up pages that are in it.
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
    }

    [Theory]
    [InlineData("/test-county/", "No data for 2019 and 2020; the values are drawn as points, with no line between them.",
        "Employment rate, ages 25–54, by race and ethnicity, Alameda County, California, 2018 to 2021. Higher is better.")]
    [InlineData("/es/test-county/", "Sin datos de 2019 y 2020; los valores se dibujan como puntos, sin línea entre ellos.",
        "Tasa de empleo, de 25 a 54 años, según raza y origen étnico, Alameda County, California, de 2018 a 2021. Un valor más alto es mejor.")]
    public void The_gap_sentence_says_nothing_of_a_broken_line_since_the_page_draws_no_chart(string plan, string note, string caption)
    {
        // The caption sets the breakdown off with a comma: "ages 25–54 by race and ethnicity" read as ages by race (review3, 2026-12-07).
        Assert.Equal([caption], Texts(fixture.Page(plan + "findings/"), "#sm-chart-share_employed-race-ethnicity figcaption"));
        // The findings page's chart by race and ethnicity skips 2019 and 2020 (Urban's file has 2018 and 2021), and its summary says
        // the line is broken there; the glance page draws no chart, so its sentence is the same without that note.
        var findings = Texts(fixture.Page(plan + "findings/"), "#sm-chart-share_employed-race-ethnicity .chart-summary");
        Assert.EndsWith(" " + note, findings[0]);
        var glance = fixture.Page(plan + "at-a-glance/");
        Assert.Empty(glance.QuerySelectorAll("svg, canvas, img"));
        Assert.Equal([findings[0][..^(note.Length + 1)]], Texts(glance, ".glance-gap"));
    }

    [Fact]
    public void The_Spanish_page_is_in_Spanish_with_numbers_as_es_US_writes_them()
    {
        var page = fixture.Page("/es/test-county/at-a-glance/");
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Visión", "Cifras principales", "Avance de los indicadores", "Las cinco partes del plan", "Contacto", "Coalición"],
            Texts(page, "main h2"));
        Assert.Equal(["80.4\u00a0% (datos de 2021)", "120 personas (datos de 2023)"], Texts(page, ".glance-figure"));
        Assert.Equal(["El informe de avance de 2024 actualiza 2 indicadores. Informe de avance de 2024"], Texts(page, "#sm-glance-status-heading + p"));
        Assert.Equal(["Por buen camino: 1 indicador", "En riesgo: 1 indicador", "Fuera de rumbo: 0 indicadores"], Texts(page, ".glance-counts li"));
        Assert.Equal("/es/test-county/how-we-got-here/", page.QuerySelector(".glance-parts a")!.GetAttribute("href"));
        Assert.Equal(["Fuente: Urban Institute, Mobility Metrics."], Texts(page, ".glance-credit"));
        Assert.Equal(["Fuente: datos propios de la coalición (data/jobs-program.csv)."], Texts(page, ".glance-metrics > li:last-child .glance-source"));
    }
}
