using StaticMap.Tests.Support;
using static StaticMap.Tests.Translations.SpanishFixture;

namespace StaticMap.Tests.Translations;

/// <summary>
/// A findings metric's takeaway and a local CSV's label are the coalition's text: a translated findings that leaves them out
/// shows the original's, in English on the Spanish page, and the page says so with lang="en" (WCAG 3.1.2), as it does for an
/// indicator's name (review9, 2026-12-07: "About one in five residents with a credit record has debt in collections." unmarked
/// on /es/boone-county/findings/).
/// </summary>
public class UntranslatedTakeawayTests
{
    [Fact]
    public void A_takeaway_left_out_of_a_translated_findings_is_marked_english()
    {
        // The fixture's findings.es.md lists share_employed without its takeaway.
        using var site = SpanishFixture.Create().Built();
        Assert.Equal([("Employment recovered after 2020.", "en")], Texts(site, "/es/test-county/findings/", ".takeaway"));
        // The translated label is Spanish: not marked.
        Assert.Contains(("Colocaciones del programa de empleo juvenil", null), Texts(site, "/es/test-county/findings/", ".metric h3"));
        // The English page is in the takeaway's own language: nothing to mark.
        Assert.Equal([("Employment recovered after 2020.", null)], Texts(site, "/test-county/findings/", ".takeaway"));
    }

    [Fact]
    public void A_translated_takeaway_is_not_marked_and_a_label_left_out_is()
    {
        using var site = SpanishFixture.Create()
            .Replace(SpanishFixture.P + "/findings.es.md", "  - metric: share_employed\n",
                "  - metric: share_employed\n    takeaway: El empleo se recuperó después de 2020.\n")
            .Replace(SpanishFixture.P + "/findings.es.md", "    label: Colocaciones del programa de empleo juvenil\n", "")
            .Built();
        Assert.Equal([("El empleo se recuperó después de 2020.", null)], Texts(site, "/es/test-county/findings/", ".takeaway"));
        Assert.Contains(("Youth jobs program placements", "en"), Texts(site, "/es/test-county/findings/", ".metric h3"));
    }
}
