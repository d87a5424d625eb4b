using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Preview;

namespace StaticMap.Cli.Serving;

/// <summary>
/// Serves a <see cref="PreviewSite"/> on 127.0.0.1 with Kestrel. Every HTML page gets a small script that listens to
/// /_staticmap/events (server-sent events): "reload" after a successful rebuild, "errors" with the diagnostics when a
/// change breaks the build.
/// </summary>
/// <remarks>
/// Every file of the in-memory site is served with its content type (<see cref="PreviewContentTypes"/>); "/x/" and
/// "/x/index.html" are the same page; an unknown path gets the site's 404 page with status 404. The preview shows
/// drafts, so it answers only requests addressed to it by name (Host 127.0.0.1, localhost or [::1] with its port):
/// a web page on another site cannot read it through DNS rebinding.
/// </remarks>
public sealed class PreviewServer(PreviewSite site, int port)
{
    private const string Prefix = "/_staticmap/";
    private static readonly byte[] LiveReload = LoadLiveReload();
    private readonly List<Channel<string>> _clients = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _port = port;

    /// <summary>The port listened on: the one asked for, or the one the system chose when asked for 0.</summary>
    public int Port => _port;

    public string Address => $"http://127.0.0.1:{_port}/";

    /// <summary>Completes once the server listens (faults when it cannot).</summary>
    public Task Started => _started.Task;

