using Microsoft.Playwright;

namespace StaticMap.BrowserTests;

/// <summary>The search page's form, as the theme's search.js builds it on top of Pagefind.</summary>
public static class SearchPage
{
    public const string Input = "#sm-search-input";

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
