using System.Text;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Files;

/// <summary>
/// /_headers, the part of the site's response headers that netlify.toml cannot say: the site's Content-Security-Policy and
/// X-Frame-Options on each top-level address (/&lt;plan&gt;/, /&lt;page&gt;/, /&lt;language&gt;/, /search/) and on the
/// addresses one segment below it (/es/about/, /&lt;plan&gt;/index.html), except a plan's embed page (/&lt;plan&gt;/embed/),
/// which others may frame: under a folder that holds an embed page only its index.html is named (its page folders are
/// netlify.toml's). In Netlify's path patterns a ':placeholder' matches any one segment, the editor's page /admin.html too,
/// and every matching rule applies, so netlify.toml names these addresses only through the build, which knows them. The rest
/// (every deeper address, the files at the root, the embed pages' policy, the editor's own policy) is in netlify.toml;
/// docs/deploy.md#security-headers.
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
        var text = new StringBuilder("# Written by staticmap build. The site's policy on each top-level address and the addresses one segment below it, but a plan's embed page; netlify.toml has the rest (docs/deploy.md).\n");
        // The folders that hold an embed page, /<plan>/embed/: ':name' below them would match it.
        var embeds = context.Links.Map.Pages.Select(p => p.Url.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s.Length == 2 && s[1] == "embed").Select(s => s[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            text.Append($"/{folder}\n  Content-Security-Policy: {SitePolicy}\n  X-Frame-Options: DENY\n");
            if (embeds.Contains(folder))
                text.Append($"/{folder}/index.html\n  Content-Security-Policy: {SitePolicy}\n  X-Frame-Options: DENY\n");
            else
                text.Append($"/{folder}/:name\n  Content-Security-Policy: {SitePolicy}\n  X-Frame-Options: DENY\n")
                    .Append($"/{folder}/:name/index.html\n  Content-Security-Policy: {SitePolicy}\n  X-Frame-Options: DENY\n");
        }
        yield return new GeneratedFile(FileName, text.ToString());
    }
}
