using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Model;

/// <summary>What a link or image address written in Markdown turns into on the site.</summary>
public enum LinkKind
{
    /// <summary>http, https, mailto or tel: left as written.</summary>
    External,
    /// <summary>"#section": left as written.</summary>
    Fragment,
    /// <summary>A page or file of this site; <see cref="LinkTarget.Url"/> is its root-relative URL.</summary>
    Internal,
    /// <summary>javascript:, data:, file: and other schemes that must never reach a page.</summary>
    Unsafe,
    /// <summary>A relative path that climbs out of the repository.</summary>
    OutsideRepository,
    /// <summary>Inside the repository, but not a page or a published file.</summary>
    Broken,
    /// <summary>A page of this site (or "#…" on the page itself) without the element the "#fragment" names;
    /// <see cref="LinkTarget.Url"/> is as for <see cref="Internal"/>.</summary>
    MissingFragment,
}


public readonly record struct LinkTarget(LinkKind Kind, string Url);

/// <summary>
/// Resolves addresses written in Markdown against the pages and files the site publishes. Used by validation (to
/// report) and rendering (to rewrite), so what is checked is what is written. An address is read, in this order:
/// <list type="number">
/// <item>as a file relative to the file that links ("findings.md", "../ramsey-county/findings.md", "assets/map.pdf");</item>
/// <item>as the address of a published page or file, absolute ("/ramsey-county/findings/") or relative to the page
/// that links as a browser reads it ("../findings/" from /summit-county/how-we-got-here/, "./", "../"), with or
/// without the trailing slash, and with "index.html" or without;</item>
/// <item>as a plan's folder relative to the file that links ("../ramsey-county/"): the plan's overview.</item>
/// </list>
/// The pages are the <see cref="SiteMap"/>'s, as the page kinds declare them. A "#fragment" must name an id of the page it leads
/// to (<see cref="PageIds"/>); "#…" alone, an id of the page itself.
/// </summary>
public sealed class LinkResolver
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    // Plain hash tables, not frozen ones: the preview server builds a resolver after every edit, and freezing tens of
    // thousands of entries costs more than all the look-ups of one rebuild save.
    private readonly Dictionary<string, string> _urlByFile;
    private readonly Dictionary<string, string> _urlByFolder;
    private readonly Dictionary<string, string> _fileByUrl;
    private readonly Dictionary<string, string> _pageBySource;

    /// <summary>A translation's narrative (findings.es.md) → the page its relative addresses are read from. Its #fragments are
    /// not checked here: its headings are in its own language (the editions resolve them).</summary>
    private readonly Dictionary<string, string> _translationPages;
    private readonly HashSet<string> _urls;
    private readonly Dictionary<string, Lazy<PageIds>> _ids;
    // Editions: the page of a language for a page of the main language ("/a/findings/" in "es" is "/es/a/findings/"),
    // and the language of each translated file, whose links lead to the pages of its language.
    private readonly Dictionary<(string Url, string Language), string> _localized = new();
    private readonly Dictionary<string, string> _languageBySource = new(StringComparer.Ordinal);

    /// <param name="map">The site's pages, as the page kinds declare them: the URLs links may lead to, the ids a #fragment
    /// may name, and the file each page shows, whose links are read from it.</param>
    /// <param name="unparsedFiles">Plan files that exist but could not be parsed: links to them are not broken,
    /// the file is (and its own diagnostic says so), so they resolve to their plan's overview.</param>
    public LinkResolver(SiteInput site, SiteMap map, IEnumerable<(string PlanId, string Path)>? unparsedFiles = null)
    {
        Map = map;
        // Sized from the table of pages: the preview makes a resolver after every edit, and growing these tables step by
        // step rehashed every URL of a 1,000-plan site several times over.
        var pages = map.Pages.Count;
        var byFile = new Dictionary<string, string>(pages, StringComparer.Ordinal);
        var byFolder = new Dictionary<string, string>(site.Plans.Length, StringComparer.Ordinal);
        var fileByUrl = new Dictionary<string, string>(pages, StringComparer.Ordinal);
        var pageBySource = new Dictionary<string, string>(pages, StringComparer.Ordinal);
        var ids = new Dictionary<string, Lazy<PageIds>>(pages, StringComparer.Ordinal);
        var translationPages = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (planId, path) in unparsedFiles ?? []) byFile[path] = SiteUrls.Plan(planId);
        foreach (var plan in site.Plans)
        {
            byFile[plan.Folder + "/plan.yml"] = SiteUrls.Plan(plan.Id);
            byFolder[plan.Folder] = SiteUrls.Plan(plan.Id);
            foreach (var a in plan.Assets.Concat(plan.DataFiles)) byFile[$"{plan.Folder}/{a}"] = SiteUrls.PlanFile(plan.Id, a);
        }
        foreach (var page in map.Pages)
        {
            ids[page.Url] = new Lazy<PageIds>(page.Ids);
            // In another language: a link to the original page from a text in that language leads to this one.
            if (page.Edition is { } language && page.Original is { } original) _localized[(original, language)] = page.Url;
            if (page.Source is not { } source) continue;
            byFile[source] = page.Url;
            fileByUrl.TryAdd(page.Url, source);
            pageBySource[source] = page.Url;
            if (page.Edition is null) continue;
            _languageBySource[source] = page.Edition;
            // A translation's narrative keeps its original's relative addresses (a site page in another language has no original file).
            if (page.PlanId is not null && page.Original is not null) translationPages[source] = page.Original;
        }
        foreach (var asset in site.Assets) byFile[asset] = SiteUrls.SiteAsset(asset["input/assets/".Length..]);
        foreach (var (file, url) in byFile) fileByUrl.TryAdd(url, file);
        (_urlByFile, _urlByFolder, _fileByUrl, _pageBySource, _ids) = (byFile, byFolder, fileByUrl, pageBySource, ids);
        _translationPages = translationPages;
        var urls = new HashSet<string>(ids.Count + byFile.Count + site.Plans.Length + 8, StringComparer.Ordinal);
        foreach (var url in SiteFiles(site)) urls.Add(url);
        foreach (var url in ids.Keys) urls.Add(url);
        foreach (var url in byFile.Values) urls.Add(url);
        _urls = urls;
    }

    /// <summary>The site's pages this resolver reads links against: the one table of pages of the build.</summary>
    public SiteMap Map { get; }

    /// <summary>Published files that are not pages and have no source file of their own.</summary>
    private static IEnumerable<string> SiteFiles(SiteInput site)
    {
        yield return SiteUrls.Feed;
        yield return SiteUrls.Sitemap;
        foreach (var language in Editions.Languages(site.Plans, site.Pages).Skip(1)) yield return SiteUrls.FeedIn(language);
        foreach (var plan in site.Plans) yield return SiteUrls.PlanJson(plan.Id);
    }

    /// <summary>The URL of the page a narrative is shown on ("/ramsey-county/findings/"), or null for a file without one.</summary>
    public string? PageOf(string sourcePath) => _pageBySource.GetValueOrDefault(sourcePath);

    private string? BaseOf(string sourcePath) => PageOf(sourcePath);

    /// <summary>The ids of a page ("/ramsey-county/findings/"), or null when the URL is not a page (a PDF, a CSV).</summary>
    public PageIds? IdsOf(string url) => _ids.TryGetValue(url, out var ids) ? ids.Value : null;

    /// <param name="sourcePath">Repository-relative path of the file the address is written in.</param>
    /// <param name="language">The language of the page the address is shown on, when it is a translation's (or a site page's
    /// in /&lt;lang&gt;/); by default, the language of <paramref name="sourcePath"/> when it is a translation file. A link to a
    /// page that exists in that language (a file of the plan, "findings.md" or "findings.es.md") leads to the page in that
    /// language, and its #fragment is checked there.</param>
    public LinkTarget Resolve(string sourcePath, string address, string? language = null)
    {
        language ??= _languageBySource.GetValueOrDefault(sourcePath);
        var url = address.Trim();
        if (url.Length == 0) return new(LinkKind.Fragment, url);
        if (url.StartsWith('#'))
            return PageOf(sourcePath) is { } here && !HasFragment(here, url) ? new(LinkKind.MissingFragment, url) : new(LinkKind.Fragment, url);
        if (url.StartsWith("//", StringComparison.Ordinal)) return new(LinkKind.External, "https:" + url);
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon > 0 && (slash < 0 || colon < slash))
        {
            var scheme = url[..colon].ToLowerInvariant();
            return SafeSchemes.Contains(scheme) ? new(LinkKind.External, url) : new(LinkKind.Unsafe, url);
        }
        if (url.Contains('\\') || url.Any(char.IsControl)) return new(LinkKind.Unsafe, url);

        var (path, suffix) = SplitSuffix(url);
        var target = Target(sourcePath, Uri.UnescapeDataString(path), out var outside);
        if (target is null) return new(outside ? LinkKind.OutsideRepository : LinkKind.Broken, url);
        if (language is not null && _localized.TryGetValue((target, language), out var localized)) target = localized;
        // In a translation the target is the page in its language (above), so a #fragment is held against that page's ids.
        return new(HasFragment(target, suffix) ? LinkKind.Internal : LinkKind.MissingFragment, target + suffix);
    }

    /// <summary>The site URL an address (without its ?query and #fragment) leads to, read in the order the class describes.</summary>
    private string? Target(string sourcePath, string path, out bool outside)
    {
        outside = false;
        if (path.StartsWith('/')) return PublishedAt(path);
        var file = Combine(FolderOf(sourcePath), path);
        if (file is not null && _urlByFile.TryGetValue(file, out var url)) return url;
        if (BaseOf(sourcePath) is { } here && PublishedAt(BrowserCombine(here, path)) is { } page) return page;
        // A translation copied from its original keeps the original's relative page addresses: read from the original's page
        // they lead where the author meant, and the page in the translation's language is taken below when there is one.
        if (_translationPages.TryGetValue(sourcePath, out var original) && PublishedAt(BrowserCombine(original, path)) is { } same) return same;
        if (file is not null && _urlByFolder.TryGetValue(file, out var overview)) return overview;
        outside = file is null;
        return null;
    }

    /// <summary>"/a/b/", "/a/b" and "/a/b/index.html" are the page "/a/b/"; a file URL ("/a/plan.json") as it is.</summary>
    private string? PublishedAt(string url)
    {
        if (_urls.Contains(url)) return url;
        if (url.EndsWith("/index.html", StringComparison.Ordinal) && _urls.Contains(url[..^"index.html".Length])) return url[..^"index.html".Length];
        return !url.EndsWith('/') && _urls.Contains(url + "/") ? url + "/" : null;
    }

    /// <summary>Whether the "#fragment" of <paramref name="suffix"/> (if any) names an id on the page at <paramref name="url"/>.</summary>
    private bool HasFragment(string url, string suffix)
    {
        var hash = suffix.IndexOf('#');
        if (hash < 0 || hash == suffix.Length - 1) return true;
        var ids = IdsOf(url);
        return ids is null || ids.Contains(Uri.UnescapeDataString(suffix[(hash + 1)..]));
    }

    /// <summary>
    /// For a broken address, the file (relative to the linking file) or, for a page without a source file, the site
    /// URL it most likely meant: "finding.md", "../findingz/" or "findings/" from how-we-got-here.md → "findings.md".
    /// </summary>
    public string? Suggest(string sourcePath, string address)
    {
        var (path, _) = SplitSuffix(address.Trim());
        if (path.Length == 0 || path.Contains('\\') || path.Any(char.IsControl)) return null;
        path = Uri.UnescapeDataString(path);
        var folder = FolderOf(sourcePath);
        var plan = sourcePath.StartsWith("plans/", StringComparison.Ordinal) ? "plans/" + sourcePath.Split('/')[1] + "/" : "";
        var name = LastSegment(path);
        if (name is "" or "." or "..") return null;
        string? url = null;
        if (!path.StartsWith('/') && Combine(folder, path) is { } file)
        {
            // A typo in another plan's folder ("../pittsburg/findings.md"): that plan's file, never the linking plan's file of the
            // same name, which would send readers to the wrong plan (review8, 2026-12-07).
            if (file.Split('/') is ["plans", var planFolder, _, ..] parts && !_urlByFile.Keys.Any(f => f.StartsWith("plans/" + planFolder + "/", StringComparison.Ordinal))
                && Spelling.Closest(planFolder, _urlByFile.Keys.Where(f => f.StartsWith("plans/", StringComparison.Ordinal)).Select(f => f.Split('/')[1]).Distinct()) is { } meant
                && _urlByFile.TryGetValue("plans/" + meant + "/" + string.Join('/', parts[2..]), out var inMeant))
                url = inMeant;
            // The right name in the wrong folder ("findings.md" from progress/), else a typo in the name ("finding.md").
            var sameName = _urlByFile.Keys.Where(f => LastSegment(f) == name)
                .OrderBy(f => f.StartsWith(plan, StringComparison.Ordinal) ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault();
            var typo = sameName ?? Closest(file, _urlByFile.Keys);
            if (url is null && typo is not null) url = _urlByFile[typo];
        }
        var here = BaseOf(sourcePath);
        var asPage = path.StartsWith('/') ? path : here is null ? null : BrowserCombine(here, path);
        if (url is null && asPage is not null) url = Closest(asPage, _urls);
        if (url is null)
        {
            // Same name, wrong place ("findings/" from how-we-got-here/): match the page's last segment, the linking plan's first.
            var pagePrefix = plan.Length == 0 ? "/" : "/" + plan["plans/".Length..];
            var bare = Path.GetFileNameWithoutExtension(name);
            var pages = _ids.Keys.OrderBy(u => u.StartsWith(pagePrefix, StringComparison.Ordinal) ? 0 : 1).ThenBy(u => u, StringComparer.Ordinal).ToList();
            var segment = Spelling.Closest(bare, pages.Select(LastSegment).Where(s => s.Length > 0).Distinct());
            url = segment is null ? null : pages.First(u => LastSegment(u) == segment);
        }
        if (url is null) return null;
        return _fileByUrl.TryGetValue(url, out var source) && !source.EndsWith("plan.yml", StringComparison.Ordinal) ? RelativePath(folder, source) : url;
    }

    private static string LastSegment(string path) => path.TrimEnd('/').Split('/')[^1];

    /// <summary>A typo in the last segment: the closest of the candidates in the same folder (files) or under the same parent (URLs).</summary>
    private static string? Closest(string path, IEnumerable<string> candidates)
    {
        var trimmed = path.TrimEnd('/');
        var parent = trimmed[..(trimmed.LastIndexOf('/') + 1)];
        var siblings = candidates.Where(c => c.StartsWith(parent, StringComparison.Ordinal) && c.TrimEnd('/').LastIndexOf('/') + 1 == parent.Length).ToList();
        var name = Spelling.Closest(LastSegment(trimmed), siblings.Select(LastSegment));
        return name is null ? null : siblings.First(c => LastSegment(c) == name);
    }

    private static string FolderOf(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";

    private static (string Path, string Suffix) SplitSuffix(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? (url, "") : (url[..cut], url[cut..]);
    }

    /// <summary>Joins and normalises; null when '..' climbs above the repository root.</summary>
    private static string? Combine(string folder, string relative)
    {
        var parts = folder.Length == 0 ? new List<string>() : folder.Split('/').ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>A relative address read against a page URL as a browser does (RFC 3986): "../findings/" from
    /// "/p/how-we-got-here/" is "/p/findings/"; ".." above the root stays at the root.</summary>
    private static string BrowserCombine(string pageUrl, string relative)
    {
        var parts = pageUrl[..(pageUrl.LastIndexOf('/') + 1)].Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var part = segments[i];
            if (part == ".") continue;
            if (part == "..")
            {
                if (parts.Count > 0) parts.RemoveAt(parts.Count - 1);
            }
            else if (part.Length > 0 || i == segments.Length - 1) parts.Add(part);
        }
        var folder = segments[^1] is "." or ".." || (parts.Count > 0 && parts[^1].Length == 0);
        if (folder && parts.Count > 0 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        return parts.Count == 0 ? "/" : "/" + string.Join('/', parts) + (folder ? "/" : "");
    }

    /// <summary>"plans/a/progress" to "plans/a/findings.md" is "../findings.md".</summary>
    private static string RelativePath(string fromFolder, string toFile)
    {
        var from = fromFolder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = toFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common]) common++;
        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join('/', to[common..]);
    }
}
