using System.Text;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Files;

/// <summary>
/// /_headers, the part of the site's response headers that netlify.toml cannot say: the site's Content-Security-Policy and
/// X-Frame-Options on each top-level address (/&lt;plan&gt;/, /&lt;page&gt;/, /&lt;language&gt;/, /search/). In Netlify's path
/// patterns a ':placeholder' matches any one segment, the editor's page /admin.html too, and every matching rule applies, so
/// netlify.toml names these addresses only through the build, which knows them. The rest (every deeper address, the files at
/// the root, the embed pages that others may frame, the editor's own policy) is in netlify.toml; docs/deploy.md#security-headers.
/// </summary>
public sealed class NetlifyHeadersFile : IFileKind, ISiteWide
{
    public const string FileName = "_headers";

    /// <summary>The site's policy, word for word netlify.toml's (tests/StaticMap.Tests/Admin/NetlifyHeadersTests.cs checks it).</summary>
    public const string SitePolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        if (!context.IsSiteLanguage) yield break; // one file, at the root
        var folders = context.Links.Map.Pages.Select(p => p.Url.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s.Length > 0 && !s[0].Contains('.', StringComparison.Ordinal)).Select(s => s[0])
            .Where(s => !s.Equals("admin", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var text = new StringBuilder("# Written by staticmap build. The site's policy on each top-level address; netlify.toml has the rest (docs/deploy.md).\n");
        foreach (var folder in folders)
            text.Append($"/{folder}\n  Content-Security-Policy: {SitePolicy}\n  X-Frame-Options: DENY\n");
        yield return new GeneratedFile(FileName, text.ToString());
    }
}