    public async Task RunAsync(CancellationToken stop)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{_port}");
        var app = builder.Build();
        app.Use(CheckHost);
        app.Map(Prefix + "events", Events);
        app.MapMethods(Prefix + "livereload.js", ["GET", "HEAD"], () => Results.Bytes(LiveReload, "text/javascript; charset=utf-8"));
        app.MapMethods(Prefix + "status", ["GET", "HEAD"], () => Results.Json(new
        {
            version = site.Version,
            errors = site.Diagnostics.Count(d => d.IsError),
            warnings = site.Diagnostics.Count(d => !d.IsError),
        }));
        // "{**path}", not the default "{*path:nonfile}": the site's stylesheets, scripts, data files and feed have extensions.
        app.MapFallback("{**path}", Serve);
        try
        {
            await app.StartAsync(stop);
            if (_port == 0 && app.Urls.Select(u => new Uri(u).Port).FirstOrDefault(p => p > 0) is var chosen and > 0) _port = chosen;
            _started.TrySetResult();
        }
        catch (Exception ex)
        {
            _started.TrySetException(ex);
            throw;
        }
        await app.WaitForShutdownAsync(stop);
    }

    /// <summary>Whether a Host header names this server: 127.0.0.1, localhost or [::1] with its port.</summary>
    public static bool IsAllowedHost(string? host, int port)
    {
        if (string.IsNullOrEmpty(host)) return false;
        foreach (var name in (ReadOnlySpan<string>)["127.0.0.1", "localhost", "[::1]"])
        {
            if (host.Equals($"{name}:{port}", StringComparison.OrdinalIgnoreCase)) return true;
            if (port == 80 && host.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private async Task CheckHost(HttpContext http, RequestDelegate next)
    {
        var host = http.Request.Headers.Host.ToString();
        if (IsAllowedHost(host, _port))
        {
            await next(http);
            return;
        }
        // 421 Misdirected Request: the request was meant for another server, e.g. a rebound DNS name.
        var shown = host.Length > 80 ? host[..77] + "..." : host;
        await Write(http, StatusCodes.Status421MisdirectedRequest, "text/plain; charset=utf-8",
            Encoding.UTF8.GetBytes($"staticmap serve answers only requests for {Address} (or localhost:{_port}, [::1]:{_port}), not for host '{shown}'.\n"),
            inject: false);
    }

    /// <summary>Tells every open page what the latest rebuild did.</summary>
    public void Notify(PreviewUpdate update)
    {
        var message = update.SiteChanged
            ? $"event: reload\ndata: {site.Version}\n\n"
            : site.Diagnostics.Any(d => d.IsError) ? ErrorsEvent(site.Diagnostics) : "event: ok\ndata: \n\n";
        lock (_clients)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    private async Task Events(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method))
        {
            await MethodNotAllowed(http, "GET");
            return;
        }
        http.Response.Headers.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var channel = Channel.CreateUnbounded<string>();
        lock (_clients) _clients.Add(channel);
        try
        {
            if (site.Diagnostics.Any(d => d.IsError)) channel.Writer.TryWrite(ErrorsEvent(site.Diagnostics));
            await http.Response.WriteAsync(": connected\n\n", http.RequestAborted);
            await http.Response.Body.FlushAsync(http.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(http.RequestAborted))
            {
                await http.Response.WriteAsync(message, http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or reloaded.
        }
        finally
        {
            lock (_clients) _clients.Remove(channel);
        }
    }

    private async Task Serve(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await MethodNotAllowed(http, "GET, HEAD");
            return;
        }
        var files = site.Site;
        if (files.IsEmpty)
        {
            await Write(http, 503, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage(site.Diagnostics)), inject: true);
            return;
        }
        // Kestrel has already decoded the path (all but %2F) and removed dot segments; refuse what is left of them anyway.
        var path = (http.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Split('/').Any(s => s is "." or "..") || path.Contains('\\') || path.Contains('\0'))
        {
            await Write(http, 400, "text/plain; charset=utf-8", "Bad request: the path is not a path of the site.\n"u8.ToArray(), inject: false);
            return;
        }
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (files.TryGet(path, out var content))
        {
            var type = PreviewContentTypes.Of(path);
            await Write(http, 200, type, content, inject: type.StartsWith("text/html", StringComparison.Ordinal));
        }
        else if (!path.EndsWith("/index.html", StringComparison.Ordinal) && path != "index.html" && files.TryGet(path + "/index.html", out _))
        {
            http.Response.Redirect("/" + path + "/" + http.Request.QueryString);
        }
        else
        {
            files.TryGet("404.html", out var notFound);
            await Write(http, 404, "text/html; charset=utf-8", notFound ?? Encoding.UTF8.GetBytes("<!DOCTYPE html><title>Not found</title><p>Not found"), inject: true);
        }
    }

    private static Task MethodNotAllowed(HttpContext http, string allow)
    {
        http.Response.Headers.Allow = allow;
        return Write(http, 405, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes($"Method not allowed: use {allow}.\n"), inject: false);
    }

    private static async Task Write(HttpContext http, int status, string contentType, byte[] content, bool inject)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        if (!inject)
        {
            await http.Response.Body.WriteAsync(content);
            return;
        }
        // The live-reload script goes before the last </body>: found in the bytes (the site's pages are UTF-8 and the tag is
        // ASCII), so a page is not decoded and encoded again on every request; the page is written around it, not copied.
        var at = content.AsSpan().LastIndexOf("</body>"u8);
        if (at < 0)
        {
            // A page of the theme's own writing with <BODY>: as before, found in its text.
            var html = Encoding.UTF8.GetString(content);
            var upper = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            at = upper < 0 ? content.Length : Encoding.UTF8.GetByteCount(html.AsSpan(0, upper));
        }
        http.Response.ContentLength = content.Length + LiveReloadTag.Length;
        await http.Response.Body.WriteAsync(content.AsMemory(0, at));
        await http.Response.Body.WriteAsync(LiveReloadTag);
        await http.Response.Body.WriteAsync(content.AsMemory(at));
    }

    private static readonly byte[] LiveReloadTag = "<script src=\"/_staticmap/livereload.js\" defer></script>"u8.ToArray();

    private static string ErrorsEvent(IReadOnlyList<Diagnostic> diagnostics) =>
        "event: errors\ndata: " + JsonSerializer.Serialize(diagnostics.Select(d => new
        {
            file = d.Span.Path, line = d.Span.Line, column = d.Span.Column,
            severity = d.IsError ? "error" : "warning", code = d.Code, message = d.Message,
        })) + "\n\n";

    /// <summary>Shown when the very first build fails and there is no good site yet.</summary>
    private static string ErrorPage(IReadOnlyList<Diagnostic> diagnostics)
    {
        var items = string.Concat(diagnostics.Select(d => $"<li>{System.Net.WebUtility.HtmlEncode(d.ToString())}</li>"));
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>StaticMap preview: errors</title></head>" +
               "<body><main><h1>The site cannot be built yet</h1><p>Fix these problems; this page reloads when they are fixed.</p>" +
               $"<ul>{items}</ul></main></body></html>";
    }

    private static byte[] LoadLiveReload()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("StaticMap.Cli.Serving.livereload.js")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
