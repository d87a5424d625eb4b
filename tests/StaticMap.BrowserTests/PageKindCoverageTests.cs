using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// The browser checks reach every kind of page: axe (AccessibilityTests) and the Nu checker run on every page SiteFixture
/// finds, so the plan-at-a-glance and embed pages must be among them in both languages; the keyboard walk (KeyboardTests)
/// takes one page of each kind from its own list, which must name every kind the site has.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Slow")]
public class PageKindCoverageTests(SiteFixture site)
{
    [Theory]
    [InlineData("kind-glance", "/ramsey-county/at-a-glance/")]
    [InlineData("kind-glance", "/es/alameda-county/at-a-glance/")]
    [InlineData("kind-embed", "/ramsey-county/embed/")]
    [InlineData("kind-embed", "/es/alameda-county/embed/")]
    public void The_glance_and_embed_pages_are_among_the_pages_checked(string kind, string path) =>
        Assert.Contains(site.Pages, p => p.Kind == kind && p.Path == path);

    /// <summary>One embed page per plan and language, which holds every chart of the plan: none per chart.</summary>
    [Fact]
    public void The_embed_pages_are_one_per_plan_and_language() =>
        Assert.All(site.Pages.Where(p => p.Kind == "kind-embed"), p => Assert.Matches("^(/es)?/[a-z0-9-]+/embed/$", p.Path));

    [Fact]
    public void The_keyboard_walk_names_every_kind_of_page_the_site_has()
    {
        var walked = ((IEnumerable<object[]>)KeyboardTests.Kinds).Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(site.Pages.Select(p => p.Kind).Distinct().Where(k => !walked.Contains(k)).Order(StringComparer.Ordinal));
    }
}
