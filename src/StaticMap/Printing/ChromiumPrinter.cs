using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace StaticMap.Cli.Printing;

/// <summary>What printing gave: the PDF, or a problem to tell the user; and the addresses outside the site it did not fetch.</summary>
public sealed record PrintResult(byte[]? Pdf, string? Problem, IReadOnlyList<string> Blocked);

/// <summary>
/// Prints one page of a built site to a tagged PDF with Chromium, driven through its protocol by Microsoft.Playwright
/// (the system's Chromium at the path given; Playwright never downloads a browser here). The site is served on
/// 127.0.0.1 at a free port; every request to another origin is aborted; the page is opened with reduced motion, and
/// printed once its charts are drawn (charts.js sets data-charts-ready on the html element) and its fonts loaded.
/// </summary>
/// <remarks>No timeout here: <c>staticmap pdf</c> has one deadline for the whole command, which kills the browser.</remarks>
public static class ChromiumPrinter
{
    /// <summary>The environment variable that runs Chromium without its sandbox when set to 1.</summary>
    public const string NoSandboxVariable = "STATICMAP_CHROMIUM_NO_SANDBOX";

    /// <summary>Flags beyond Playwright's own: nothing that talks to the network by itself.</summary>
    private static readonly string[] Args =
    [
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-quic", "--no-first-run", "--disable-gpu",
    ];

    /// <summary>When the page is ready to print: charts drawn (or none on the page) and fonts loaded.</summary>
    private const string ChartsDrawn =
        "() => (document.documentElement.dataset.chartsReady === 'true' || !document.querySelector('figure.chart[data-chart]'))";

    public static PrintResult Print(string chromium, string site, string pagePath, Action<PrintStep> step) =>
        PrintAsync(chromium, site, pagePath, step).GetAwaiter().GetResult();

    /// <summary>Why Chromium must run without its sandbox, or null when it can run in it.</summary>
    public static string? NoSandboxReason()
    {
        if (Environment.GetEnvironmentVariable(NoSandboxVariable)?.Trim() == "1")
            return $"{NoSandboxVariable}=1 says so";
        if (!OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess)
            return "staticmap runs as root, and Chromium's sandbox cannot run as root";
        return null;
    }

    private static async Task<PrintResult> PrintAsync(string chromium, string site, string pagePath, Action<PrintStep> step)
    {
        step(PrintStep.Starting);
        var blocked = new List<string>();
        await using var server = await Serve(site);
        var origin = new Uri(server.Urls.First());
        var noSandbox = NoSandboxReason();
        if (noSandbox is not null) Console.Out.WriteLine($"Chromium runs without its sandbox: {noSandbox}.");

        // Playwright's driver never installs browsers here: the one at `chromium` is launched.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (PlaywrightException ex)
        {
            return new PrintResult(null, $"cannot make a PDF: Playwright's driver did not start ({FirstLine(ex.Message)}). " +
                "It ships with staticmap in the .playwright folder beside StaticMap.dll (see docs/packaging.md).", blocked);
        }
        using var _ = playwright;
        IBrowser browser;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                ChromiumSandbox = noSandbox is null,
                Args = Args,
                Timeout = 0,
            });
        }
        catch (PlaywrightException ex)
        {
            var sandbox = noSandbox is null && ex.Message.Contains("sandbox", StringComparison.OrdinalIgnoreCase)
                ? $" Chromium's sandbox could not start here; if the plans are your own, set {NoSandboxVariable}=1 to print without it."
                : "";
            return new PrintResult(null, $"cannot make a PDF: Chromium ({chromium}) did not start: {FirstLine(ex.Message)}.{sandbox}", blocked);
        }
        await using var __ = browser;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ReducedMotion = ReducedMotion.Reduce,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            AcceptDownloads = false,
        });
        // The PDF is printed from the site alone: an image or font the plan names on another host is not fetched.
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (Uri.TryCreate(url, UriKind.Absolute, out var address) && SameOrigin(address, origin))
            {
                await route.ContinueAsync();
                return;
            }
            lock (blocked) blocked.Add(url);
            await route.AbortAsync("blockedbyclient");
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(0);
        page.SetDefaultNavigationTimeout(0);

        step(PrintStep.Loading);
        var response = await page.GotoAsync(new Uri(origin, pagePath).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok)
            return new PrintResult(null, $"cannot make a PDF: the page {pagePath} answered {response?.Status.ToString() ?? "nothing"}", blocked);

        step(PrintStep.WaitingForCharts);
        await page.WaitForFunctionAsync(ChartsDrawn, null, new PageWaitForFunctionOptions { PollingInterval = 100 });
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");

        step(PrintStep.Printing);
        var pdf = await page.PdfAsync(new PagePdfOptions
        {
            Format = "Letter",
            PrintBackground = true,
            PreferCSSPageSize = true,
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = false,
        });
        lock (blocked) return new PrintResult(pdf, null, blocked.Distinct(StringComparer.Ordinal).ToList());
    }

    private static bool SameOrigin(Uri address, Uri origin) =>
        string.Equals(address.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(address.Host, origin.Host, StringComparison.OrdinalIgnoreCase)
        && address.Port == origin.Port;

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');

    /// <summary>The built site on 127.0.0.1 at a free port, for as long as the printing lasts.</summary>
    private static async Task<WebApplication> Serve(string site)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(site);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pagefind"] = "application/octet-stream";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = true });
        await app.StartAsync();
        return app;
    }
}
