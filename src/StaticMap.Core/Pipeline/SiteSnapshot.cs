using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Files;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Pipeline;

/// <summary>
/// One side of <c>staticmap diff</c>: the site's pages (URL and a hash of the HTML), each plan's plan.json document and the
/// diagnostics, either rendered in memory from a repository (nothing is written) or read from a folder holding a built site.
/// </summary>
/// <param name="Pages">Page URL ("/test-county/progress/2024/") to the SHA-256 of its HTML; null when the site could not
/// be rendered (it has errors).</param>
/// <param name="Plans">Plan id to its plan.json document (docs/plan-json.md).</param>
/// <param name="Diagnostics">The repository's diagnostics; null for a built folder, which keeps none.</param>
public sealed record SiteSnapshot(
    IReadOnlyDictionary<string, string>? Pages,
    IReadOnlyDictionary<string, JsonObject> Plans,
    IReadOnlyList<Diagnostic>? Diagnostics)
{
    public bool HasErrors => Diagnostics?.Any(d => d.IsError) == true;

    /// <summary>
    /// The site a build of <paramref name="root"/> would write, rendered in memory by the build's own run
    /// (<see cref="BuildPipeline.Run"/> into a <see cref="SnapshotTarget"/>): the same stages, theme and strings as
    /// <c>staticmap build</c>, only the pages are kept instead of written (not the static files, the search index or
    /// Chart.js). With errors, the plan.json documents come from the parsed plans and <see cref="Pages"/> is null. Bad input
    /// is a diagnostic, never an exception.
    /// </summary>
    public static SiteSnapshot Render(string root, SiteOptions options, string? themeFolder = null)
    {
        var diagnostics = new DiagnosticBag();
        var plans = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        IReadOnlyDictionary<string, string>? pages = null;
        try
        {
            var target = new SnapshotTarget();
            var run = new BuildPipeline(root, options, themeFolder).Run(Changes.Everything, target);
            diagnostics.AddRange(run.Diagnostics);
            if (run.Written && target.Site is { } site)
            {
                pages = PagesOf(site.Files.Keys, path => site.Files[path]);
                foreach (var (path, bytes) in site.Files)
                    if (PlanId(path) is { } id && Parse(bytes) is { } document) plans[id] = document;
            }
            else
            {
                var context = run.Site!.RenderContext();
                foreach (var plan in context.PublishedPlans)
                {
                    try { plans[plan.Id] = PlanJson.Build(plan, context); }
                    catch (Exception) { /* a plan too broken to describe: it has errors, which are reported */ }
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(InternalError.Instance.Create(".", ex));
        }
        return new SiteSnapshot(pages, plans, diagnostics.ToSortedList());
    }

    /// <summary>A built site (the output folder of <c>staticmap build</c>): its HTML pages and its plans' plan.json. Null, with
    /// <paramref name="problem"/> saying why, when the folder holds no built site.</summary>
    public static SiteSnapshot? ReadBuilt(string folder, out string? problem)
    {
        problem = null;
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var bag = new DiagnosticBag();
        var files = new RepositoryFiles(full, bag, rootName: "the built site");
        // Asked first, so a folder such as / or a home folder is not listed to its depths.
        if (!files.IsFile(Path.Combine(full, "index.html")))
        {
            problem = $"{folder} holds no built site (no index.html); give a folder written by 'staticmap build', or a git revision";
            return null;
        }
        var paths = files.FilesRecursive(full).Select(files.Relative).ToList();
        var pages = PagesOf(paths, p => files.ReadAllBytes(p));
        var plans = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var path in paths)
            if (PlanId(path) is { } id && Parse(files.ReadAllBytes(path)) is { } document) plans[id] = document;
        return new SiteSnapshot(pages, plans, null);
    }

    /// <summary>"a/b/index.html" is the page /a/b/, "404.html" is /404.html; everything else is not a page.</summary>
    public static string? PageUrl(string path)
    {
        if (!path.EndsWith(".html", StringComparison.Ordinal) || path.StartsWith("static/", StringComparison.Ordinal)
            || path.StartsWith("pagefind/", StringComparison.Ordinal)) return null;
        if (path == "index.html") return "/";
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;
    }

    private static Dictionary<string, string> PagesOf(IEnumerable<string> paths, Func<string, byte[]> read)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
            if (PageUrl(path) is { } url) pages[url] = Convert.ToHexStringLower(SHA256.HashData(read(path)));
        return pages;
    }

    /// <summary>"test-county/plan.json" is the plan test-county's document.</summary>
    private static string? PlanId(string path)
    {
        var parts = path.Split('/');
        return parts.Length == 2 && parts[1] == "plan.json" ? parts[0] : null;
    }

    private static JsonObject? Parse(byte[] bytes)
    {
        try
        {
            return JsonNode.Parse(bytes) as JsonObject is { } o && o["format"]?.GetValue<string>() is { } f
                   && f.StartsWith("staticmap-plan/", StringComparison.Ordinal) ? o : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where <see cref="Render"/> has the run write: the pages and generated files in memory, kept when the run commits.
    /// Copied files (theme static files, assets, data) are not pages and are not kept; Chart.js is not restored.
    /// </summary>
    private sealed class SnapshotTarget : ISiteTarget
    {
        public MemoryOutput? Site { get; private set; }

        public string Display => "the comparison (in memory)";

        public bool TakesLibraries => false;

        public ISiteOutput Open(IReadOnlySet<string>? replacing) =>
            replacing is null ? new MemoryOutput() : throw new NotSupportedException("A comparison renders the whole site.");

        public void Commit(ISiteOutput output, Theme theme) => Site = (MemoryOutput)output;
    }

    /// <summary>The rendered site's files, in memory, for comparing only.</summary>
    private sealed class MemoryOutput : ISiteOutput
    {
        public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public void WriteText(string relativePath, string content) => Files[Key(relativePath)] = System.Text.Encoding.UTF8.GetBytes(content);

        public void WriteBytes(string relativePath, ReadOnlySpan<byte> content) => Files[Key(relativePath)] = content.ToArray();

        // Copied files (assets, data) are not pages; what the diff compares is the HTML and plan.json.
        public void CopyFile(SourceFile source, string relativePath) { }

        private static string Key(string path) => path.Replace('\\', '/').TrimStart('/');
    }
}
