using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace StaticMap.Core.Writing;

/// <summary>
/// Builds the site's search index with Pagefind. Pagefind is found as $STATICMAP_PAGEFIND, else in theme/node_modules
/// (after 'npm ci --prefix theme'), else restored from the npm registry like Chart.js: the platform's package
/// (@pagefind/linux-x64 …), at the version and integrity pinned in theme/package-lock.json, fetched once, checked,
/// cached and unpacked in the cache folder; else on PATH. Search is an enhancement: without Pagefind (offline, say)
/// the site is complete, the build says why search is missing, and the search page says search is not available.
/// </summary>
public static class SearchIndex
{
    /// <summary>Pagefind's executable, restoring it when needed; null when there is none (see <paramref name="problem"/>).</summary>
    public static string? FindPagefind(string themeFolder, VendorLibraries vendor, out string? problem)
    {
        problem = null;
        if (PagefindRuns.Executable is { } fake) return fake;
        var configured = Environment.GetEnvironmentVariable("STATICMAP_PAGEFIND");
        if (!string.IsNullOrEmpty(configured))
        {
            if (File.Exists(configured)) return configured;
            problem = $"STATICMAP_PAGEFIND is {configured}, which does not exist";
            return null;
        }
        var local = Path.Combine(themeFolder, "node_modules", ".bin", OperatingSystem.IsWindows() ? "pagefind.cmd" : "pagefind");
        if (File.Exists(local)) return local;
        var restored = Restore(themeFolder, vendor, out problem);
        if (restored is not null) return restored;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "pagefind.exe" : "pagefind");
            if (dir.Length > 0 && File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static string? FindPagefind(string themeFolder) => FindPagefind(themeFolder, VendorLibraries.FromEnvironment(), out _);

    /// <summary>The npm package with Pagefind's binary for this machine, as npm names it: "@pagefind/linux-x64".</summary>
    public static string? PlatformPackage()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows"
            : OperatingSystem.IsFreeBSD() ? "freebsd" : null;
        var cpu = RuntimeInformation.OSArchitecture switch { Architecture.X64 => "x64", Architecture.Arm64 => "arm64", _ => null };
        return os is null || cpu is null ? null : $"@pagefind/{os}-{cpu}";
    }

