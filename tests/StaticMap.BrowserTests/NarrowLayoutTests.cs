using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// At 320 px: every plan page (not the embed page, a chart in a partner's frame, without the site's navigation) shows its title in the first screen and no edge of the unfocused skip link (the plan navigation is a closed disclosure that
/// the keyboard opens), and the charts' legends wrap below a plot at least 200 px tall, never cut.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Slow")]
public class NarrowLayoutTests(SiteFixture site)
{
    private static BrowserNewContextOptions Phone() => new() { ViewportSize = new ViewportSize { Width = 320, Height = 568 }, ReducedMotion = ReducedMotion.Reduce };

    [SkippableFact]
    public async Task Every_plan_page_shows_its_title_in_the_first_screen_and_the_keyboard_opens_the_plan_navigation()
    {
        var pages = site.Pages.Where(p => p.Kind is not ("kind-home" or "kind-search" or "kind-page" or "kind-not-found" or "kind-print" or "kind-embed")).ToList();
        Assert.True(pages.Count >= 10, $"expected the plans' pages, found {pages.Count}");
        await using var session = await site.OpenAsync(Phone());
        var problems = new List<string>();
        foreach (var page in pages)
        {
            await session.GotoAsync(page.Path);
            var bottom = await session.Page.EvaluateAsync<double>("() => document.querySelector('main h1').getBoundingClientRect().bottom");
            if (bottom > 568) problems.Add($"{page.Path}: the h1 ends {bottom:0} px down, below the first screen (568 px)");
            var skip = await session.Page.EvaluateAsync<double>("() => document.querySelector('.skip-link').getBoundingClientRect().bottom");
            if (skip > 0) problems.Add($"{page.Path}: the skip link, not focused, shows {skip:0} px of itself at the top of the page");
            var open = await session.Page.EvaluateAsync<bool>("() => document.getElementById('sm-plan-nav').open");
            if (open) problems.Add($"{page.Path}: the plan navigation is open at 320 px");
        }
        // The summary is a button the keyboard reaches and opens; its links then follow it in the tab order.
        await session.GotoAsync(pages[0].Path);
        await session.Page.FocusAsync("#sm-plan-nav > summary");
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.getElementById('sm-plan-nav').open"), "Enter on the summary did not open the plan navigation");
        await session.Page.Keyboard.PressAsync("Tab");
        var focused = await session.Page.EvaluateAsync<string>("() => document.activeElement.closest('#sm-plan-nav') ? document.activeElement.tagName : 'outside'");
        Assert.Equal("A", focused);
        problems.AddRange(session.TakeProblems());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task At_320_px_chart_legends_wrap_below_a_plot_at_least_200_px_tall()
    {
        var pages = site.Pages.Where(p => p.Kind.Contains("findings", StringComparison.Ordinal) || p.Kind == "kind-progress").Take(4).ToList();
        await using var session = await site.OpenAsync(Phone());
        var problems = new List<string>();
        foreach (var page in pages)
        {
            await session.GotoAsync(page.Path);
            await session.Page.WaitForFunctionAsync("() => document.querySelectorAll('figure.chart.chart-drawn').length === document.querySelectorAll('figure.chart:has(canvas)').length",
                null, new PageWaitForFunctionOptions { Timeout = 30_000 });
            var found = await session.Page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('figure.chart.chart-drawn')].flatMap(figure => {
                  const problems = [], chart = Chart.getChart(figure.querySelector('canvas'));
                  const plot = chart.chartArea.bottom - chart.chartArea.top;
                  if (plot < 200) problems.push(`#${figure.id}: the plot is ${Math.round(plot)} px tall`);
                  const box = figure.getBoundingClientRect();
                  for (const li of figure.querySelectorAll('.chart-legend li')) {
                    const r = li.getBoundingClientRect();
                    if (li.scrollWidth > li.clientWidth + 1 || r.right > box.right + 0.5) problems.push(`#${figure.id}: legend "${li.textContent}" is cut`);
                  }
                  return problems;
                })
                """);
            problems.AddRange(found.Select(p => $"{page.Path} {p}"));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
