using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// The footer says the local data are the coalition's own only on a page that shows them (a findings metric from the plan's
/// CSV, and the print view of such a plan), in English and in Spanish; a plan with no CSV never claims local data
/// (fixes12, 2026-12-08: "Los datos locales son de la propia coalición." under Pittsburgh's findings, which have none).
/// </summary>
public class LocalDataCreditTests
{
    private static string Footer(TestSite site, string url) => site.BuiltPage(url).QuerySelector(".site-footer p")!.TextContent.Trim();

    [Fact]
    public void The_footer_credits_local_data_only_where_the_page_shows_them()
    {
        using var site = SpanishFixture.Create().Built();

        Assert.Equal("Mobility data: Urban Institute, Mobility Metrics. Local data are the coalition's own.", Footer(site, "/test-county/findings/"));
        Assert.Equal("Datos de movilidad: Urban Institute, Mobility Metrics. Los datos locales son de la propia coalición.",
            Footer(site, "/es/test-county/findings/"));
        Assert.Equal("Datos de movilidad: Urban Institute, Mobility Metrics. Los datos locales son de la propia coalición.",
            Footer(site, "/es/test-county/print/"));
        // A page without charts credits the Mobility Metrics of the site, not local data.
        Assert.Equal("Los datos de movilidad de estas páginas provienen del Urban Institute, Mobility Metrics.",
            Footer(site, "/es/test-county/measurement-plan/"));
    }

    [Fact]
    public void A_plan_without_local_data_never_claims_them()
    {
        const string LocalEn = "  - file: data/jobs-program.csv\n    label: Youth jobs program placements\n    unit: people\n";
        const string LocalEs = "  - file: jobs-program.csv\n    label: Colocaciones del programa de empleo juvenil\n    unit: personas\n";
        using var site = SpanishFixture.Create()
            .Replace(SpanishFixture.P + "/findings.md", LocalEn, "")
            .Replace(SpanishFixture.P + "/findings.es.md", LocalEs, "")
            .Built();

        Assert.Equal("Mobility data: Urban Institute, Mobility Metrics.", Footer(site, "/test-county/findings/"));
        Assert.Equal("Datos de movilidad: Urban Institute, Mobility Metrics.", Footer(site, "/es/test-county/findings/"));
        Assert.Equal("Mobility data: Urban Institute, Mobility Metrics.", Footer(site, "/test-county/print/"));
        Assert.Equal("Datos de movilidad: Urban Institute, Mobility Metrics.", Footer(site, "/es/test-county/print/"));
    }
}
