using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
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
public sealed class PreviewServer(PreviewSite site, int port)
{
    private const string Prefix = "/_staticmap/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private static readonly byte[] LiveReload = LoadLiveReload();
    private readonly List<Channel<string>> _clients = [];

    public string Address => $"http://127.0.0.1:{port}/";

    public async Task RunAsync(CancellationToken stop)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Map(Prefix + "events", Events);
        app.MapGet(Prefix + "livereload.js", () => Results.Bytes(LiveReload, "text/javascript; charset=utf-8"));
        app.MapGet(Prefix + "status", () => Results.Json(new
        {
            version = site.Version,
            errors = site.Diagnostics.Count(d => d.IsError),
            warnings = site.Diagnostics.Count(d => !d.IsError),
        }));
        app.MapFallback(Serve);
        await app.StartAsync(stop);
        await app.WaitForShutdownAsync(stop);
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
        var files = site.Site;
        if (files.Count == 0)
        {
            await Write(http, 503, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(ErrorPage(site.Diagnostics)), inject: true);
            return;
        }
        var path = Uri.UnescapeDataString(http.Request.Path.Value ?? "/").TrimStart('/');
        if (path.Contains("..", StringComparison.Ordinal)) { http.Response.StatusCode = 400; return; }
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (files.TryGet(path, out var content))
        {
            await Write(http, 200, ContentType(path), content, inject: path.EndsWith(".html", StringComparison.Ordinal));
        }
        else if (files.TryGet(path + "/index.html", out _))
        {
            http.Response.Redirect("/" + path + "/" + http.Request.QueryString);
        }
        else
        {
            files.TryGet("404.html", out var notFound);
            await Write(http, 404, "text/html; charset=utf-8", notFound ?? Encoding.UTF8.GetBytes("<!DOCTYPE html><title>Not found</title><p>Not found"), inject: true);
        }
    }

    private static async Task Write(HttpContext http, int status, string contentType, byte[] content, bool inject)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "no-store";
        if (inject)
        {
            var html = Encoding.UTF8.GetString(content);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            const string script = "<script src=\"/_staticmap/livereload.js\" defer></script>";
            content = Encoding.UTF8.GetBytes(at < 0 ? html + script : html.Insert(at, script));
        }
        await http.Response.Body.WriteAsync(content);
    }

    private static string ContentType(string path) =>
        ContentTypes.TryGetContentType(path, out var type)
            ? type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal) ? type + "; charset=utf-8" : type
            : "application/octet-stream";

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

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".csv"] = "text/csv";
        provider.Mappings[".pf_meta"] = "application/octet-stream";
        provider.Mappings[".pf_index"] = "application/octet-stream";
        provider.Mappings[".pf_fragment"] = "application/octet-stream";
        provider.Mappings[".pagefind"] = "application/octet-stream";
        return provider;
    }

    private static byte[] LoadLiveReload()
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("StaticMap.Cli.Serving.livereload.js")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
