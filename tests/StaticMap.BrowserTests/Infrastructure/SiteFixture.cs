using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticMap.Core;
using StaticMap.Core.Rendering;

namespace StaticMap.BrowserTests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Sample site in Chromium";
}

/// <summary>One generated HTML page: its file, its address on the server and its kind (the body's class).</summary>
public sealed record SitePage(string File, string Path, string Kind)
{
    public override string ToString() => Path;
}

/// <summary>
/// Builds the sample site once (the repository's plans/ and input/, drafts included, with the search index), serves it
/// with Kestrel on 127.0.0.1 and starts one Chromium that every test shares. The Nu Html Checker starts as soon as the
/// site is written and runs in the background while the browser tests work.
/// </summary>
public sealed partial class SiteFixture : IAsyncLifetime
{
    /// <summary>The flags Chromium runs with: headless, no sandbox (containers), and nothing that talks to the network.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _workFolder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "staticmap-browser-" + Guid.NewGuid().ToString("N")[..12]);
    private Exception? _browserProblem;
    private PrerequisiteMissingException? _searchProblem;
    private PrerequisiteMissingException? _htmlCheckerProblem;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private SiteServer? _server;

    public string SiteFolder => System.IO.Path.Combine(_workFolder, "site");
    public IReadOnlyList<SitePage> Pages { get; private set; } = [];
    public TimeSpan BuildTime { get; private set; }

    /// <summary>The Nu Html Checker's report on every page, started in the background after the build.</summary>
    public Task<VnuReport> HtmlCheck { get; private set; } = Task.FromResult(new VnuReport([], ""));

    public Uri Address => (_server ?? throw new InvalidOperationException("the site is not served")).Address;

    /// <summary>The shared Chromium; a test that uses it is skipped when Chromium is missing (fails with CI=true).</summary>
    public IBrowser Browser => _browser ?? throw (_browserProblem is PrerequisiteMissingException missing ? Prerequisites.Unavailable(missing)
        : _browserProblem ?? new InvalidOperationException("Chromium is not running"));

    /// <summary>Skips (or with CI=true fails) a test that needs the search index when the build could not write one.</summary>
    public void RequireSearchIndex()
    {
        if (_searchProblem is not null) throw Prerequisites.Unavailable(_searchProblem);
    }

    /// <summary>Skips (or with CI=true fails) a test that needs the Nu Html Checker when Java or vnu.jar is missing.</summary>
    public void RequireHtmlChecker()
    {
        if (_htmlCheckerProblem is not null) throw Prerequisites.Unavailable(_htmlCheckerProblem);
    }

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var theme = System.IO.Path.Combine(Repository.Root, "theme");

        var clock = Stopwatch.StartNew();
        var result = await Task.Run(() => SiteBuilder.Build(
            new BuildRequest(Repository.Root, SiteFolder, new SiteOptions(IncludeDrafts: true), theme, Search: true)));
        BuildTime = clock.Elapsed;
        if (!result.Succeeded)
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        if (!result.Notes.Any(n => n.Contains("indexed with Pagefind", StringComparison.Ordinal)))
            _searchProblem = Prerequisites.PagefindMissing(string.Join("; ", result.Notes.Where(n => n.StartsWith("search:", StringComparison.Ordinal))));

        Pages = FindPages(SiteFolder);
        try
        {
            Prerequisites.Java();
            Prerequisites.VnuJar();
            HtmlCheck = Task.Run(() => Vnu.Check(Pages.Select(p => p.File).ToList()));
        }
        catch (PrerequisiteMissingException missing)
        {
            _htmlCheckerProblem = missing;
        }
        _server = await SiteServer.StartAsync(SiteFolder, SiteServer.HeadersFromNetlifyToml(System.IO.Path.Combine(Repository.Root, "netlify.toml")));

