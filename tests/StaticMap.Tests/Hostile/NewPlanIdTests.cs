using StaticMap.Core.Scaffolding;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// <c>staticmap new</c> refuses a plan id whose address the site already uses, as the next build would (MAP068): a
/// language the site is published in (/es/), a page of input/ (/accessibility/), a name the site keeps for its own files;
/// exit 2, nothing written.
/// </summary>
public class NewPlanIdTests
{
    private static ScaffoldResult New(TestSite site, string id, params string[] translations) =>
        PlanScaffold.Create(site.Root, new ScaffoldRequest(id, "Boone County", "MO", "29019") { Translations = translations });

    [Trait("Category", "Slow")]
    [Fact]
    public void A_site_language_is_refused_as_a_plan_id_with_exit_2()
    {
        using var site = TestSite.Valid();
        site.Write("input/accessibility.es.md", site.Read("input/accessibility.md"));
        var (exit, output, error) = StaticMapProcess.Run("new", "es", "--name", "Boone County", "--state", "MO", "--fips", "29019", "--root", site.Root);
        Assert.True(exit == 2, $"exit {exit}\n{output}\n{error}");
        Assert.Equal("staticmap: plan id 'es' is the name of a language the site is published in (es, whose pages are under /es/), so the two would share one address; choose another, e.g. 'es-plan'",
            error.Trim());
        Assert.DoesNotContain("   at ", output + error);
        Assert.False(Directory.Exists(site.FullPath("plans/es")));
    }

    [Fact]
    public void A_language_of_a_plan_translation_is_refused()
    {
        using var site = TestSite.Valid();
        site.Write(TestSite.Plan + "/plan.es-mx.yml", "name: Condado de Prueba\n");
        var result = New(site, "es-mx");
        Assert.Equal(ScaffoldOutcome.InvalidInput, result.Outcome);
        Assert.Contains("is the name of a language the site is published in", Assert.Single(result.Problems));
    }

    [Fact]
    public void The_new_plans_own_translation_language_is_refused()
    {
        using var site = TestSite.Valid();
        var result = New(site, "es", "es");
        Assert.Equal(ScaffoldOutcome.InvalidInput, result.Outcome);
        Assert.False(Directory.Exists(site.FullPath("plans/es")));
    }

    [Fact]
    public void A_page_address_is_refused()
    {
        using var site = TestSite.Valid();
        var result = New(site, "accessibility");
        Assert.Equal(ScaffoldOutcome.InvalidInput, result.Outcome);
        Assert.Equal("plan id 'accessibility' is the address of the page input/accessibility.md (/accessibility/), so the two would share one address; choose another, e.g. 'accessibility-plan'",
            Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("static")]
    [InlineData("search")]
    [InlineData("pagefind")]
    [InlineData("schemas")]
    [InlineData("feed")]
    [InlineData("robots")]
    public void A_reserved_name_is_refused(string id)
    {
        using var site = TestSite.Valid();
        var result = New(site, id);
        Assert.Equal(ScaffoldOutcome.InvalidInput, result.Outcome);
        Assert.Equal($"plan id '{id}' is a name the site uses for its own pages; choose another, e.g. '{id}-plan'", Assert.Single(result.Problems));
    }

    [Fact]
    public void A_language_the_site_is_not_published_in_is_a_plan_id_like_any_other()
    {
        using var site = TestSite.Valid();
        Assert.Equal(ScaffoldOutcome.Created, New(site, "fr").Outcome);
    }
}
