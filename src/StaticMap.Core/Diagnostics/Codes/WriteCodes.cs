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
