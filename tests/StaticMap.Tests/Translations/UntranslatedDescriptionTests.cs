using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// A page's description (meta description, og:description, twitter:description) cannot carry lang: on a Spanish page whose
/// component or report is left untranslated, it is said in Spanish from the theme's strings, never the English narrative's
/// first paragraph read as Spanish (fixes12, 2026-12-08: "The Office of Equity reports to City Council every year." on
/// /es/pittsburgh/sustainability/).
/// </summary>
public class UntranslatedDescriptionTests
{
    private const string Selector = "meta[name='description'], meta[property='og:description'], meta[name='twitter:description']";

    private static List<string?> Descriptions(TestSite site, string url) =>
        site.BuiltPage(url).QuerySelectorAll(Selector).Select(m => m.GetAttribute("content")).ToList();

    [Fact]
    public void An_untranslated_component_and_report_are_described_in_spanish()
    {
        using var site = SpanishFixture.Create()
            .Delete(SpanishFixture.P + "/sustainability.es.md")
            .Delete(SpanishFixture.P + "/progress/2024.es.md")
            .Replace(SpanishFixture.P + "/how-we-got-here.es.md", "progress/2024.es.md", "progress/2024.md")
            .Built();

        Assert.Equal(Enumerable.Repeat<string?>("Consideraciones de sostenibilidad del Plan de Movilidad del Condado de Prueba.", 3),
            Descriptions(site, "/es/test-county/sustainability/"));
        Assert.Equal(Enumerable.Repeat<string?>("Avance de 2024 del Plan de Movilidad del Condado de Prueba.", 3),
            Descriptions(site, "/es/test-county/progress/2024/"));
        // A translated component keeps its own first paragraph.
        Assert.Equal(Enumerable.Repeat<string?>("La teoría del cambio en breve.", 3), Descriptions(site, "/es/test-county/theory-of-change/"));
        // The English pages are described by their own text.
        Assert.Equal(Enumerable.Repeat<string?>("How the work lasts beyond one budget cycle.", 3), Descriptions(site, "/test-county/sustainability/"));
        Assert.Equal(Enumerable.Repeat<string?>("The first year of the plan, with links back to the measurement plan.", 3),
            Descriptions(site, "/test-county/progress/2024/"));
    }
}
