using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.EndToEnd;

/// <summary>
/// A city plan built as published, in English and Spanish: the fixture plan made a city (the City of Pittsburgh, 4261000,
/// with Philadelphia, 4260000, as its peer) over Urban's place files as published (Fixtures/urban/places), its findings
/// untranslated on the Spanish site. What a reader sees: places named as names (no "City of" in sentences, no Census
/// suffix), states and dates in the page's language, weak estimates never compared, groups named as people.
/// </summary>
public sealed class CitySite : IDisposable
{
    public TestSite Site { get; }

    public CitySite() => Site = UrbanCitySite.Build("City of Pittsburgh", "PA", "4261000", "4260000",
        "Plan de Acción para la Movilidad de Pittsburgh", "Ciudad de Pittsburgh",
        site => site.Replace(TestSite.Plan + "/findings.md", "  - file: data/jobs-program.csv",
            "  - metric: share_in_preschool\n    subgroups: [race-ethnicity]\n  - metric: rate_learning\n" +
            "  - metric: ratio_black_nh_house_value_households\n  - file: data/jobs-program.csv"));

    public IHtmlDocument Page(string url) =>
        new HtmlParser().ParseDocument(Site.Read("_site" + url + (url.EndsWith('/') ? "index.html" : "")));

    public void Dispose() => Site.Dispose();
}

public class CityPlanTests(CitySite city) : IClassFixture<CitySite>
{
    private static IElement Metric(IHtmlDocument page, string variable) => page.QuerySelector("#sm-metric-" + variable)!;

    private static string Summaries(IElement metric) =>
        string.Join(" | ", metric.QuerySelectorAll("figure .chart-summary, figure p").Select(p => p.TextContent.Trim()).Where(t => t.Length > 0));

    [Fact]
    public void The_trend_names_the_city_as_a_name_and_its_peer_without_the_census_suffix()
    {
        var employment = Metric(city.Page("/test-county/findings/"), "share_employed");
        var text = employment.TextContent;
        Assert.Contains("In Pittsburgh, Pennsylvania, it ", text);
        Assert.Contains(" in Philadelphia, Pennsylvania.", text);
        Assert.Contains("Employment rate, ages 25–54, Pittsburgh, Pennsylvania and peer cities, 2014 to 2023.", text);
        Assert.DoesNotContain("City of Pittsburgh", text);
        Assert.DoesNotContain("Philadelphia city", text);
        Assert.DoesNotContain("peer counties", text);
        // The overview keeps the plan's own name for its jurisdiction.
        Assert.Contains("City of Pittsburgh, Pennsylvania", city.Page("/test-county/").QuerySelector("main")!.TextContent);
    }

