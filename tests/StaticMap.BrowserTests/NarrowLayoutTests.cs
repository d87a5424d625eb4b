using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// At 320 px: every plan page (not the embed page, a chart in a partner's frame, without the site's navigation) shows its title in the first screen and no edge of the unfocused skip link (the plan navigation is a closed disclosure that
/// the keyboard opens), the charts' legends wrap below a plot at least 200 px tall, never cut, every control of the
/// findings pages' disclosures (data tables, share panels) is at least 24 px each way (WCAG 2.5.8), and a table wider than
/// the screen shows a shadow on the side it scrolls to, a narrative's table keeping its first column wide enough to read.
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
    public async Task At_320_px_every_control_in_an_opened_disclosure_is_at_least_24_px_and_a_wide_table_shows_a_shadow_where_it_scrolls()
    {
        // The findings pages (charts with their share panel, the narrative's own table) in both languages.
        var pages = site.Pages.Where(p => p.Kind.Contains("findings", StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, p => p.Path.StartsWith("/es/", StringComparison.Ordinal));
        await using var session = await site.OpenAsync(Phone());
        var problems = new List<string>();
        var scrollers = 0;
        var narrativeSeen = false;
        foreach (var page in pages)
        {
            await session.GotoAsync(page.Path);
            // js/share.js shows the copy buttons; every disclosure opened, as a reader opens them.
            await session.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('button.copy-button')].every(b => !b.hidden)");
            await session.Page.EvaluateAsync("() => document.querySelectorAll('main details').forEach(d => d.open = true)");
            var found = await session.Page.EvaluateAsync<string[]>(
                """
                () => {
                  const problems = [];
                  for (const el of document.querySelectorAll('main button, main summary, main input, main textarea')) {
                    const r = el.getBoundingClientRect();
                    if (r.width === 0 && r.height === 0) continue;
                    if (r.width < 24 || r.height < 24) problems.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.value).trim().slice(0, 40)}" is ${Math.round(r.width)}x${Math.round(r.height)} px`);
                  }
                  return problems;
                }
                """);
            problems.AddRange(found.Select(p => $"{page.Path}: {p}"));
            // A table wider than the screen scrolls inside its region, which paints a shadow that scrolls with it (not the page).
            var tables = await session.Page.EvaluateAsync<string[]>(
                """
                () => [...document.querySelectorAll('main .table-scroll')].filter(r => r.scrollWidth > r.clientWidth + 1).map(r => {
                  const s = getComputedStyle(r), first = r.querySelector('tr > :first-child');
                  const shadow = (s.backgroundImage.match(/gradient/g) || []).length >= 4 && s.backgroundAttachment.includes('local') && s.backgroundAttachment.includes('scroll');
                  const narrative = !!r.closest('.prose');
                  return `${narrative ? 'narrative' : 'data'}|${shadow}|${Math.round(first.getBoundingClientRect().width)}|${r.getAttribute('aria-label') || r.getAttribute('aria-labelledby')}`;
                })
                """);
            foreach (var table in tables)
            {
                var parts = table.Split('|');
                scrollers++;
                if (parts[1] != "true") problems.Add($"{page.Path}: the table \"{parts[3]}\" scrolls sideways without a shadow at its edge");
                if (parts[0] == "narrative" && int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture) < 150)
                    problems.Add($"{page.Path}: the narrative table \"{parts[3]}\" sets its first column {parts[2]} px wide (one word a line)");
            }
            if (page.Path == "/es/alameda-county/findings/") narrativeSeen = tables.Any(t => t.StartsWith("narrative|", StringComparison.Ordinal));
        }
        Assert.True(scrollers > 0, "no table scrolls sideways at 320 px: the test checks nothing");
        Assert.True(narrativeSeen, "the Spanish findings of Alameda County: its narrative's table (five columns) does not scroll at 320 px");
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
