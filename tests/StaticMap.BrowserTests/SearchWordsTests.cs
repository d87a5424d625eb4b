using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// What a reader finds by search, in both languages (issue 23; docs/theme.md, "What is indexed"): the plans' own words
/// on the pages that hold them, never a page that only repeats them (the status page, a progress index, the glance
/// page), and nothing for a word only StaticMap's computed statuses say.
/// </summary>
public partial class SearchBucketTests
{
    [SkippableTheory]
    [InlineData("/search/", "housing", "/alameda-county/how-we-got-here/")]
    [InlineData("/es/search/", "vivienda", "/es/alameda-county/how-we-got-here/")]
    public async Task A_search_finds_the_narrative_and_no_page_that_only_repeats_it(string path, string query, string narrative)
    {
        var (links, _, _, problems) = await Search(path, query);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(narrative, links);
        Assert.DoesNotContain(links, l => l.EndsWith("/status/", StringComparison.Ordinal) || l.EndsWith("/progress/", StringComparison.Ordinal)
            || l.EndsWith("/at-a-glance/", StringComparison.Ordinal) || l.EndsWith("/print/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_status_that_only_StaticMap_computes_finds_nothing()
    {
        // "En riesgo" (at risk) is on the sample's Spanish progress reports and status page, as a computed status only; the
        // English side of this is pinned in IndexedTextTests (Pagefind 1.4 answers an English "achieved", which no
        // indexed page holds, with every page: docs/performance.md).
        const string path = "/es/search/", query = "riesgo", expected = "No hay resultados para “riesgo”.";
        site.RequireSearchIndex();
        var context = await site.Browser.NewContextAsync(SiteFixture.Desktop());
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(site.Address, path.TrimStart('/')).ToString());
            await SearchPage.WaitForSearchForm(page);
            await page.Locator(SearchPage.Input).FillAsync(query);
            await page.Locator(SearchPage.Input).PressAsync("Enter");
            var status = page.Locator("#sm-search-status");
            await Assertions.Expect(status).ToHaveTextAsync(expected, new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 });
            Assert.Equal(0, await page.Locator("#sm-search-results > li").CountAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}