    [Fact]
    public void The_weak_2021_hispanic_preschool_estimate_is_never_compared_and_the_notice_is_one_line()
    {
        var preschool = Metric(city.Page("/test-county/findings/"), "share_in_preschool");
        var text = preschool.TextContent;
        // Urban rates 2021 Hispanic (91.1%) Weak: it stays in the table, marked, and out of every sentence.
        Assert.Contains("In 2021 it was highest for Black, non-Hispanic residents (46.0%) and lowest for residents of other races and ethnicities (45.1%), " +
                        "a gap of 0.9 percentage points. Estimates for Hispanic residents are too weak to compare.", text);
        Assert.DoesNotContain("highest for Hispanic", text);
        Assert.DoesNotContain("46.0 percentage points", text);
        var warning = preschool.QuerySelector(".data-warning")!.TextContent;
        Assert.Equal("Weak data. Urban Institute rates the 2021 estimate for Hispanic residents weak: do not use it for decisions.", warning);
        Assert.Contains(preschool.QuerySelectorAll("td.quality-weak"), td => td.ParentElement!.TextContent.Contains("91.1%", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_notice_and_description_is_a_sentence_of_its_own()
    {
        var page = city.Page("/test-county/findings/");
        foreach (var p in page.QuerySelectorAll(".metric-description"))
            Assert.DoesNotMatch(@"\)\s*Pillar:", p.TextContent);
        Assert.Contains("(SEDA); 1.0 = one grade level per year. Pillar: High-quality education.", Metric(page, "rate_learning").TextContent);
        Assert.All(page.QuerySelectorAll(".data-note, .data-warning"), n => Assert.True(n.TextContent.Length < 140, n.TextContent));
    }

    [Fact]
    public void The_spanish_findings_untranslated_have_spanish_sentences_places_and_states_and_english_marked_lang_en()
    {
        var page = city.Page("/es/test-county/findings/");
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var preschool = Metric(page, "share_in_preschool");
        var text = preschool.TextContent;
        Assert.Contains("En 2021, el valor más alto se registró en la población negra o afroamericana no hispana (46.0\u00A0%) y el más bajo, en " +
                        "la población de otras razas y grupos étnicos (45.1\u00A0%), una diferencia de 0.9 puntos porcentuales. " +
                        "En la población hispana o latina, las estimaciones son demasiado débiles para compararlas.", text);
        var employment = Metric(page, "share_employed").TextContent;
        Assert.Contains("En Pittsburgh, Pensilvania, ", employment);
        Assert.Contains(" en Philadelphia, Pensilvania.", employment);
        Assert.Contains("y ciudades de comparación", employment);
        Assert.DoesNotContain("condados", employment);
        // StaticMap's words in Spanish and unmarked; the author's text (narrative, takeaway) marked lang="en".
        Assert.Equal("Los datos", page.QuerySelector("#sm-metrics-heading")!.TextContent);
        Assert.Null(page.QuerySelector("#sm-metrics-heading")!.Closest("[lang='en']"));
        Assert.Equal("en", page.QuerySelector("main .prose")!.GetAttribute("lang"));
        Assert.Equal("en", Metric(page, "share_employed").QuerySelector(".takeaway")!.GetAttribute("lang"));
        // The names StaticMap gives the English narrative's footnote links are Spanish, and marked so inside it.
        var labels = page.QuerySelectorAll("main .prose .visually-hidden").ToList();
        Assert.Contains(labels, l => l.TextContent.Trim() == "(nota 1)");
        Assert.All(labels, l => Assert.Equal("es", l.GetAttribute("lang")));
        foreach (var english in new[] { "Data table", "Download", "Data quality", "rose from", "fell from", "highest for", "Pennsylvania" })
            Assert.DoesNotContain(english, SpanishText(page));
    }

    [Fact]
    public void The_spanish_home_and_overview_write_dates_states_and_the_translated_name_in_spanish()
    {
        var home = city.Page("/es/").QuerySelector("main")!.TextContent;
        Assert.Contains("Ciudad de Pittsburgh, Pensilvania", home);
        Assert.Contains("Publicado el 1 de mayo de 2024", home);
        Assert.DoesNotContain("May 1, 2024", home);
        var overview = city.Page("/es/test-county/").QuerySelector("main")!.TextContent;
        Assert.Contains("Ciudad de Pittsburgh, Pensilvania", overview);
        Assert.DoesNotContain("(city)", overview);
    }

    /// <summary>Urban's housing-wealth ratios are a city's share too: the description says "the community's" housing value, never
    /// "the county's", in both languages (review, 2026-12-07: a Saint Paul city plan read "share of the county's total housing value").</summary>
    [Fact]
    public void A_city_plans_housing_wealth_description_does_not_call_the_city_a_county()
    {
        var english = Metric(city.Page("/test-county/findings/"), "ratio_black_nh_house_value_households").QuerySelector(".metric-description")!.TextContent;
        Assert.StartsWith("Black non-Hispanic households: share of the community's total housing value vs share of households", english);
        Assert.DoesNotContain("county", english);
        var spanish = Metric(city.Page("/es/test-county/findings/"), "ratio_black_nh_house_value_households").QuerySelector(".metric-description")!.TextContent;
        Assert.StartsWith("Hogares afroamericanos no hispanos: su parte del valor total de las viviendas de la comunidad frente a", spanish);
        Assert.DoesNotContain("condado", spanish);
    }

    /// <summary>Urban's housing-wealth ratio "0.115:0.235" is read as two shares in the page's language (review, 2026-12-07: the
    /// table showed "0.015:0.138", three decimals a reader cannot read, under a caption "as published").</summary>
    [Fact]
    public void A_housing_wealth_ratio_is_written_as_two_percentages_in_the_pages_language()
    {
        var english = Metric(city.Page("/test-county/findings/"), "ratio_black_nh_house_value_households");
        var row = english.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "2014");
        Assert.Equal("11.5% of the housing value, 23.5% of households", row.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("Housing wealth, Black non-Hispanic households, by year", english.QuerySelector("caption")!.TextContent);
        Assert.DoesNotContain("0.115", english.TextContent);
        var spanish = Metric(city.Page("/es/test-county/findings/"), "ratio_black_nh_house_value_households");
        var fila = spanish.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "2014");
        Assert.Equal("11.5\u00A0% del valor de la vivienda, 23.5\u00A0% de los hogares", fila.QuerySelectorAll("td")[0].TextContent);
    }

    [Theory]
    [InlineData("0.049:0.111", "4.9% of the housing value, 11.1% of households")]
    [InlineData("20.8%:27.5%", "20.8% of the housing value, 27.5% of households")]
    [InlineData("2235:1", "2235:1")]
    [InlineData("n/a", "n/a")]
    public void Urbans_two_ways_of_writing_the_ratio_read_alike_and_anything_else_as_published(string published, string shown) =>
        Assert.Equal(shown, StaticMap.Core.Rendering.Components.FindingsView.HouseValueShares(published,
            StaticMap.Core.Rendering.Templates.Theme.DefaultStrings.For("en")));

    /// <summary>The page's text outside every element marked with a language other than Spanish.</summary>
    private static string SpanishText(IHtmlDocument page) => string.Join(" ", page.Body!.Descendants<IText>()
        .Where(t => t.ParentElement is { } e && e.Closest("script, style") is null
            && (e.Closest("[lang]")?.GetAttribute("lang") ?? "es").StartsWith("es", StringComparison.Ordinal))
        .Select(t => t.Data));
}
