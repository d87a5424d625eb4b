using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>
/// axe-core on every generated page, at 1280 px, at 320 px and with forced colours (Windows High Contrast), light and dark:
/// WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. Zero violations, and no console or script errors or
/// failed requests (which is also how a Content-Security-Policy violation shows).
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Slow")]
public class AccessibilityTests(SiteFixture site)
{
    /// <summary>How many pages each mode checks at once: two keeps two cores busy without starving Chromium.</summary>
    private const int Parallel = 2;

    public static TheoryData<string> Modes => ["desktop-1280", "narrow-320", "forced-colors", "forced-colors-dark"];

    /// <summary>The Spanish pages of the sample plan, which axe (here) and the Nu checker (HtmlAndLinkTests) check with
    /// every other page of the built site (SiteFixture.Pages lists them all).</summary>
    public static readonly string[] SpanishSamplePages =
        ["/es/", "/es/alameda-county/", "/es/alameda-county/findings/", "/es/alameda-county/theory-of-change/",
         "/es/alameda-county/measurement-plan/", "/es/alameda-county/progress/"];

    [Fact]
    public void The_spanish_pages_of_the_sample_plan_are_among_the_pages_checked()
    {
        // The sample plan's Spanish edition is in the repository (plans/alameda-county/*.es.md): its pages must be checked.
        foreach (var path in SpanishSamplePages) Assert.Contains(site.Pages, p => p.Path == path);
    }

    [SkippableTheory]
    [MemberData(nameof(Modes))]
    public async Task Every_page_has_no_axe_violations(string mode)
    {
        site.RequireSearchIndex(); // the search page is checked with results too
        var options = mode switch
        {
            "desktop-1280" => SiteFixture.Desktop(),
            "narrow-320" => SiteFixture.Narrow(),
            "forced-colors-dark" => SiteFixture.ForcedColorsDarkMode(),
            _ => SiteFixture.ForcedColorsMode(),
        };
        // Every page, the embed pages too (one per plan and language, every chart of the plan on it; EmbedFrameTests checks it
        // framed, with a fragment that shows one chart).
        var pages = site.Pages.Append(new SitePage("", NotFoundPath, "kind-not-found")).ToList();
        var queue = new Queue<SitePage>(pages);
        var violations = new List<(string Where, AxeViolation Violation)>();
        var other = new List<string>();
        var excused = new HashSet<KnownIssue>();

        async Task Worker()
        {
            await using var session = await site.OpenAsync(options);
            while (true)
            {
                SitePage page;
                lock (queue)
                {
                    if (queue.Count == 0) return;
                    page = queue.Dequeue();
                }
                var (found, problems) = await CheckPage(session, page, mode);
                lock (violations)
                {
                    foreach (var (where, violation) in found)
                        if (KnownIssues.Excuse(page.Path, violation, excused) is { } left) violations.Add((where, left));
                    other.AddRange(problems);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Parallel).Select(_ => Worker()));
        Assert.True(site.Pages.Count >= 26, $"expected the sample site to have at least 26 pages, found {site.Pages.Count}");

        // One entry per rule and set of elements, with every page it happens on: shared templates fail everywhere at once.
        var report = violations
            .GroupBy(v => (v.Violation.Rule, v.Violation.Impact, v.Violation.Help, Targets: string.Join(", ", v.Violation.Targets.Take(8)), v.Violation.Targets.Count, v.Violation.Summary))
            .OrderBy(g => g.Key.Rule, StringComparer.Ordinal)
            .Select(g =>
            {
                var where = g.Select(v => v.Where).Distinct().ToList();
                var whereText = where.Count <= 6 ? string.Join(", ", where) : string.Join(", ", where.Take(6)) + $" and {where.Count - 6} more pages";
                var why = string.Join(" ", g.Key.Summary.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                return $"{g.Key.Rule} ({g.Key.Impact}): {g.Key.Help}\n    pages: {whereText}\n    targets: {g.Key.Targets}" +
                    (g.Key.Count > 8 ? $", … ({g.Key.Count} in all)" : "") + (why.Length > 0 ? $"\n    why: {why}" : "");
            })
            .Concat(other)
            .Concat(KnownIssues.Axe.Where(k => !excused.Contains(k)).Select(k =>
                $"known issue fixed, remove it from KnownIssues.Axe: {k.Rule} on {k.Page} ({k.Target})"))
            .ToList();
        Assert.True(report.Count == 0, $"axe-core ({mode}, {pages.Count} pages, tags {string.Join(" ", AxeRunner.Tags)}) found {report.Count} problems:\n" + string.Join("\n", report));
    }

    public const string NotFoundPath = "/no-such-page/";

    /// <summary>
    /// In dark forced colours, Chromium gives getComputedStyle the forced background (black) but the author's text
    /// colour (#1b1b1b), while it paints the reader's CanvasText (white): axe's color-contrast then reports 1.2:1 for
    /// text that is drawn white on black, on every page. The colours there are the reader's own system colours;
    /// what the theme draws itself, the charts, is checked for contrast by ChartTests in this mode.
    /// </summary>
    private static IReadOnlyList<string> Disabled(string mode) => mode == "forced-colors-dark" ? ["color-contrast"] : [];

    private static async Task<(List<(string, AxeViolation)> Violations, List<string> Problems)> CheckPage(BrowserSession session, SitePage page, string mode)
    {
        var violations = new List<(string, AxeViolation)>();
        var problems = new List<string>();
        var response = await session.GotoAsync(page.Path);
        var expected = page.Path == NotFoundPath ? 404 : 200;
        if (response?.Status != expected) problems.Add($"{page.Path}: HTTP {response?.Status} (expected {expected})");

        if (page.Kind == "kind-search")
        {
            await SearchPage.WaitForSearchForm(session.Page);
            violations.AddRange((await AxeRunner.RunAsync(session.Page, Disabled(mode))).Select(v => (page.Path + " (form)", v)));
            await SearchPage.Search(session.Page, SearchPage.QueryFor(page.Path));
            violations.AddRange((await AxeRunner.RunAsync(session.Page, Disabled(mode))).Select(v => (page.Path + " (results)", v)));
        }
        else
        {
            violations.AddRange((await AxeRunner.RunAsync(session.Page, Disabled(mode))).Select(v => (page.Path, v)));
        }

        // Reflow (WCAG 1.4.10): at 320 px nothing but a table's own scrolling region may scroll sideways.
        if (mode == "narrow-320")
        {
            var overflow = await session.Page.EvaluateAsync<string>(
                """
                () => {
                  const width = document.documentElement.clientWidth;
                  if (document.documentElement.scrollWidth <= width + 1) return '';
                  const wide = [...document.querySelectorAll('body *')].filter(el => {
                    const r = el.getBoundingClientRect();
                    return r.right > width + 1 && r.width > 0 && !el.closest('.table-scroll') && getComputedStyle(el).position !== 'absolute';
                  }).slice(0, 5).map(el => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''));
                  return 'the page is ' + document.documentElement.scrollWidth + ' px wide at ' + width + ' px: ' + wide.join(', ');
                }
                """);
            if (overflow.Length > 0) problems.Add($"{page.Path}: {overflow}");
        }

        foreach (var problem in session.TakeProblems())
        {
            if (expected == 404 && problem.StartsWith("HTTP 404", StringComparison.Ordinal)) continue;
            problems.Add($"{page.Path}: {problem}");
        }
        return (violations, problems);
    }
}
