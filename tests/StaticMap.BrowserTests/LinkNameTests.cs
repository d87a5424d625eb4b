using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// WCAG 2.4.4 and 2.4.9: on every page, at 1280 and at 320 px, no two links that a reader can reach share an
/// accessible name but lead to different places ("Download this data (CSV)" twelve times, "↩" on every footnote).
/// The name is what Chromium exposes: aria-label, else the link's rendered text (visually hidden text included,
/// display:none excluded), so the measurement plan's table and its cards, one of which is hidden, are judged as shown.
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Slow")]
public class LinkNameTests(SiteFixture site)
{
    public static TheoryData<string> Modes => ["desktop-1280", "narrow-320"];

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public async Task No_two_links_share_a_name_but_not_a_target(string mode)
    {
        await using var session = await site.OpenAsync(mode == "narrow-320" ? SiteFixture.Narrow() : SiteFixture.Desktop());
        var problems = new List<string>();
        foreach (var page in site.Pages)
        {
            await session.GotoAsync(page.Path);
            var clashes = await session.Page.EvaluateAsync<string[]>(
                """
                () => {
                  const names = new Map();
                  for (const a of document.querySelectorAll('a[href]')) {
                    if (!a.checkVisibility({ visibilityProperty: true }) && !a.closest('.visually-hidden')) continue;
                    const name = (a.getAttribute('aria-label') || a.innerText || a.textContent).replace(/\s+/g, ' ').trim();
                    if (!names.has(name)) names.set(name, new Set());
                    names.get(name).add(a.href);
                  }
                  return [...names].filter(([, targets]) => targets.size > 1)
                    .map(([name, targets]) => `"${name}" → ${[...targets].slice(0, 4).join(', ')}${targets.size > 4 ? ', …' : ''} (${targets.size} targets)`);
                }
                """);
            problems.AddRange(clashes.Select(c => $"{page.Path}: {c}"));
            session.TakeProblems();
        }
        Assert.True(site.Pages.Count >= 26, $"expected the sample site to have at least 26 pages, found {site.Pages.Count}");
        Assert.True(problems.Count == 0, $"{problems.Count} link names lead to more than one place ({mode}):\n" + string.Join("\n", problems));
    }
}
