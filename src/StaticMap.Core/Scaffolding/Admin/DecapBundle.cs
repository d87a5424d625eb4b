using StaticMap.Core.Writing;

namespace StaticMap.Core.Scaffolding.Admin;

/// <summary>
/// Decap CMS's self-contained bundle (npm <c>decap-cms</c>, which carries React): the version and integrity pinned in
/// theme/admin/package-lock.json (a test keeps the two equal), fetched once from the npm registry, checked and cached like
/// Chart.js and Pagefind (<see cref="VendorLibraries"/>), and served from the site itself, never from a CDN. The main
/// script loads its chunks (and two WebAssembly files) from its own folder.
/// </summary>
public static class DecapBundle
{
    public const string Package = "decap-cms";
    public const string Version = "3.16.3";
    public const string Integrity = "sha512-hf+dPlCh7TJmWl8+6VRzHYOWhri5xgUknrZbDewaWe4s9B7xJ8PQugp2QHeSldMUKzav6+z0oIpwUYhUJDYtYw==";
    public const string PinnedIn = "theme/admin/package-lock.json";

    /// <summary>The site folder the bundle is copied to.</summary>
    public const string Folder = "static/vendor/decap-cms";

    private static readonly Lazy<IReadOnlyList<(string Path, byte[] Content)>> Restored = new(Restore, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The bundle's files, by path under <see cref="Folder"/>; empty when the registry cannot be reached and nothing is cached
    /// (the editor's page then says the editor could not be loaded; <see cref="Problem"/> says why).</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files() => Restored.Value;

    public static string? Problem { get; private set; }

    private static IReadOnlyList<(string Path, byte[] Content)> Restore()
    {
        try
        {
            // Unpacked once into the cache (VendorLibraries.PackageFiles), not hashed and unpacked on every build.
            var files = VendorLibraries.FromEnvironment().PackageFiles(Package, Version, Integrity, PinnedIn, IsBundleFile,
                "dist/decap-cms.js, dist/*.decap-cms.js, dist/*.wasm");
            return [.. files.Select(f => (f.Path[Dist.Length..], f.Content))];
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or InvalidDataException)
        {
            Problem = $"{Package}@{Version} could not be restored from the npm registry: {ex.Message}";
            return [];
        }
    }

    private const string Dist = "dist/";

    /// <summary>dist/decap-cms.js, its chunks (dist/*.decap-cms.js) and dist/*.wasm: a path inside the package.</summary>
    public static bool IsBundleFile(string path)
    {
        if (!path.StartsWith(Dist, StringComparison.Ordinal)) return false;
        var name = path[Dist.Length..];
        return !name.Contains('/') && (name == "decap-cms.js" || name.EndsWith(".decap-cms.js", StringComparison.Ordinal)
            || name.EndsWith(".wasm", StringComparison.Ordinal));
    }

    /// <summary>The bundle's files in a tarball, by path under dist/, in one pass over it.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Extract(byte[] tarball) =>
        [.. VendorLibraries.ExtractFiles(tarball, IsBundleFile).Select(f => (f.Path[Dist.Length..], f.Content))];
}
