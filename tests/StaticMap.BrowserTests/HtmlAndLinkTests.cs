using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.BrowserTests.Infrastructure;

namespace StaticMap.BrowserTests;

/// <summary>Every page is valid HTML (Nu Html Checker), and every internal link and asset resolves to a file in the build.</summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Slow")]
public partial class HtmlAndLinkTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Every_page_passes_the_Nu_Html_Checker()
    {
        site.RequireHtmlChecker();
        var report = await site.HtmlCheck;
        var lines = report.Messages
            .OrderBy(m => m.File, StringComparer.Ordinal).ThenBy(m => m.Line)
            .Select(m => $"{Display(m.File)}:{m.Line}:{m.Column}: {m.Message}" + (m.Extract.Length > 0 ? $"\n    {m.Extract.ReplaceLineEndings(" ").Trim()}" : ""))
            .ToList();
        Assert.True(lines.Count == 0, $"The Nu Html Checker found {lines.Count} errors in {site.Pages.Count} pages:\n" + string.Join("\n", lines));
    }

    [SkippableFact]
    public void Every_internal_link_and_asset_resolves_to_a_file_in_the_build()
    {
        var parser = new HtmlParser();
        var documents = new Dictionary<string, IHtmlDocument>(StringComparer.Ordinal);
        IHtmlDocument Load(string file)
        {
            if (!documents.TryGetValue(file, out var document))
                documents[file] = document = parser.ParseDocument(File.ReadAllText(file));
            return document;
        }

        var home = Load(site.Pages.Single(p => p.Path == "/").File);
        var canonical = home.QuerySelector("link[rel=canonical]")?.GetAttribute("href");
        var publicOrigin = canonical is null ? null : new Uri(canonical).GetLeftPart(UriPartial.Authority);

        var broken = new List<string>();
        var checkedLinks = 0;

        void CheckReference(string from, string reference, string what)
        {
            var pageUrl = new Uri(LocalOrigin, PagePath(from));
            if (reference.Length == 0) { broken.Add($"{Display(from)}: empty {what}"); return; }
            if (reference.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) { broken.Add($"{Display(from)}: {what} uses javascript: ({reference})"); return; }
            if (!Uri.TryCreate(pageUrl, reference, out var target)) { broken.Add($"{Display(from)}: {what} is not a valid address: {reference}"); return; }
            if (publicOrigin is not null && target.GetLeftPart(UriPartial.Authority) == publicOrigin)
                target = new Uri(LocalOrigin, target.PathAndQuery + target.Fragment);
            if (target.GetLeftPart(UriPartial.Authority) != LocalOrigin.GetLeftPart(UriPartial.Authority)) return; // external
            checkedLinks++;

            var path = Uri.UnescapeDataString(target.AbsolutePath);
            var file = Path.GetFullPath(Path.Combine(site.SiteFolder, path.TrimStart('/')));
            if (path.EndsWith('/')) file = Path.Combine(file, "index.html");
            if (!file.StartsWith(site.SiteFolder, StringComparison.Ordinal) || !File.Exists(file))
            {
                var hint = !path.EndsWith('/') && Directory.Exists(file) ? " (a folder: end the address with /)" : "";
                broken.Add($"{Display(from)}: {what} {reference} → {path} does not exist{hint}");
                return;
            }
            var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal))
            {
                var doc = Load(file);
                if (doc.GetElementById(fragment) is null && doc.QuerySelector($"a[name=\"{fragment.Replace("\"", "\\\"")}\"]") is null)
                    broken.Add($"{Display(from)}: {what} {reference} → no element with id \"{fragment}\" in {path}");
            }
        }

        foreach (var page in site.Pages)
        {
            var document = Load(page.File);
            foreach (var element in document.QuerySelectorAll("[href], [src], [srcset], [poster], [action], object[data], [data-pagefind-href]"))
            {
                foreach (var attribute in new[] { "href", "src", "poster", "action", "data-pagefind-href" })
                {
                    var value = element.GetAttribute(attribute);
                    if (value is null) continue;
                    if (element.LocalName == "link" && element.GetAttribute("rel") is "preconnect" or "dns-prefetch") continue;
                    // The search page's data-pagefind-href names Pagefind's folder; search.js loads pagefind.js from it.
                    if (attribute == "data-pagefind-href") value = value.TrimEnd('/') + "/pagefind.js";
                    CheckReference(page.File, value.Trim(), $"<{element.LocalName} {attribute}>");
                }
                if (element.LocalName == "object" && element.GetAttribute("data") is { } data) CheckReference(page.File, data, "<object data>");
                if (element.GetAttribute("srcset") is { } srcset)
                    foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        CheckReference(page.File, candidate.Split(' ')[0], "<" + element.LocalName + " srcset>");
            }
            foreach (var meta in document.QuerySelectorAll("meta[property='og:url'], meta[property='og:image']"))
                CheckReference(page.File, meta.GetAttribute("content") ?? "", $"<meta {meta.GetAttribute("property")}>");
        }

        foreach (var css in Directory.EnumerateFiles(site.SiteFolder, "*.css", SearchOption.AllDirectories).Where(f => !f.Contains("/pagefind/", StringComparison.Ordinal)))
            foreach (Match url in CssUrl().Matches(File.ReadAllText(css)))
                if (!url.Groups[1].Value.StartsWith("data:", StringComparison.Ordinal))
                    CheckReference(css, url.Groups[1].Value, "CSS url()");

        foreach (var xml in new[] { "sitemap.xml", "feed.xml" }.Select(f => Path.Combine(site.SiteFolder, f)).Where(File.Exists))
            foreach (Match url in XmlLink().Matches(File.ReadAllText(xml)))
                CheckReference(xml, System.Net.WebUtility.HtmlDecode(url.Groups[1].Value.Length > 0 ? url.Groups[1].Value : url.Groups[2].Value), "feed/sitemap link");

        Assert.True(checkedLinks > 500, $"expected the sample site to have many internal links, checked only {checkedLinks}");
        Assert.True(broken.Count == 0, $"{broken.Count} of {checkedLinks} internal links and assets do not resolve:\n" + string.Join("\n", broken.Distinct()));
    }

    private static readonly Uri LocalOrigin = new("http://site.invalid/");

    private string PagePath(string file)
    {
        var relative = Path.GetRelativePath(site.SiteFolder, file).Replace(Path.DirectorySeparatorChar, '/');
        return relative == "index.html" ? "/" : relative.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + relative[..^"index.html".Length] : "/" + relative;
    }

    private string Display(string file) =>
        file.StartsWith(site.SiteFolder, StringComparison.Ordinal) ? Path.GetRelativePath(site.SiteFolder, file) : file;

    [GeneratedRegex("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)")]
    private static partial Regex CssUrl();

    [GeneratedRegex("<loc>([^<]+)</loc>|<link[^>]*href=\"([^\"]+)\"")]
    private static partial Regex XmlLink();
}
