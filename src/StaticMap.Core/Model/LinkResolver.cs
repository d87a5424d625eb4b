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
}

public readonly record struct LinkTarget(LinkKind Kind, string Url);

/// <summary>
/// Resolves addresses written in Markdown ("findings.md", "assets/map.png", "/ramsey-county/", "../other/plan.yml")
/// against the pages and files the site publishes. Used by validation (to report) and rendering (to rewrite).
/// </summary>
public sealed class LinkResolver
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    // Plain hash tables, not frozen ones: the preview server builds a resolver after every edit, and freezing tens of
    // thousands of entries costs more than all the look-ups of one rebuild save.
    private readonly Dictionary<string, string> _urlByFile;
    private readonly HashSet<string> _urls;

    /// <param name="unparsedFiles">Plan files that exist but could not be parsed: links to them are not broken,
    /// the file is (and its own diagnostic says so), so they resolve to their plan's overview.</param>
    public LinkResolver(SiteInput site, IEnumerable<(string PlanId, string Path)>? unparsedFiles = null)
    {
        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (planId, path) in unparsedFiles ?? []) byFile[path] = SiteUrls.Plan(planId);
        foreach (var plan in site.Plans)
        {
            byFile[plan.Folder + "/plan.yml"] = SiteUrls.Plan(plan.Id);
            byFile[plan.Folder] = SiteUrls.Plan(plan.Id);
            foreach (var c in plan.Components) byFile[c.Path] = SiteUrls.Component(plan.Id, c.Kind);
            foreach (var r in plan.Progress) byFile[r.Path] = SiteUrls.Progress(plan.Id, r.Year);
            foreach (var a in plan.Assets.Concat(plan.DataFiles)) byFile[$"{plan.Folder}/{a}"] = SiteUrls.PlanFile(plan.Id, a);
        }
        foreach (var page in site.Pages) byFile[page.Path] = SiteUrls.Page(page.Slug);
        foreach (var asset in site.Assets) byFile[asset] = SiteUrls.SiteAsset(asset["input/assets/".Length..]);
        _urlByFile = byFile;
        _urls = SitePages(site).Concat(byFile.Values).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every page URL the site will have, for checking links written as "/plan/findings/".</summary>
    private static IEnumerable<string> SitePages(SiteInput site)
    {
        yield return SiteUrls.Home;
        foreach (var plan in site.Plans)
        {
            yield return SiteUrls.Plan(plan.Id);
            yield return SiteUrls.Status(plan.Id);
            yield return SiteUrls.Print(plan.Id);
            yield return SiteUrls.PlanJson(plan.Id);
            if (!plan.Progress.IsEmpty) yield return SiteUrls.ProgressIndex(plan.Id);
        }
    }

    /// <param name="sourcePath">Repository-relative path of the file the address is written in.</param>
    public LinkTarget Resolve(string sourcePath, string address)
    {
        var url = address.Trim();
        if (url.Length == 0 || url.StartsWith('#')) return new(LinkKind.Fragment, url);
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
        if (path.StartsWith('/'))
        {
            var withSlash = path.EndsWith('/') || Path.HasExtension(path) ? path : path + "/";
            return _urls.Contains(withSlash) ? new(LinkKind.Internal, withSlash + suffix) : new(LinkKind.Broken, url);
        }
        var folder = sourcePath.Contains('/') ? sourcePath[..sourcePath.LastIndexOf('/')] : "";
        var resolved = Combine(folder, Uri.UnescapeDataString(path));
        if (resolved is null) return new(LinkKind.OutsideRepository, url);
        return _urlByFile.TryGetValue(resolved.TrimEnd('/'), out var target)
            ? new(LinkKind.Internal, target + suffix)
            : new(LinkKind.Broken, url);
    }

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
}
