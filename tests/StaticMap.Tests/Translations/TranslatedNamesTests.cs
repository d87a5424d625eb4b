using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Translations.SpanishFixture;

namespace StaticMap.Tests.Translations;

/// <summary>
/// What plan.&lt;lang&gt;.yml and a translated timeline may write in their own language (the jurisdiction's and contact's names,
/// a timeline date written in words), and what StaticMap writes itself (the state's name, a machine date).
/// </summary>
public class TranslatedNamesTests
{
    private static TestSite Translated()
    {
        var site = Create();
        site.Write(P + "/plan.es.yml", """
            title: Plan de Movilidad del Condado de Prueba
            summary: Un plan pequeño que pone a prueba cada parte del contrato.
            jurisdiction:
              name: Condado de Alameda
            contact:
              name: Equipo del plan
            coalition:
              - role: Convocante
              - {}
            """);
        site.Replace(P + "/how-we-got-here.md", "  - date: \"2022-03-15\"", "  - date: Spring 2022");
        site.Replace(P + "/how-we-got-here.es.md", "  - date: \"2022-03-15\"", "  - date: Primavera de 2022");
        return site;
    }

    [Fact]
    public void Plan_yml_translates_the_jurisdictions_and_the_contacts_name_and_a_timeline_date_in_words()
    {
        using var site = Translated();
        var (input, diagnostics) = Parse(site);
        Assert.DoesNotContain(diagnostics, d => d.Code != "MAP053");
        var spanish = Assert.Single(input.Plans.Single().Translations).Plan;
        Assert.Equal("Condado de Alameda", spanish.Metadata.Jurisdiction.Name);
        Assert.Equal("06001", spanish.Metadata.Jurisdiction.Fips);
        Assert.Equal(("Equipo del plan", "team@example.org"), (spanish.Metadata.Contact!.Name, spanish.Metadata.Contact.Email));
    }

    [Fact]
    public void The_spanish_pages_write_the_translated_names_the_translated_date_and_the_machine_date_in_spanish()
    {
        using var site = Translated();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var overview = parser.ParseDocument(site.Read("_site/es/test-county/index.html"));
        var text = overview.Body!.TextContent;
        Assert.Contains("Condado de Alameda, California", text);
        Assert.Contains("Equipo del plan", text);
        var story = parser.ParseDocument(site.Read("_site/es/test-county/how-we-got-here/index.html"));
        var dates = story.QuerySelectorAll(".timeline-date").Select(e => (e.TextContent, e.LocalName, e.GetAttribute("datetime"))).ToList();
        Assert.Equal([("junio de 2021", "time", "2021-06"), ("Primavera de 2022", "span", null)], dates);
        var english = parser.ParseDocument(site.Read("_site/test-county/how-we-got-here/index.html"));
        Assert.Equal(["June 2021", "Spring 2022"], english.QuerySelectorAll(".timeline-date").Select(e => e.TextContent));
        // The findings name the place as charts do: the translated county, its state in Spanish; the peer county too.
        var findings = parser.ParseDocument(site.Read("_site/es/test-county/findings/index.html")).Body!.TextContent;
        Assert.Contains("En el Condado de Alameda, California, subió", findings);
        Assert.Contains("Condado de Allegheny, Pensilvania", findings);
        Assert.Contains("y condados de comparación", findings);
    }

    [Fact]
    public void MAP048_a_machine_date_of_the_timeline_is_not_translated()
    {
        using var site = Create().Replace(P + "/how-we-got-here.es.md", "date: \"2022-03-15\"", "date: 15 de marzo de 2022");
        var (_, diagnostics) = Parse(site);
        var d = Assert.Single(diagnostics, d => d.Code != "MAP053");
        Assert.Equal($"{site.PositionOf(P + "/how-we-got-here.es.md", "15 de marzo")}: MAP048: 'timeline[2].date' is '15 de marzo de 2022' here but '2022-03-15' in how-we-got-here.md; " +
                     "it is not text to translate, so leave it out (it is taken from the original) or write '2022-03-15'", Format(d));
    }

    [Fact]
    public void MAP054_a_jurisdiction_translation_with_more_than_its_name()
    {
        using var site = Translated().Replace(P + "/plan.es.yml", "  name: Condado de Alameda", "  name: Condado de Alameda\n  fips: \"06001\"");
        var (_, diagnostics) = Parse(site);
        var d = Assert.Single(diagnostics, d => d.Code != "MAP053");
        Assert.Equal($"{site.PositionOf(P + "/plan.es.yml", "fips")}: MAP054: 'jurisdiction.fips' cannot be translated in plan.es.yml: its translation holds only 'name' ('fips' is taken from plan.yml), so remove it here",
            Format(d));
    }

    /// <summary>The coalition's names are never translated (plan.&lt;lang&gt;.yml translates roles only), so on a Spanish page
    /// each is marked as English, and so is a role left untranslated; the English pages carry no mark (review11, 2026-12-07:
    /// "Allegheny County Department of Human Services" read with Spanish sounds).</summary>
    [Fact]
    public void Coalition_names_and_untranslated_roles_are_marked_as_the_main_language_on_a_translation()
    {
        using var site = Translated();
        Assert.True(site.Build().Succeeded);
        string Items(string url, string selector) => string.Join(" | ", new HtmlParser().ParseDocument(site.Read("_site" + url + "index.html"))
            .QuerySelectorAll(selector).Select(li => li.InnerHtml.Trim()));
        Assert.Equal("<span lang=\"en\">County Administrator's Office</span>: Convocante | <span lang=\"en\">Residents' advisory panel</span>",
            Items("/es/test-county/", "#sm-coalition-heading ~ ul li"));
        Assert.Equal("County Administrator's Office: Convener | Residents' advisory panel", Items("/test-county/", "#sm-coalition-heading ~ ul li"));
        Assert.Contains("<span lang=\"en\">County Administrator's Office</span>", Items("/es/test-county/at-a-glance/", ".glance-coalition li"));

        site.Write(P + "/plan.es.yml", "title: Plan de Movilidad del Condado de Prueba\nsummary: Un plan pequeño.\n");
        Assert.True(site.Build().Succeeded);
        Assert.StartsWith("<span lang=\"en\">County Administrator's Office</span>: <span lang=\"en\">Convener</span>",
            Items("/es/test-county/", "#sm-coalition-heading ~ ul li"));
    }
}
