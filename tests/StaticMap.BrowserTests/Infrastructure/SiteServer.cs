using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace StaticMap.BrowserTests.Infrastructure;

/// <summary>
/// Serves a built site on 127.0.0.1 (a free port) the way the host does: static files with the right content types,
/// index.html for folders, 404.html with status 404 for anything else, and the security headers of netlify.toml
/// (so a page that needs an inline script or a foreign host fails here as it would in production).
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private SiteServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The site's address, ending in a slash.</summary>
    public Uri Address { get; }

    public static Task<SiteServer> StartAsync(string siteFolder, IReadOnlyDictionary<string, string> headers) =>
        StartAsync(siteFolder, _ => headers);

    /// <summary>Serves with the headers <paramref name="headersFor"/> gives each request's path (e.g. <see cref="NetlifyHeaders.For"/>).</summary>
    public static async Task<SiteServer> StartAsync(string siteFolder, Func<string, IEnumerable<KeyValuePair<string, string>>> headersFor)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = siteFolder, WebRootPath = siteFolder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.AddServerHeader = false).UseUrls("http://127.0.0.1:0");
        var app = builder.Build();

        var files = new PhysicalFileProvider(siteFolder);
        var notFound = Path.Combine(siteFolder, "404.html");
        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in headersFor(context.Request.Path.Value ?? "/")) context.Response.Headers[name] = value;
            await next();
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes(), ServeUnknownFileTypes = false });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (!File.Exists(notFound)) return;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(notFound);
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new SiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>The content types of every kind of file a StaticMap site holds.</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".css"] = "text/css; charset=utf-8";
        types.Mappings[".js"] = "text/javascript; charset=utf-8";
        types.Mappings[".json"] = "application/json";
        types.Mappings[".csv"] = "text/csv; charset=utf-8";
        types.Mappings[".svg"] = "image/svg+xml";
        types.Mappings[".xml"] = "application/xml";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        types.Mappings[".md"] = "text/markdown; charset=utf-8";
        types.Mappings[".wasm"] = "application/wasm";
        // Pagefind's index: WebAssembly (.pagefind), metadata, index chunks and fragments, all gzipped binary.
        types.Mappings[".pagefind"] = "application/wasm";
        types.Mappings[".pf_meta"] = "application/octet-stream";
        types.Mappings[".pf_index"] = "application/octet-stream";
        types.Mappings[".pf_fragment"] = "application/octet-stream";
        types.Mappings[".pf_filter"] = "application/octet-stream";
        return types;
    }

    /// <summary>The headers netlify.toml sets for the site's pages: those of every path ("/*") and the site's
    /// Content-Security-Policy, which is given to "/" and the site's other paths, not to the editor's page (/admin.html).</summary>
    public static IReadOnlyDictionary<string, string> HeadersFromNetlifyToml(string file)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(file)) return headers;
        string? forPath = null;
        var inValues = false;
        foreach (var raw in File.ReadLines(file))
        {
            var line = raw.Trim();
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (line == "[[headers]]") { forPath = null; inValues = false; continue; }
            if (line == "[headers.values]") { inValues = true; continue; }
            if (line.StartsWith('[')) { forPath = null; inValues = false; continue; }
            var match = Regex.Match(line, "^([A-Za-z0-9_.-]+)\\s*=\\s*\"(.*)\"$");
            if (!match.Success) continue;
            if (!inValues && match.Groups[1].Value == "for") forPath = match.Groups[2].Value;
            else if (inValues && forPath is "/*" or "/") headers[match.Groups[1].Value] = match.Groups[2].Value;
        }
        return headers;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
