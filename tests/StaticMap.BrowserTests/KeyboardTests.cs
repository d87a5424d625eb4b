using System.Text.Json;
using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// Keyboard use of one page of every kind: the skip link is the first stop and moves focus to main; Tab reaches every
/// link, button, field, summary and focusable region in document order; focus is always visible; and Tab does not
/// trap focus (it runs off the end of the page).
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Slow")]
public class KeyboardTests(SiteFixture site)
{
    /// <summary>Every kind of page the site has, by the body's class.</summary>
    public static TheoryData<string> Kinds =>
    [
        "kind-home", "kind-plan",
        "kind-component how-we-got-here", "kind-component findings", "kind-component theory-of-change",
        "kind-component measurement-plan", "kind-component sustainability",
        "kind-progress", "kind-progress-index", "kind-status", "kind-print", "kind-search", "kind-page", "kind-not-found",
        "kind-glance", "kind-embed",
    ];

    [SkippableTheory]
    [MemberData(nameof(Kinds))]
    public Task Tab_reaches_everything_with_visible_focus_and_no_trap(string kind) => CheckKeyboard(kind, SiteFixture.Desktop());

    /// <summary>Forced colours drop box shadows and backgrounds, so the focus indicator must survive as an outline.</summary>
    [SkippableTheory]
    [InlineData("kind-component findings")]
    [InlineData("kind-search")]
    [InlineData("kind-plan")]
    public Task In_forced_colors_focus_stays_visible(string kind) => CheckKeyboard(kind, SiteFixture.ForcedColorsMode());

    private async Task CheckKeyboard(string kind, BrowserNewContextOptions options)
    {
        if (kind == "kind-search") site.RequireSearchIndex();
        // The page of the site's own language first (the Spanish site has one of most kinds too).
        var page = site.Pages.Where(p => p.Kind == kind).OrderBy(p => p.Path.StartsWith("/es/", StringComparison.Ordinal) ? 1 : 0).FirstOrDefault()
            ?? throw new Xunit.Sdk.XunitException($"The sample site has no page of kind '{kind}'; pages: {string.Join(", ", site.Pages.Select(p => p.Kind).Distinct())}");
        var path = kind switch
        {
            "kind-not-found" => "/no-such-page/",   // what a visitor sees: 404.html served for an unknown address
            "kind-search" => page.Path + "?q=" + SearchPage.QueryFor(page.Path), // with results, so their links are tabbed through too
            _ => page.Path,
        };
        await using var session = await site.OpenAsync(options);
        var problems = new List<string>();

        // 1. The skip link is the first stop, shows itself, and moves focus to main.
        await Load(session, path, kind);
        await session.Page.Keyboard.PressAsync("Tab");
        var first = await Active(session.Page);
        // An embed page (a chart in a partner's frame) repeats no blocks before its content, so it has no skip link to bypass them.
        if (kind == "kind-embed") { if (!first.Visible) problems.Add($"the first Tab stop, {first.Description}, is not visible: {first.Why}"); }
        else if (!first.Description.StartsWith("a.skip-link ", StringComparison.Ordinal)) problems.Add($"the first Tab stop is {first.Description}, not the skip link");
        else
        {
            if (!first.Visible) problems.Add($"the focused skip link is not visible: {first.Why}");
            await session.Page.Keyboard.PressAsync("Enter");
            await session.Page.WaitForFunctionAsync("() => location.hash === '#sm-main'");
            var target = await session.Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.id : ''");
            if (target != "sm-main") problems.Add($"after the skip link, focus is on '{target}', not on main#sm-main");
            await session.Page.Keyboard.PressAsync("Tab");
            var next = await session.Page.EvaluateAsync<bool>(
                "() => { const m = document.getElementById('sm-main'), a = document.activeElement; return !!a && a !== document.body && (m.contains(a) || !!(m.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING)); }");
            if (!next) problems.Add($"after the skip link, Tab goes to {(await Active(session.Page)).Description}, which is before main");
        }

        // 2. Tab through the whole page from the top.
        await Load(session, path, kind);
        var expected = await session.Page.EvaluateAsync<string[]>(MarkFocusableScript);
        if (expected.Length == 0) problems.Add("no focusable elements found");
        var visited = new List<string>();
        var seen = new HashSet<string>();
        var ended = false;
        for (var press = 0; press < expected.Length + 15; press++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            var active = await Active(session.Page);
            if (active.Key is null)
            {
                ended = true; // focus left the page: the end of the tab order
                break;
            }
            if (!seen.Add(active.Key))
            {
                if (active.Key == "0" && visited.Count >= expected.Length) { ended = true; break; } // wrapped round to the skip link
                problems.Add($"focus came back to {active.Description} (stop {visited.Count + 1}) before the end of the page: a focus trap or a loop");
                ended = true;
                break;
            }
            visited.Add(active.Key);
            if (!active.Visible) problems.Add($"no visible focus on {active.Description}: {active.Why}");
        }
        if (!ended) problems.Add($"Tab never left the page after {expected.Length + 15} presses: focus is trapped");

        var missing = Enumerable.Range(0, expected.Length).Select(i => i.ToString()).Where(k => !seen.Contains(k)).ToList();
        foreach (var key in missing) problems.Add($"never reached by Tab: {expected[int.Parse(key)]}");
        var order = visited.Where(k => !k.StartsWith('?')).Select(int.Parse).ToList();
        if (order.Zip(order.Skip(1)).Any(p => p.Second < p.First))
            problems.Add("the tab order does not follow the document order: " + string.Join(" → ", order.Take(40)));
        var surprises = visited.Where(k => k.StartsWith('?')).ToList();
        foreach (var key in surprises) problems.Add($"an unexpected tab stop: {key[1..]} (focusable, but not a link, control, summary or region with tabindex)");

        problems.AddRange(session.TakeProblems().Where(p => !(kind == "kind-not-found" && p.StartsWith("HTTP 404", StringComparison.Ordinal))));
        Assert.True(problems.Count == 0,
            $"Keyboard problems on {path} ({kind}{(options.ForcedColors == ForcedColors.Active ? ", forced colours" : "")}, {expected.Length} focusable elements, {visited.Count} tab stops):\n  " + string.Join("\n  ", problems.Distinct()));
    }

