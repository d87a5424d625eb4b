using System.Text;
using StaticMap.Core.Preview;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Preview;

/// <summary>serve and translations: a change to a translation file rebuilds its plan in every language.</summary>
public class TranslationPreviewTests
{
    private const string PlanEs = TestSite.Plan + "/plan.es.yml";

    private static string Page(PreviewSite preview, string path) =>
        preview.Site.TryGet(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException(path);

    [Fact]
    public void Editing_a_translation_file_rebuilds_the_plans_pages_in_that_language_and_its_home()
    {
        using var site = TestSite.Valid();
        // A real translation: plan.yml lists Spanish, plan.es.yml gives the Spanish title (the components stay untranslated).
        site.Replace(TestSite.Plan + "/plan.yml", "title: Test County Mobility Action Plan\n", "title: Test County Mobility Action Plan\ntranslations: [es]\n");
        site.Write(PlanEs, "title: Plan de prueba\n");
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        Assert.Contains("Plan de prueba", Page(preview, "es/test-county/findings/index.html"));

        site.Write(PlanEs, "title: Plan de prueba, corregido\n");
        var update = preview.Rebuild([PlanEs]);

        Assert.True(update.SiteChanged);
        Assert.Equal("test-county", update.Scope);
        Assert.Contains("Plan de prueba, corregido", Page(preview, "es/test-county/findings/index.html"));
        Assert.Contains("Plan de prueba, corregido", Page(preview, "es/test-county/index.html"));
        // The Spanish home lists the plan by its title, so plan.es.yml is a change the site-wide pages show.
        Assert.Contains("Plan de prueba, corregido", Page(preview, "es/index.html"));
        Assert.DoesNotContain("Plan de prueba, corregido", Page(preview, "test-county/findings/index.html"));
    }

    [Fact]
    public void Editing_a_translated_component_rewrites_the_translations_pages_too()
    {
        using var site = TestSite.Valid();
        using var seam = SpanishEdition.Install();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
        preview.Rebuild();
        var findings = TestSite.Plan + "/findings.md";
        site.Replace(findings, "Employment is high but uneven.", "Employment is high, edited.");
        var update = preview.Rebuild([findings]);
        Assert.Equal("test-county", update.Scope);
        Assert.Contains("Employment is high, edited.", Page(preview, "test-county/findings/index.html"));
        // The Spanish pages were written again too (the print page shows the untranslated parts), not dropped.
        Assert.Contains("lang=\"es\"", Page(preview, "es/test-county/findings/index.html"));
        Assert.Contains("Esta sección", System.Net.WebUtility.HtmlDecode(Page(preview, "es/test-county/theory-of-change/index.html")));
    }
}
