namespace StaticMap.Core.Diagnostics.Codes;

// Codes raised by writing: the output folder, the download cache and the client libraries. One entry each: code, stage, title, severity and help (docs/rules.md), and its typed message builders.

public sealed class VendorLibraryFailed() : DiagnosticCode("MAP081", "write", "Client library could not be restored",
    help: "The build fetches Chart.js from the npm registry once and caches it. Check the network, or set STATICMAP_NPM_REGISTRY to a reachable registry mirror.")
{
    public static readonly VendorLibraryFailed Instance = new();

    public Diagnostic Create(string manifest, string message) => At(SourceSpan.File(manifest),
        $"{message.TrimEnd('.')}; the charts need it (check the network or STATICMAP_NPM_REGISTRY, see docs/theme.md)");
}

public sealed class OutputNotWritable() : DiagnosticCode("MAP082", "write", "Output folder cannot be written",
    help: "The operating system refused to write the site (the disk is full, the file system is read-only, permission is denied, or a part of the path is a file). The previous site is left as it was; free space or choose another --output and build again.")
{
    public static readonly OutputNotWritable Instance = new();

    /// <param name="output">The output folder as shown to the user.</param>
    /// <param name="path">The file or folder that could not be written.</param>
    public Diagnostic Create(string output, string path, string reason) => At(SourceSpan.File(output),
        $"the site cannot be written: {reason.TrimEnd('.')}, at {path}; nothing was changed, the previous site is as it was");
}

public sealed class OutputRefused() : DiagnosticCode("MAP083", "write", "Output folder refused",
    help: "A build replaces its output folder as a whole, so StaticMap refuses the file system's root, the repository, any folder holding the repository or inside plans/, input/, theme/, src/, tests/ or .git/, a folder that holds files StaticMap did not write, a file, and a symbolic link that leads nowhere. Links on the way are resolved first. Choose a folder such as _site.")
{
    public static readonly OutputRefused Instance = new();

    public Diagnostic Create(string output, string reason) => At(SourceSpan.File(output),
        $"will not write the site here: {reason.TrimEnd('.')}");
}

public sealed class CacheNotWritable() : DiagnosticCode("MAP084", "write", "Cache cannot be written", Severity.Warning,
    help: "Chart.js is cached after its first download ($STATICMAP_CACHE, else $XDG_CACHE_HOME/staticmap, else ~/.cache/staticmap), and each build records which plans' outputs it wrote in the repository's build cache, .staticmap/cache/, so that the next build reuses the plans that did not change. A cache that could not be written (a full disk, a read-only folder) costs time, never the site: the download was used once and will be fetched again, or the next build renders every plan again. Free space, make the folder writable, set STATICMAP_CACHE to a writable folder, or build with --no-cache.")
{
    public static readonly CacheNotWritable Instance = new();

    /// <summary>The repository's build cache (.staticmap/cache/) could not be written after the site was.</summary>
    public Diagnostic CreateBuildCache(string cacheFolder, string reason) => At(SourceSpan.File(cacheFolder),
        $"the build cache {cacheFolder} cannot be written: {reason.TrimEnd('.')}; the site was written, and the next build renders every plan again");

    public Diagnostic Create(string manifest, string cacheFolder, string reason) => At(SourceSpan.File(manifest),
        $"the download cache {cacheFolder} cannot be written: {reason.TrimEnd('.')}; the library was downloaded and used without caching it");
}

public sealed class SearchNotIndexed() : DiagnosticCode("MAP029", "write", "Site published without search", Severity.Warning,
    help: "Pagefind builds the search index in buckets of plans (docs/performance.md, search index in buckets). When it fails on one bucket, the site is published with no search index at all, never one that finds some plans only, and its search page says that search is not available: every page is still there and reached from the home page and each plan's menu. The message names the bucket, its plans and Pagefind's last line. Build again (a timeout or a crash can pass); if it fails again, fix the page Pagefind names, or report the problem with Pagefind's line (docs/deploy.md, a site without search).")
{
    public static readonly SearchNotIndexed Instance = new();

    /// <param name="site">The output folder as shown to the user.</param>
    /// <param name="bucket">The failed bucket (0 holds the site-wide pages and Pagefind's script).</param>
    /// <param name="plans">The plans whose pages the bucket holds.</param>
    /// <param name="problem">What went wrong: "Pagefind exited with 1: " and its last line, a timeout, or why it could not start.</param>
    public Diagnostic Create(string site, int bucket, int buckets, IReadOnlyList<string> plans, string problem)
    {
        var named = plans.Order(StringComparer.Ordinal).Take(5).ToList();
        var list = named.Count == 0 ? "" : string.Join(", ", named) + (plans.Count > named.Count ? $" and {plans.Count - named.Count} more" : "");
        var pages = buckets <= 1 ? "the whole site"
            : bucket == 0 ? (plans.Count == 0 ? "the site-wide pages" : $"the site-wide pages and {Plans(plans.Count)}: {list}")
            : $"{Plans(plans.Count)}: {list}";
        var which = buckets <= 1 ? "the search index" : $"search bucket {bucket} of {buckets} (/pagefind/{(bucket == 0 ? "" : $"b{bucket}/")}, {pages})";
        return At(SourceSpan.File(site),
            $"the site is published without search: Pagefind failed on {which}: {problem.TrimEnd('.')}; no search index was published " +
            "(not one that finds some plans only), and the search page says search is not available; build again, and if it fails " +
            "again, fix the page Pagefind names or report the problem with its message");
    }

    private static string Plans(int count) => count == 1 ? "1 plan" : $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} plans";
}