    private static async Task Load(BrowserSession session, string path, string kind)
    {
        await session.GotoAsync(path);
        if (kind == "kind-search")
        {
            await SearchPage.WaitForSearchForm(session.Page);
            await session.Page.Locator("#sm-search-results a[href]").First.WaitForAsync();
        }
        // Start from the top of the document with nothing focused, as after following a link.
        await session.Page.EvaluateAsync("() => { if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0); }");
    }

    /// <summary>Numbers every element that should be a tab stop (data-kb="0", "1", …) in document order and describes each.</summary>
    private const string MarkFocusableScript =
        """
        () => {
          const selector = 'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"], audio[controls], video[controls]';
          const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '')
            + ' "' + (el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || '').trim().replace(/\s+/g, ' ').slice(0, 60) + '"';
          const stops = [...document.querySelectorAll(selector)].filter(el => {
            if (el.disabled) return false;
            const tabindex = el.getAttribute('tabindex');
            if (tabindex !== null && parseInt(tabindex, 10) < 0) return false;
            if (el.closest('[inert]')) return false;
            if (el.tagName === 'SUMMARY' && !(el.parentElement && el.parentElement.tagName === 'DETAILS' && el.parentElement.querySelector(':scope > summary') === el)) return false;
            return el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
          });
          window.__smBorders = new Map();
          stops.forEach((el, i) => {
            el.setAttribute('data-kb', String(i));
            const cs = getComputedStyle(el);
            window.__smBorders.set(el, cs.borderTopColor + cs.borderTopWidth + cs.borderBottomColor + cs.borderBottomWidth + cs.backgroundColor + cs.textDecorationLine + cs.textDecorationThickness);
          });
          return stops.map(describe);
        }
        """;

    private sealed record ActiveElement(string? Key, string Description, bool Visible, string Why);

    /// <summary>What has focus, and whether a sighted keyboard user can see where it is.</summary>
    private static async Task<ActiveElement> Active(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const el = document.activeElement;
              if (!el || el === document.body || el === document.documentElement) return { key: null, description: 'body', visible: false, why: '' };
              const cs = getComputedStyle(el);
              const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
              const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('href') || '').trim().replace(/\s+/g, ' ').slice(0, 60);
              const key = el.hasAttribute('data-kb') ? el.getAttribute('data-kb') : '?' + name + ' "' + text + '"';
              const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && cs.outlineColor !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(cs.outlineColor);
              const shadow = cs.boxShadow && cs.boxShadow !== 'none';
              const before = window.__smBorders && window.__smBorders.get(el);
              const now = cs.borderTopColor + cs.borderTopWidth + cs.borderBottomColor + cs.borderBottomWidth + cs.backgroundColor + cs.textDecorationLine + cs.textDecorationThickness;
              const changed = before !== undefined && before !== now;
              const r = el.getBoundingClientRect();
              const onScreen = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
              const why = !onScreen ? 'the focused element is off screen (' + Math.round(r.left) + ',' + Math.round(r.top) + ' ' + Math.round(r.width) + '×' + Math.round(r.height) + ')'
                : 'outline ' + cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor + ', box-shadow ' + cs.boxShadow + ', no border or background change';
              return { key, description: name + ' "' + text + '"', visible: onScreen && (outline || shadow || changed), why };
            }
            """);
        return new ActiveElement(
            json.GetProperty("key").ValueKind == JsonValueKind.Null ? null : json.GetProperty("key").GetString(),
            json.GetProperty("description").GetString()!,
            json.GetProperty("visible").GetBoolean(),
            json.GetProperty("why").GetString()!);
    }
}
