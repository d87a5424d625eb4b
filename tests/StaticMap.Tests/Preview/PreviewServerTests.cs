using System.Net;
using System.Text;
using StaticMap.Cli.Serving;
using StaticMap.Core.Preview;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Preview;

/// <summary>The preview of the repository's sample site, served once for the tests of this class.</summary>
public sealed class SamplePreview : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;

    public PreviewSite Site { get; } = new(Repository.Root, TestSite.ThemeFolder);
    public PreviewServer Server { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var update = Site.Rebuild();
        Assert.True(update.SiteChanged, string.Join("\n", update.Result.Diagnostics));
        Server = new PreviewServer(Site, 0);
        _run = Server.RunAsync(_stop.Token);
        await Server.Started.WaitAsync(TimeSpan.FromSeconds(30));
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(Server.Address), Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _stop.CancelAsync();
        try { await _run!.WaitAsync(TimeSpan.FromSeconds(10)); }
        catch (OperationCanceledException) { }
    }
}

/// <summary>`staticmap serve` over HTTP: every file of the site with its type, index URLs, the 404 page, the Host check.</summary>
public class PreviewServerTests(SamplePreview preview) : IClassFixture<SamplePreview>
{
    private static readonly Dictionary<string, string> Expected = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".pdf"] = "application/pdf",
        [".woff2"] = "font/woff2",
        [".wasm"] = "application/wasm",
        [".pagefind"] = "application/octet-stream",
        [".pf_meta"] = "application/octet-stream",
        [".pf_index"] = "application/octet-stream",
        [".pf_fragment"] = "application/octet-stream",
    };

    private static string Url(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    [Fact]
    public async Task Every_file_of_the_in_memory_site_is_served_with_its_content_type()
    {
        var paths = preview.Site.Site.Paths.Order(StringComparer.Ordinal).ToList();
        Assert.True(paths.Count > 50, $"the sample site has only {paths.Count} files");
        var failures = new List<string>();
        foreach (var path in paths)
        {
            using var response = await preview.Http.GetAsync(Url(path));
            var type = response.Content.Headers.ContentType?.ToString();
            var expected = Expected.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            if (response.StatusCode != HttpStatusCode.OK || type != expected)
            {
                failures.Add($"{path}: {(int)response.StatusCode} {type} (expected 200 {expected})");
                continue;
            }
            preview.Site.Site.TryGet(path, out var content);
            var body = await response.Content.ReadAsByteArrayAsync();
            if (expected.StartsWith("text/html", StringComparison.Ordinal))
            {
                // The page as built, with the live-reload script before its last </body> and nothing else changed.
                var html = Encoding.UTF8.GetString(content);
                var expectedHtml = html.Insert(html.LastIndexOf("</body>", StringComparison.Ordinal), "<script src=\"/_staticmap/livereload.js\" defer></script>");
                if (Encoding.UTF8.GetString(body) != expectedHtml) failures.Add($"{path}: not the page with the live-reload script before </body>");
            }
            else if (!body.AsSpan().SequenceEqual(content)) failures.Add($"{path}: the body is not the file");
        }
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(".css", "text/css; charset=utf-8")]
    [InlineData(".js", "text/javascript; charset=utf-8")]
    [InlineData(".csv", "text/csv; charset=utf-8")]
    [InlineData(".json", "application/json; charset=utf-8")]
    [InlineData(".xml", "application/xml; charset=utf-8")]
    [InlineData(".svg", "image/svg+xml")]
    public async Task Each_kind_of_file_is_served(string extension, string type)
    {
        var path = preview.Site.Site.Paths.Where(p => p.EndsWith(extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
        Assert.True(path is not null, $"the sample site has no {extension} file");
        using var response = await preview.Http.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("robots.txt")]
    [InlineData("static/vendor/chart.js/chart.umd.js")]
    public async Task The_site_wide_files_are_served(string path)
    {
        Assert.True(preview.Site.Site.TryGet(path, out _), $"the sample site has no {path}: {string.Join(", ", preview.Site.Site.Paths.Where(p => !p.Contains('/')))}");
        using var response = await preview.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_folder_and_its_index_html_are_the_same_page()
    {
        var folder = preview.Site.Site.Paths.First(p => p.EndsWith("/findings/index.html", StringComparison.Ordinal))[..^"index.html".Length];
        var slash = await preview.Http.GetStringAsync(folder);
        var index = await preview.Http.GetStringAsync(folder + "index.html");
        Assert.Equal(slash, index);
        using var bare = await preview.Http.GetAsync(folder.TrimEnd('/'));
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("/" + folder, bare.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("no-such-page/")]
    [InlineData("no-such-file.css")]
    [InlineData("static/no-such.js")]
    public async Task An_unknown_path_gets_the_site_404_page_with_status_404(string path)
    {
        Assert.True(preview.Site.Site.TryGet("404.html", out var page));
        using var response = await preview.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        var body = await response.Content.ReadAsStringAsync();
        var title = Encoding.UTF8.GetString(page);
        title = title[title.IndexOf("<title>", StringComparison.Ordinal)..title.IndexOf("</title>", StringComparison.Ordinal)];
        Assert.Contains(title, body);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LocalHost")]
    [InlineData("[::1]")]
    public async Task The_server_answers_its_own_names(string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "");
        request.Headers.Host = $"{name}:{preview.Server.Port}";
        using var response = await preview.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example:{port}")]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("192.168.1.20:{port}")]
    public async Task Another_host_name_is_refused_with_421(string host)
    {
        foreach (var path in new[] { "", "feed.xml", "_staticmap/status", "_staticmap/events" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host.Replace("{port}", preview.Server.Port.ToString());
            using var response = await preview.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
            Assert.Contains("answers only requests for", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task The_events_endpoint_answers_GET_only(string method)
    {
        using var response = await preview.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), "_staticmap/events"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Site_files_answer_GET_and_HEAD_only()
    {
        using var head = await preview.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "feed.xml"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        using var post = await preview.Http.PostAsync("feed.xml", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(["GET", "HEAD"], post.Content.Headers.Allow);
    }

    [Fact]
    public void Content_types_of_file_kinds_the_sample_site_does_not_have()
    {
        foreach (var (extension, type) in Expected)
            Assert.Equal(type, PreviewContentTypes.Of("some/folder/file" + extension));
        Assert.Equal("application/octet-stream", PreviewContentTypes.Of("data/file.unknown"));
        Assert.Equal("application/octet-stream", PreviewContentTypes.Of("LICENSE"));
        Assert.Equal("image/jpeg", PreviewContentTypes.Of("assets/PHOTO.JPG"));
    }
}
