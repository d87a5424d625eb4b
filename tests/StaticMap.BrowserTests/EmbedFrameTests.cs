using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;
using StaticMap.Core;
using StaticMap.Core.Rendering;

namespace StaticMap.BrowserTests;

/// <summary>
/// The sample site built for the address it is served at, with the headers Netlify would send (netlify.toml and the build's
/// _headers), and a partner's site on another local port: a page of its own holding nothing but a chart's embed code
/// (issue 25.2, 25.6).
/// </summary>
public sealed class EmbeddingSites : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "staticmap-embed-" + Guid.NewGuid().ToString("N")[..12]);
    private SiteServer? _site;
    private SiteServer? _partner;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Exception? _browserProblem;

    public string SiteFolder => Path.Combine(_folder, "site");
    public string PartnerFolder => Path.Combine(_folder, "partner");
    public Uri Site => _site!.Address;
    public Uri Partner => _partner!.Address;
    public IBrowser Browser => _browser ?? throw (_browserProblem is PrerequisiteMissingException missing ? Prerequisites.Unavailable(missing)
        : _browserProblem ?? new InvalidOperationException("Chromium is not running"));

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(SiteFolder);
        Directory.CreateDirectory(PartnerFolder);
        // The server first, for its address (a free port), which the build takes as --base-url: the embed code then accepts
        // heights from this origin only, as on the published site. The headers are read at each request, once the build is done.
        NetlifyHeaders? headers = null;
        _site = await SiteServer.StartAsync(SiteFolder, path => headers?.For(path) ?? []);
        var result = await Task.Run(() => SiteBuilder.Build(new BuildRequest(Repository.Root, SiteFolder,
            new SiteOptions(IncludeDrafts: true, BaseUrl: Site.ToString()), Path.Combine(Repository.Root, "theme"), Search: false)));
        if (!result.Succeeded)
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        headers = new NetlifyHeaders(Path.Combine(Repository.Root, "netlify.toml"), Path.Combine(SiteFolder, "_headers"));
        _partner = await SiteServer.StartAsync(PartnerFolder, new Dictionary<string, string>());
        (_playwright, _browser, _browserProblem) = await SiteFixture.LaunchChromiumAsync();
    }

    /// <summary>Writes a page of the partner's site holding <paramref name="body"/> and returns its address.</summary>
    public string PartnerPage(string name, string body)
    {
        File.WriteAllText(Path.Combine(PartnerFolder, name),
            $"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner</title></head><body><main><h1>Our neighbourhood</h1>\n{body}\n</main></body></html>\n");
        return new Uri(Partner, name).ToString();
    }

    public async Task<(IBrowserContext Context, IPage Page, List<string> Problems)> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? SiteFixture.Desktop());
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        // Failed loads are reported with their address below (the console says only "Failed to load resource"); browsers ask
        // for /favicon.ico on their own, and the site has none, which is allowed.
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !m.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) lock (problems) problems.Add($"console error: {m.Text}");
        };
        page.Response += (_, r) =>
        {
            if (r.Status >= 400 && !r.Url.EndsWith("/favicon.ico", StringComparison.Ordinal)) lock (problems) problems.Add($"HTTP {r.Status} for {r.Url}");
        };
        page.PageError += (_, e) => { lock (problems) problems.Add($"script error: {e}"); };
        return (context, page, problems);
    }

    /// <summary>The HTML files of the built site, with their site paths.</summary>
    public IEnumerable<(string File, string Path)> HtmlFiles() =>
        Directory.EnumerateFiles(SiteFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => (f, "/" + System.IO.Path.GetRelativePath(SiteFolder, f).Replace(System.IO.Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Item2, StringComparer.Ordinal);

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_site is not null) await _site.DisposeAsync();
        if (_partner is not null) await _partner.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

[Trait("Category", "Slow")]
public class EmbedFrameTests(EmbeddingSites sites) : IClassFixture<EmbeddingSites>
{
    private const string FindingsPage = "ramsey-county/findings/";

    /// <summary>The embed code the "Share or embed this chart" control of the first chart of <paramref name="page"/> gives.</summary>
    private async Task<string> EmbedCode(IPage page, string path)
    {
        await page.GotoAsync(new Uri(sites.Site, path).ToString());
        return await page.Locator("details.chart-share textarea").First.InputValueAsync();
    }

    [SkippableTheory]
    [InlineData(FindingsPage)]
    [InlineData("es/alameda-county/findings/")]
    public async Task A_chart_embedded_on_another_origin_shows_and_sizes_itself(string path)
    {
        var (context, page, problems) = await sites.OpenAsync();
        await using var _ = context;
        var code = await EmbedCode(page, path);
        // The plan's one embed page, the chart named by its fragment.
        Assert.Matches("^<iframe src=\"" + Regex.Escape(sites.Site.ToString()) + "(es/)?[a-z-]+/embed/#sm-chart-[^\"]+\"", code);
        var host = sites.PartnerPage("embed-" + path.Replace('/', '-') + ".html", code);
        Assert.NotEqual(new Uri(host).Authority, sites.Site.Authority);

        await page.GotoAsync(host);
        var iframe = page.Locator("iframe[data-staticmap-embed]");
        var src = await iframe.GetAttributeAsync("src");
        var frame = await (await iframe.ElementHandleAsync()).ContentFrameAsync() ?? throw new Xunit.Sdk.XunitException("the iframe has no frame");
        // The chart the fragment names is drawn inside the frame (Chart.js has a chart on its canvas, with data), and it alone
        // is shown and drawn: the plan's other charts are on the page, hidden, and not drawn.
        await frame.WaitForFunctionAsync("() => { const c = document.querySelector(location.hash + ' canvas'); return !!c && !!window.Chart && !!Chart.getChart(c) && Chart.getChart(c).data.datasets.length > 0; }");
        Assert.Equal(src, frame.Url);
        var chosen = new Uri(src!).Fragment.TrimStart('#');
        Assert.True(await frame.Locator("figure.chart").CountAsync() > 1, "the plan's embed page holds all its charts");
        Assert.Equal([chosen], await frame.Locator("figure.chart").EvaluateAllAsync<string[]>("fs => fs.filter(f => f.getClientRects().length > 0).map(f => f.id)"));
        Assert.Equal([chosen], await frame.Locator("figure.chart canvas").EvaluateAllAsync<string[]>("cs => cs.filter(c => !!Chart.getChart(c)).map(c => c.closest('figure').id)"));
        Assert.True(await frame.Locator($"#{chosen} ~ .embed-source").IsVisibleAsync());
        Assert.Equal("_top", await frame.Locator($"#{chosen} ~ .embed-link a").GetAttributeAsync("target"));
        // The frame's height follows its content (the embed page posts it; the embed code sets it), not the code's 600 px.
        await page.WaitForFunctionAsync("() => document.querySelector('iframe[data-staticmap-embed]').style.height !== ''");
        var content = await frame.EvaluateAsync<double>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
        var frameHeight = await iframe.EvaluateAsync<double>("f => f.getBoundingClientRect().height");
        Assert.True(Math.Abs(frameHeight - content) <= 1, $"the frame is {frameHeight}px tall, its content {content}px");
        Assert.NotEqual(600, frameHeight);
        Assert.True(await frame.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= innerHeight + 1"), "the embedded page scrolls inside its frame");

        // Opening the data table (a disclosure) makes the page taller, and the frame follows.
        await frame.Locator($"#{chosen} details.chart-data > summary").ClickAsync();
        await page.WaitForFunctionAsync($"h => document.querySelector('iframe[data-staticmap-embed]').getBoundingClientRect().height > h + 20", frameHeight);
        var opened = await frame.EvaluateAsync<double>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
        await page.WaitForFunctionAsync("h => Math.abs(document.querySelector('iframe[data-staticmap-embed]').getBoundingClientRect().height - h) <= 1", opened);
        Assert.Empty(problems);
    }

    [SkippableFact]
    public async Task Another_origin_cannot_frame_the_plans_other_pages()
    {
        var (context, page, _) = await sites.OpenAsync();
        await using var __ = context;
        var target = new Uri(sites.Site, FindingsPage).ToString();
        var host = sites.PartnerPage("frame-plan.html", $"<iframe src=\"{target}\" title=\"Findings\"></iframe>");
        var refused = page.WaitForConsoleMessageAsync(new PageWaitForConsoleMessageOptions
        {
            Predicate = m => m.Text.Contains("frame-ancestors", StringComparison.Ordinal) || m.Text.Contains("X-Frame-Options", StringComparison.Ordinal),
        });
        await page.GotoAsync(host);
        await refused;
        var frame = await (await page.Locator("iframe").ElementHandleAsync()).ContentFrameAsync();
        Assert.NotNull(frame);
        Assert.Equal(0, await frame!.Locator("main").CountAsync());
    }

    /// <summary>The plan's embed page as a partner frames it, with the first and the last chart of a page named by the fragment,
    /// and opened with no fragment (every chart of the plan listed): axe passes on each, the chosen chart alone is shown, and
    /// the page may be framed by any site.</summary>
    [SkippableTheory]
    [InlineData(FindingsPage)]
    [InlineData("es/alameda-county/findings/")]
    public async Task The_embed_page_of_a_plan_passes_axe_for_two_different_charts_and_with_none(string path)
    {
        var (context, page, problems) = await sites.OpenAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(sites.Site, path).ToString());
        var embeds = (await page.Locator("details.chart-share a[href*='/embed/']").EvaluateAllAsync<string[]>("as => as.map(a => a.href)")).Distinct().ToList();
        Assert.True(embeds.Count >= 2, $"{path} has {embeds.Count} charts to embed");
        var pageAddress = new Uri(embeds[0]).GetLeftPart(UriPartial.Path);
        Assert.All(embeds, e => Assert.Equal(pageAddress, new Uri(e).GetLeftPart(UriPartial.Path))); // one page, a fragment each
        var violations = new List<string>();
        foreach (var embed in new[] { embeds[0], embeds[^1], pageAddress })
        {
            await page.GotoAsync("about:blank");
            var response = await page.GotoAsync(embed, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            Assert.Equal(200, response!.Status);
            Assert.Contains("frame-ancestors *", await response.HeaderValueAsync("content-security-policy") ?? "");
            Assert.Null(await response.HeaderValueAsync("x-frame-options"));
            var shown = await page.Locator("figure.chart").EvaluateAllAsync<string[]>("fs => fs.filter(f => f.getClientRects().length > 0).map(f => f.id)");
            var all = await page.Locator("figure.chart").CountAsync();
            var fragment = new Uri(embed).Fragment.TrimStart('#');
            if (fragment.Length > 0) Assert.Equal([fragment], shown);
            else Assert.Equal(all, shown.Length); // opened directly, the page lists every chart
            violations.AddRange((await AxeRunner.RunAsync(page)).Select(v => $"{embed}: {v.Rule} ({v.Impact}) {v.Help}: {string.Join(", ", v.Targets)}"));
        }
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Empty(problems);
    }

    /// <summary>"See the chart as it is embedded" opens the embed page itself with the chart's fragment: on a phone (320 px) the
    /// chosen chart's heading is on screen, not scrolled off above the chart the fragment names (review, 2026-12-07).</summary>
    [SkippableTheory]
    [InlineData(FindingsPage)]
    [InlineData("es/alameda-county/findings/")]
    public async Task The_embed_page_opened_with_a_fragment_shows_the_charts_heading_at_320_px(string path)
    {
        var (context, page, problems) = await sites.OpenAsync(SiteFixture.Narrow());
        await using var _ = context;
        await page.GotoAsync(new Uri(sites.Site, path).ToString());
        var embed = (await page.Locator("details.chart-share a[href*='/embed/']").EvaluateAllAsync<string[]>("as => as.map(a => a.href)")).Last();
        await page.GotoAsync("about:blank");
        await page.GotoAsync(embed, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var id = new Uri(embed).Fragment.TrimStart('#');
        var heading = page.Locator($"#{id}-embed-heading");
        await page.WaitForFunctionAsync("id => { const c = document.querySelector('#' + id + ' canvas'); return !!c && !!Chart.getChart(c); }", id);
        var top = await heading.EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        Assert.True(top >= 0, $"{embed}: the heading \"{await heading.TextContentAsync()}\" is {-top} px above the top of the window");
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.Empty(problems);
    }

    /// <summary>A frame whose fragment changes to another chart shows and draws that chart, and the frame follows its height.</summary>
    [SkippableFact]
    public async Task Another_fragment_in_the_frame_shows_and_draws_that_chart()
    {
        var (context, page, problems) = await sites.OpenAsync();
        await using var _ = context;
        await page.GotoAsync(new Uri(sites.Site, FindingsPage).ToString());
        var embeds = (await page.Locator("details.chart-share a[href*='/embed/']").EvaluateAllAsync<string[]>("as => as.map(a => a.href)")).Distinct().ToList();
        var code = await page.Locator("details.chart-share textarea").First.InputValueAsync();
        await page.GotoAsync(sites.PartnerPage("embed-hashchange.html", code));
        var iframe = page.Locator("iframe[data-staticmap-embed]");
        var frame = await (await iframe.ElementHandleAsync()).ContentFrameAsync() ?? throw new Xunit.Sdk.XunitException("the iframe has no frame");
        await page.WaitForFunctionAsync("() => document.querySelector('iframe[data-staticmap-embed]').style.height !== ''");
        var other = new Uri(embeds[^1]).Fragment;
        await frame.EvaluateAsync("h => { location.hash = h; }", other);
        await frame.WaitForFunctionAsync("h => { const c = document.querySelector(h + ' canvas'); return !!c && !!Chart.getChart(c) && c.getClientRects().length > 0; }", other);
        Assert.Equal([other.TrimStart('#')], await frame.Locator("figure.chart").EvaluateAllAsync<string[]>("fs => fs.filter(f => f.getClientRects().length > 0).map(f => f.id)"));
        var content = await frame.EvaluateAsync<double>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
        await page.WaitForFunctionAsync("h => Math.abs(document.querySelector('iframe[data-staticmap-embed]').getBoundingClientRect().height - h) <= 1", content);
        Assert.Empty(problems);
    }

    [SkippableTheory]
    [InlineData(FindingsPage, "Copy embed code", "Copied")]
    [InlineData("es/alameda-county/findings/", "Copiar el código", "Copiado")]
    public async Task The_copy_button_works_by_keyboard_and_says_copied(string path, string button, string copied)
    {
        var options = SiteFixture.Desktop();
        options.Permissions = ["clipboard-read", "clipboard-write"];
        var (context, page, problems) = await sites.OpenAsync(options);
        await using var _ = context;
        await page.GotoAsync(new Uri(sites.Site, path).ToString());
        var control = page.Locator("details.chart-share").First;
        // From the control's summary, by keyboard only: Enter opens it, Tab goes to the copy button, Enter copies.
        await control.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await control.EvaluateAsync<bool>("d => d.open"));
        string focused = "";
        for (var i = 0; i < 6 && focused != button; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        }
        Assert.Equal(button, focused);
        await page.Keyboard.PressAsync("Enter");
        var status = control.Locator("[role=status]");
        await Assertions.Expect(status).ToHaveTextAsync(copied);
        Assert.Equal(button, await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()")); // focus stays
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(await control.Locator("textarea").InputValueAsync(), clipboard);
        // Space works as well, on the other button; the status is emptied first, so it is announced again.
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(status).ToHaveTextAsync(copied);
        Assert.Equal(await control.Locator("input[type=text]").InputValueAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Empty(problems);
    }

    /// <summary>Every download link of every "Share or embed this chart" control on the site (CSV, SVG; the PNG is a button).</summary>
    [SkippableFact]
    public async Task Every_download_link_of_the_share_control_answers_200_with_its_content_type()
    {
        var (context, _, _) = await sites.OpenAsync();
        await using var __ = context;
        var expected = new Dictionary<string, string> { [".csv"] = "text/csv", [".svg"] = "image/svg+xml" };
        var links = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (file, _) in sites.HtmlFiles())
            foreach (Match list in Regex.Matches(File.ReadAllText(file), "<ul class=\"share-downloads\">(.*?)</ul>", RegexOptions.Singleline))
                foreach (Match href in Regex.Matches(list.Groups[1].Value, "href=\"([^\"]+)\""))
                    links.Add(new Uri(sites.Site, System.Net.WebUtility.HtmlDecode(href.Groups[1].Value)).ToString());
        Assert.Contains(links, l => l.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(links, l => l.EndsWith(".svg", StringComparison.Ordinal));
        var wrong = new List<string>();
        foreach (var link in links)
        {
            var response = await context.APIRequest.GetAsync(link);
            var type = response.Headers.GetValueOrDefault("content-type") ?? "";
            var want = expected.GetValueOrDefault(Path.GetExtension(new Uri(link).AbsolutePath)) ?? "(a CSV or SVG)";
            if (response.Status != 200 || !type.StartsWith(want, StringComparison.Ordinal)) wrong.Add($"{link}: {response.Status} {type}, not 200 {want}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
