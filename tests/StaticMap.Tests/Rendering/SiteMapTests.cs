using StaticMap.Core;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>The site map the page kinds declare is the site they write: no page written that was not declared (its links
/// and ids unchecked), none declared that is not written (a link to it would pass the check and break).</summary>
public class SiteMapTests(SpanishSite fixture) : IClassFixture<SpanishSite>
{
    [Fact]
    public void The_declared_pages_are_the_pages_written_in_both_languages()
    {
        var parsed = SiteBuilder.Check(fixture.Built.Site.Root, new SiteOptions()).Site!.Site;
        var map = SiteRenderer.Map(SpanishEdition.Add(parsed, SpanishEdition.Title), StaticMap.Tests.Support.TestRegistry.Default);
        var declared = map.Pages.Select(p => p.Url).Order(StringComparer.Ordinal).ToList();
        var written = fixture.Built.Pages.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(written, declared);
        Assert.Contains("/es/test-county/print/", declared);
    }

    [Fact]
    public void Each_page_of_a_translation_names_the_same_page_in_the_plans_language()
    {
        var parsed = SiteBuilder.Check(fixture.Built.Site.Root, new SiteOptions()).Site!.Site;
        var map = SiteRenderer.Map(SpanishEdition.Add(parsed, SpanishEdition.Title), StaticMap.Tests.Support.TestRegistry.Default);
        foreach (var page in map.Pages.Where(p => p.Edition == "es"))
        {
            Assert.NotNull(page.Original);
            Assert.Null(map.At(page.Original!)!.Edition);
        }
    }
}
