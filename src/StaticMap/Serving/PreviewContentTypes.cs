using System.Collections.Frozen;

namespace StaticMap.Cli.Serving;

/// <summary>
/// The Content-Type the preview sends for each kind of file a site holds. A fixed table rather than the operating
/// system's MIME database, so the preview answers the same everywhere; anything unknown is application/octet-stream.
/// </summary>
public static class PreviewContentTypes
{
    public const string Default = "application/octet-stream";

    private static readonly FrozenDictionary<string, string> ByExtension = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".map"] = "application/json; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".pdf"] = "application/pdf",
        [".woff"] = "font/woff",
        [".woff2"] = "font/woff2",
        [".wasm"] = "application/wasm",
        // Pagefind's index: compressed binary chunks its own script fetches and decodes.
        [".pagefind"] = Default,
        [".pf_meta"] = Default,
        [".pf_index"] = Default,
        [".pf_fragment"] = Default,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Content-Type of a site file, from its extension ("feed.xml", "static/css/site.css").</summary>
    public static string Of(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && ByExtension.TryGetValue(name[dot..], out var type) ? type : Default;
    }
}
