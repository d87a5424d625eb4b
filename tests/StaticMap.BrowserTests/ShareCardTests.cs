using Microsoft.Playwright;
using StaticMap.BrowserTests.Infrastructure;
using StaticMap.Core;
using StaticMap.Core.Rendering;

namespace StaticMap.BrowserTests;

/// <summary>
/// The sample site as it is published (built with --base-url), served on a local port: what a social network's crawler reads
/// (issue 25.6). Every page's card metadata is complete and absolute, its image answers 200 as a PNG that Chromium decodes at
/// the declared size, every chart's SVG download answers 200 with its content type, and the PNG button makes the chart's
/// PNG in the browser.
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
        // Served with the published headers (netlify.toml and the build's _headers: its Content-Security-Policy), so the PNG
        // made in the browser is made under the policy readers get.
        var headers = new NetlifyHeaders(Path.Combine(Repository.Root, "netlify.toml"), Path.Combine(SiteFolder, "_headers"));
        _server = await SiteServer.StartAsync(SiteFolder, path => headers.For(path));
        (_playwright, _browser, _browserProblem) = await SiteFixture.LaunchChromiumAsync();
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
    public async Task Every_charts_svg_download_answers_200_with_its_content_type_and_no_chart_png_is_published()
    {
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var checkedImages = 0;
        var problems = new List<string>();
        foreach (var url in site.Pages.Where(p => p.Contains("/findings/", StringComparison.Ordinal) || p.Contains("/progress/", StringComparison.Ordinal)))
        {
            await page.GotoAsync(new Uri(site.Address, url.TrimStart('/')).ToString());
            var svgs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.share-downloads a[href$=\".svg\"]')].map(a => a.getAttribute('href'))");
            foreach (var href in svgs)
            {
                var response = await context.APIRequest.GetAsync(new Uri(site.Address, href.TrimStart('/')).ToString());
                checkedImages++;
                if (response.Status != 200 || response.Headers.GetValueOrDefault("content-type") != "image/svg+xml")
                    problems.Add($"{url}: {href} answers {response.Status} {response.Headers.GetValueOrDefault("content-type")}");
            }
        }
        await context.DisposeAsync();
        Assert.True(checkedImages > 20, $"only {checkedImages} chart images were found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // The chart PNGs are made in the reader's browser (below): the build writes none, only the share cards.
        Assert.Equal([], Directory.EnumerateFiles(site.SiteFolder, "*.png", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "card.png").Select(f => Path.GetRelativePath(site.SiteFolder, f)));
    }

    [SkippableTheory]
    [InlineData("/alameda-county/findings/", 0, "pctl_income_20-trend.png", "Image (PNG)")]
    [InlineData("/es/alameda-county/findings/", 0, "pctl_income_20-trend.es.png", "Imagen (PNG)")]
    [InlineData("/es/alameda-county/findings/", 1, "pctl_income_20-race-ethnicity.es.png", "Imagen (PNG)")]
    [InlineData("/es/alameda-county/progress/2025/", 0, ".es.png", "Imagen (PNG)")]
    public async Task The_PNG_button_downloads_the_chart_drawn_1600_pixels_wide_with_its_title_under_the_pages_name(string url, int chart, string fileEnd, string label)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, url.TrimStart('/')).ToString());
        await page.WaitForSelectorAsync("html[data-charts-ready='true']");
        var share = page.Locator("details.chart-share").Nth(chart);
        await share.Locator("summary").ClickAsync();
        var button = share.Locator("button[data-chart-png]");
        Assert.True(await button.IsVisibleAsync(), "the PNG button is not shown once the chart is drawn");
        Assert.StartsWith(label, (await button.TextContentAsync())!.Trim(), StringComparison.Ordinal);
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        Assert.EndsWith(fileEnd, download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Equal(await button.GetAttributeAsync("data-file"), download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path);
        // STATICMAP_SHARE_SCREENSHOTS: a folder to keep the image and the control at 1280 and 320 pixels in, to look at them.
        if (Environment.GetEnvironmentVariable("STATICMAP_SHARE_SCREENSHOTS") is { Length: > 0 } shots)
        {
            Directory.CreateDirectory(shots);
            var name = url.Trim('/').Replace('/', '-') + "-" + chart;
            await File.WriteAllBytesAsync(Path.Combine(shots, name + "-" + download.SuggestedFilename), bytes);
            foreach (var width in new[] { 1280, 320 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await share.ScrollIntoViewIfNeededAsync();
                await share.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(shots, $"{name}-control-{width}.png") });
            }
        }
        await context.DisposeAsync();

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        using var bitmap = SkiaSharp.SKBitmap.Decode(bytes);
        Assert.Equal(1600, bitmap.Width);
        Assert.True(bitmap.Height > 600, $"the PNG is {bitmap.Width}x{bitmap.Height}");
        // White background, the chart and its words on it: the corner is white, and a good share of the pixels is not.
        Assert.Equal(SkiaSharp.SKColors.White, bitmap.GetPixel(2, 2));
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
        for (var x = 0; x < bitmap.Width; x += 4)
            if (bitmap.GetPixel(x, y) is var c && (c.Red < 200 || c.Green < 200 || c.Blue < 200)) inked++;
        Assert.True(inked > 500, $"only {inked} sampled pixels are not white: the image looks blank");
        // The title is drawn at the top: the band under the top margin holds dark text pixels.
        var titleInk = 0;
        for (var y = 48; y < 96; y++)
        for (var x = 48; x < 800; x++)
            if (bitmap.GetPixel(x, y).Red < 100) titleInk++;
        Assert.True(titleInk > 200, $"no title drawn at the top of the image ({titleInk} dark pixels)");
    }

    [SkippableFact]
    public async Task Without_JavaScript_the_PNG_button_is_not_shown_and_the_CSV_and_SVG_links_remain()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "alameda-county/findings/").ToString());
        var share = page.Locator("details.chart-share").First;
        await share.Locator("summary").ClickAsync();
        Assert.False(await share.Locator("button[data-chart-png]").IsVisibleAsync());
        Assert.True(await share.Locator(".share-downloads a[href$='.csv']").IsVisibleAsync());
        Assert.True(await share.Locator(".share-downloads a[href$='.svg']").IsVisibleAsync());
        Assert.Equal(2, await share.Locator(".share-downloads li:not([hidden])").CountAsync());
        await context.DisposeAsync();
    }
}
