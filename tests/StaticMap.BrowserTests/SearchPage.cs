using Microsoft.Playwright;

namespace StaticMap.BrowserTests;

/// <summary>The search page's form, as the theme's search.js builds it on top of Pagefind.</summary>
public static class SearchPage
{
    public const string Input = "#sm-search-input";

    /// <summary>A word the sample plans use in the language of the search page at <paramref name="path"/>: each language
    /// searches its own pages (Pagefind splits the index by lang).</summary>
    public static string QueryFor(string path) => path.StartsWith("/es/", StringComparison.Ordinal) ? "vivienda" : "housing";

    public static async Task WaitForSearchForm(IPage page) =>
        await page.Locator(Input).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });

    public static async Task Search(IPage page, string query)
    {
        await page.Locator(Input).FillAsync(query);
        await page.Locator(Input).PressAsync("Enter");
        await page.Locator("#sm-search-results a[href]").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
