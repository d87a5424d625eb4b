using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;
using StaticMap.Core;
using StaticMap.Core.Rendering;

namespace StaticMap.BrowserTests;

/// <summary>
/// The sample site as it is published (built with --base-url), served on a local port: what a social network's crawler reads
/// (issue 25.6). Every page's card metadata is complete and absolute, its image answers 200 as a PNG that Chromium decodes at
/// the declared size, and every chart's PNG and SVG download answers 200 with its content type.
/// </summary>
public sealed class PublishedSampleSite : IAsyncLifetime
{
    public const string BaseUrl = "https://maps.example.org/";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "staticmap-cards-" + Guid.NewGuid().ToString("N")[..12]);
    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Exception? _browserProblem;

    public string SiteFolder => Path.Combine(_folder, "site");
    public Uri Address => _server!.Address;
    public IBrowser Browser => _browser ?? throw (_browserProblem is PrerequisiteMissingException missing ? Prerequisites.Unavailable(missing)
        : _browserProblem ?? new InvalidOperationException("Chromium is not running"));

    /// <summary>Every page's site URL ("/es/alameda-county/findings/").</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var result = await Task.Run(() => SiteBuilder.Build(new BuildRequest(Repository.Root, SiteFolder,
            new SiteOptions(IncludeDrafts: true, BaseUrl: BaseUrl), Path.Combine(Repository.Root, "theme"), Search: false)));
        if (!result.Succeeded)
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
        Pages = Directory.EnumerateFiles(SiteFolder, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(SiteFolder, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.EndsWith("404.html", StringComparison.Ordinal) && !p.StartsWith("/admin", StringComparison.Ordinal))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();
        _server = await SiteServer.StartAsync(SiteFolder, new Dictionary<string, string>());
        try
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Prerequisites.Chromium(), Headless = true, Args = SiteFixture.ChromiumArgs, Timeout = 60_000,
            });
        }
        catch (Exception ex)
        {
            _browserProblem = ex is PrerequisiteMissingException ? ex : new InvalidOperationException($"Chromium could not be started: {ex.Message}", ex);
        }
    }

    /// <summary>A public URL of the site, as the page states it, at the local server.</summary>
    public string Local(string publicUrl) => new Uri(Address, publicUrl[BaseUrl.Length..]).ToString();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

public class ShareCardTests(PublishedSampleSite site) : IClassFixture<PublishedSampleSite>
{
    private const string ReadMeta = """
        () => Object.fromEntries([...document.head.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')]
            .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.getAttribute('content')]))
        """;

    private const string ImageSize = """
        async (src) => { const img = new Image(); img.src = src; await img.decode(); return [img.naturalWidth, img.naturalHeight]; }
        """;

    [SkippableFact]
    public async Task Every_page_has_complete_card_metadata_and_its_image_answers_as_a_PNG_of_the_declared_size()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var images = new Dictionary<string, (int Width, int Height)>(StringComparer.Ordinal);
        foreach (var url in site.Pages)
        {
            await page.GotoAsync(new Uri(site.Address, url.TrimStart('/')).ToString());
            var meta = await page.EvaluateAsync<Dictionary<string, string>>(ReadMeta);
            foreach (var name in new[] { "og:title", "og:description", "og:site_name", "og:locale", "og:url", "og:image", "og:image:width",
                         "og:image:height", "og:image:alt", "twitter:card", "twitter:image", "twitter:image:alt" })
                if (!meta.TryGetValue(name, out var value) || string.IsNullOrWhiteSpace(value)) problems.Add($"{url}: no {name}");
            if (meta.GetValueOrDefault("og:url") != PublishedSampleSite.BaseUrl + url.TrimStart('/')) problems.Add($"{url}: og:url {meta.GetValueOrDefault("og:url")}");
            if (meta.GetValueOrDefault("og:image") is not { } image || !image.StartsWith(PublishedSampleSite.BaseUrl, StringComparison.Ordinal))
            {
                problems.Add($"{url}: og:image is not an absolute URL on the site");
                continue;
            }
            if (!images.TryGetValue(image, out var size))
            {
                var response = await context.APIRequest.GetAsync(site.Local(image));
                if (response.Status != 200 || response.Headers.GetValueOrDefault("content-type") != "image/png")
                    problems.Add($"{url}: {image} answers {response.Status} {response.Headers.GetValueOrDefault("content-type")}");
                var decoded = await page.EvaluateAsync<int[]>(ImageSize, site.Local(image));
                images[image] = size = (decoded[0], decoded[1]);
            }
            if ($"{size.Width}x{size.Height}" != $"{meta.GetValueOrDefault("og:image:width")}x{meta.GetValueOrDefault("og:image:height")}")
                problems.Add($"{url}: {image} is {size.Width}x{size.Height}, declared {meta.GetValueOrDefault("og:image:width")}x{meta.GetValueOrDefault("og:image:height")}");
        }
        await context.DisposeAsync();
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {site.Pages.Count} pages:\n" + string.Join("\n", problems));
        Assert.Contains(images, i => i.Key.EndsWith("/es/alameda-county/card.png", StringComparison.Ordinal) && i.Value == (1200, 630));
    }

    [SkippableFact]
    public async Task Every_charts_png_and_svg_download_answers_200_with_its_content_type()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var checkedImages = 0;
        var problems = new List<string>();
        foreach (var url in site.Pages.Where(p => p.Contains("/findings/", StringComparison.Ordinal) || p.Contains("/progress/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(new Uri(site.Address, url.TrimStart('/')).ToString());
            var language = await page.EvaluateAsync<string>("() => document.documentElement.lang");
            var csvs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('figure.chart a[href$=\".csv\"]')].map(a => a.getAttribute('href'))");
            foreach (var csv in csvs)
            foreach (var (extension, type) in new[] { ("png", "image/png"), ("svg", "image/svg+xml") })
            {
                var href = csv[..^4] + (language == "en" ? "" : "." + language) + "." + extension;
                var response = await context.APIRequest.GetAsync(new Uri(site.Address, href.TrimStart('/')).ToString());
                checkedImages++;
                if (response.Status != 200 || response.Headers.GetValueOrDefault("content-type") != type)
                    problems.Add($"{url}: {href} answers {response.Status} {response.Headers.GetValueOrDefault("content-type")}");
            }
        }
        await context.DisposeAsync();
        Assert.True(checkedImages > 20, $"only {checkedImages} chart images were found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