    /// <summary>
    /// Pagefind's binary from the npm registry, pinned by theme/package-lock.json, unpacked once into the cache folder
    /// ("pagefind/linux-x64-1.6.0/pagefind_extended") beside a note of the integrity it was checked against.
    /// </summary>
    public static string? Restore(string themeFolder, VendorLibraries vendor, out string? problem)
    {
        problem = null;
        var package = PlatformPackage();
        if (package is null)
        {
            problem = $"Pagefind has no package for {RuntimeInformation.OSDescription} on {RuntimeInformation.OSArchitecture}";
            return null;
        }
        var lockFile = Path.Combine(themeFolder, "package-lock.json");
        string version, integrity;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(lockFile));
            var entry = json.RootElement.GetProperty("packages").GetProperty("node_modules/" + package);
            version = entry.GetProperty("version").GetString() ?? throw new FormatException("no version");
            integrity = entry.GetProperty("integrity").GetString() ?? throw new FormatException("no integrity");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or KeyNotFoundException or FormatException
                                       or InvalidOperationException)
        {
            problem = $"theme/package-lock.json does not pin {package} (a version and an integrity); run 'npm install --prefix theme' to write it";
            return null;
        }

        var exe = OperatingSystem.IsWindows() ? ".exe" : "";
        var folder = Path.Combine(vendor.CacheFolder, "pagefind", $"{package["@pagefind/".Length..]}-{version}");
        var binary = Path.Combine(folder, "pagefind_extended" + exe);
        var note = Path.Combine(folder, "integrity");
        try
        {
            if (File.Exists(binary) && File.Exists(note) && File.ReadAllText(note) == integrity) return binary;
            var tarball = vendor.FetchPackage(package, version, integrity, "theme/package-lock.json");
            var bytes = VendorLibraries.ExtractFile(tarball, $"bin/pagefind_extended{exe}") ?? VendorLibraries.ExtractFile(tarball, $"bin/pagefind{exe}")
                ?? throw new InvalidDataException($"{package}@{version} has no bin/pagefind_extended{exe}");
            Directory.CreateDirectory(folder);
            var temp = binary + $".{Guid.NewGuid():N}.part";
            File.WriteAllBytes(temp, bytes);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.Move(temp, binary, overwrite: true);
            File.WriteAllText(note, integrity);
            return binary;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problem = $"{package}@{version} could not be restored from {vendor.Registry}: {ex.Message}";
            return null;
        }
    }

    /// <returns>A note for the build summary: what happened to search.</returns>
    public static string Build(string siteFolder, string themeFolder) => Build(siteFolder, themeFolder, VendorLibraries.FromEnvironment());

    public static string Build(string siteFolder, string themeFolder, VendorLibraries vendor) => Build(siteFolder, themeFolder, vendor, null);

    /// <param name="sourceFolder">
    /// The pages Pagefind reads (a <see cref="SearchSource"/>: the indexed pages, trimmed to what is indexed), or null to
    /// let it read the whole site; the index goes to the site's pagefind/ folder either way.
    /// </param>
    public static string Build(string siteFolder, string themeFolder, VendorLibraries vendor, string? sourceFolder)
    {
        if (sourceFolder is null) return Build(siteFolder, themeFolder, vendor, null, 1, null);
        var source = new SearchSource(sourceFolder);
        return Build(siteFolder, themeFolder, vendor, source, 1, null);
    }

    /// <summary>
    /// Indexes the pages of <paramref name="source"/> (null: the whole site) in buckets (<see cref="SearchBundles"/>),
    /// reusing the bundles <paramref name="cache"/> holds.
    /// </summary>
    /// <returns>A note for the build summary: what happened to search.</returns>
    /// <param name="built">Told the outcome of the bundles (not when there is no Pagefind, or no <paramref name="source"/>).</param>
    public static string Build(string siteFolder, string themeFolder, VendorLibraries vendor, SearchSource? source, int bucketCount, SearchBundleCache? cache,
        Action<SearchBundles.Outcome>? built = null)
    {
        var pagefind = FindPagefind(themeFolder, vendor, out var problem);
        if (pagefind is null) return NotFound(problem);
        // Pagefind runs while this process waits for it: first give back to the system what the render stage no longer
        // uses, so that the build and Pagefind together stay small (docs/performance.md, peak memory). Not when every
        // bundle is reused: then no Pagefind runs.
        static void GiveBack() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        if (source is null)
        {
            GiveBack();
            return RunOverSite(pagefind, siteFolder);
        }
        var outcome = SearchBundles.Build(siteFolder, pagefind, source, bucketCount, cache, GiveBack);
        built?.Invoke(outcome);
        return Note(siteFolder, outcome, cache);
    }

    /// <summary>
    /// Starts the index of a site whose pages are still being rendered (<see cref="SearchBundleQueue"/>): the source's
    /// pages go into their buckets' folders from now on. Null when there is no Pagefind (<paramref name="note"/> says why).
    /// </summary>
    /// <param name="discardPages">Whether each bucket's trimmed pages are deleted once its bundle is built (no build cache keeps them).</param>
    /// <param name="previous">The bundles of the site already in the output folder, which a bucket with the same key keeps (moved at commit).</param>
    public static SearchBundleQueue? Start(string siteFolder, string themeFolder, VendorLibraries vendor, SearchSource source,
        int bucketCount, IReadOnlySet<string> plans, IReadOnlySet<string> languages, SearchBundleCache? cache, out string? note,
        bool discardPages = false, SearchBundleSite? previous = null)
    {
        var pagefind = FindPagefind(themeFolder, vendor, out var problem);
        note = pagefind is null ? NotFound(problem) : null;
        if (pagefind is null) return null;
        source.Route(bucketCount, plans, languages);
        return new SearchBundleQueue(siteFolder, pagefind, source, bucketCount, cache, discardPages) { Previous = previous };
    }

    private static string NotFound(string? problem) =>
        $"search: not indexed, so the search page says search is not available ({problem ?? "Pagefind not found"}; " +
        "build once with access to the npm registry, or install it with 'npm ci --prefix theme')";

    /// <summary>
    /// A note for the build summary: what happened to search. When a bundle failed, the site gets no pagefind/ folder at
    /// all (never the index of some plans only), so the search page says search is not available.
    /// </summary>
    public static string Note(string siteFolder, SearchBundles.Outcome outcome, SearchBundleCache? cache)
    {
        if (outcome.Problem is not null)
        {
            var index = Path.Combine(siteFolder, "pagefind");
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
            return "search: not indexed, so the search page says search is not available (warning MAP029)";
        }
        // Where the unchanged bundles came from: the previous site (moved into the new one), the cache (copied), or both.
        var copied = outcome.Reused - outcome.Kept;
        var reused = outcome.Reused == 0 ? null
            : copied == 0 ? "kept from the previous site"
            : outcome.Kept == 0 ? $"reused from {cache!.Display}"
            : $"{outcome.Kept} kept from the previous site, {copied} reused from {cache!.Display}";
        if (outcome.Bundles <= 1)
            return reused is null ? "search: indexed with Pagefind" : $"search: indexed with Pagefind (unchanged since the last build, {reused})";
        return reused is null ? $"search: indexed with Pagefind in {outcome.Bundles} bundles"
            : $"search: indexed with Pagefind in {outcome.Bundles} bundles ({outcome.Reused} unchanged{(copied > 0 && outcome.Kept > 0 ? ": " : ", ")}{reused})";
    }

    /// <summary>The warning of a bucket whose bundle failed (MAP029), or null when every bundle is in the site.</summary>
    /// <param name="site">The output folder as shown to the user.</param>
    /// <param name="plans">Every plan the index holds; the message names those of the failed bucket.</param>
    public static Diagnostic? Failure(string site, SearchBundles.Outcome outcome, IEnumerable<string> plans, int bucketCount)
    {
        if (outcome.Problem is not { } problem) return null;
        var bucket = outcome.FailedBucket ?? 0;
        var count = Math.Max(1, bucketCount);
        return SearchNotIndexed.Instance.Create(site, bucket, count, plans.Where(p => SearchBuckets.Of(p, count) == bucket).ToList(), problem);
    }

    private static string RunOverSite(string pagefind, string siteFolder) =>
        SearchBundles.RunPagefind(pagefind, ["--site", siteFolder, "--silent"]) is { } problem
            ? $"search: not indexed ({problem})"
            : "search: indexed with Pagefind";
}