        (_playwright, _browser, _browserProblem) = await SiteFixture.LaunchChromiumAsync();
    }

    /// <summary>
    /// Debian's Chromium, headless, for a fixture (60 s to start): the Playwright driver and the browser, or why it could
    /// not start (a missing prerequisite as it is, anything else wrapped with its message).
    /// </summary>
    public static async Task<(IPlaywright? Playwright, IBrowser? Browser, Exception? Problem)> LaunchChromiumAsync()
    {
        IPlaywright? playwright = null;
        try
        {
            var chromium = Prerequisites.Chromium();
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium, Headless = true, Args = ChromiumArgs, Timeout = 60_000,
            });
            return (playwright, browser, null);
        }
        catch (Exception ex)
        {
            return (playwright, null, ex is PrerequisiteMissingException ? ex
                : new InvalidOperationException($"Chromium could not be started for the browser tests: {ex.Message}", ex));
        }
    }

    /// <summary>A fresh context and page; console errors, page errors and failed requests are collected.</summary>
    public async Task<BrowserSession> OpenAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? Desktop());
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(this, context, page);
    }

    public static BrowserNewContextOptions Desktop() => new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, ReducedMotion = ReducedMotion.Reduce };
    public static BrowserNewContextOptions Narrow() => new() { ViewportSize = new ViewportSize { Width = 320, Height = 640 }, ReducedMotion = ReducedMotion.Reduce };
    public static BrowserNewContextOptions ForcedColorsMode()
    {
        var options = Desktop();
        options.ForcedColors = ForcedColors.Active;
        return options;
    }

    /// <summary>Forced colours with a dark scheme, as Windows' "High contrast black" (light text on black).</summary>
    public static BrowserNewContextOptions ForcedColorsDarkMode()
    {
        var options = ForcedColorsMode();
        options.ColorScheme = ColorScheme.Dark;
        return options;
    }

    public Uri Url(string path) => new(Address, path.TrimStart('/'));

    /// <summary>The first page (by path) of each kind, e.g. one findings page and one print page.</summary>
    public IReadOnlyList<SitePage> OnePagePerKind() =>
        Pages.GroupBy(p => p.Kind).Select(g => g.OrderBy(p => p.Path, StringComparer.Ordinal).First()).OrderBy(p => p.Kind, StringComparer.Ordinal).ToList();

    public async Task DisposeAsync()
    {
        try { await HtmlCheck; } catch { /* reported by its test */ }
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_workFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static List<SitePage> FindPages(string site)
    {
        var pages = new List<SitePage>();
        foreach (var file in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(site, file).Replace(System.IO.Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith("pagefind/", StringComparison.Ordinal)) continue;
            var path = relative == "index.html" ? "/"
                : relative.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + relative[..^"index.html".Length]
                : "/" + relative;
            var kind = BodyClass().Match(File.ReadAllText(file)) is { Success: true } m ? m.Groups[1].Value : "unknown";
            pages.Add(new SitePage(file, path, kind));
        }
        return pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex("<body[^>]*\\sclass=\"([^\"]*)\"")]
    private static partial Regex BodyClass();
}

/// <summary>A browser context with one page, collecting what went wrong while it was open.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly SiteFixture _site;
    private readonly List<string> _problems = [];

    public BrowserSession(SiteFixture site, IBrowserContext context, IPage page)
    {
        _site = site;
        Context = context;
        Page = page;
        // Failed loads are reported with their address by Response below; the console only says "Failed to load resource".
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                Add($"console error: {message.Text}");
        };
        // Browsers ask for /favicon.ico on their own; the site has no icon, which is allowed.
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
                Add($"HTTP {response.Status} for {response.Url}");
        };
        page.PageError += (_, error) => Add($"script error: {error}");
        page.RequestFailed += (_, request) => Add($"request failed: {request.Url} ({request.Failure})");
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }

    /// <summary>Problems seen since the last call: console errors (e.g. CSP violations), script errors, failed requests.</summary>
    public IReadOnlyList<string> TakeProblems()
    {
        lock (_problems)
        {
            var copy = _problems.ToList();
            _problems.Clear();
            return copy;
        }
    }

    /// <summary>
    /// Opens a page of the site and waits for its load event: by then its deferred scripts have run and the charts
    /// are drawn. (Waiting for the network to be idle would cost half a second a page; the search page waits for its form.)
    /// </summary>
    public async Task<IResponse?> GotoAsync(string path) =>
        await Page.GotoAsync(_site.Url(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
