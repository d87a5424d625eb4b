using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Rendering;

namespace StaticMap.Core.Writing;

/// <summary>
/// Restores the theme's client-side libraries (Chart.js) from theme/libman.json: LibMan's format, so LibMan users get
/// the same files, plus an "integrity" per library that StaticMap checks. Each library is fetched once as its npm
/// registry tarball, verified, cached, and copied into the site; pages never load it from a CDN. The same download,
/// check and cache serve the build's own tools (<see cref="SearchIndex"/> restores Pagefind with <see cref="FetchPackage"/>).
/// </summary>
public sealed class VendorLibraries
{
    // Long enough for Pagefind's binary (about 60 MB); an offline machine fails at once, on the name look-up.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMinutes(5) };

    public VendorLibraries(string cacheFolder, string registry)
    {
        CacheFolder = cacheFolder;
        Registry = registry.TrimEnd('/');
    }

    public string CacheFolder { get; }
    public string Registry { get; }

    /// <summary>The cache folder: $STATICMAP_CACHE, else $XDG_CACHE_HOME/staticmap, else ~/.cache/staticmap.</summary>
    public static VendorLibraries FromEnvironment()
    {
        var cache = Environment.GetEnvironmentVariable("STATICMAP_CACHE");
        if (string.IsNullOrEmpty(cache))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cache = Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".cache") : xdg, "staticmap");
        }
        var registry = Environment.GetEnvironmentVariable("STATICMAP_NPM_REGISTRY");
        return new VendorLibraries(cache, string.IsNullOrEmpty(registry) ? "https://registry.npmjs.org" : registry);
    }

    /// <summary>Copies every library's files into the site; problems fetching them become MAP081 diagnostics, a cache that
    /// cannot be written MAP084. libman.json is read through the theme's <see cref="RepositoryFiles"/>. Failures to write
    /// the site itself are not caught here: they are the output's (MAP082).</summary>
    public void Restore(Theme theme, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var files = theme.Files.With(diagnostics);
        var manifestPath = Path.Combine(theme.Folder, "libman.json");
        var display = theme.DisplayFolder + "/libman.json";
        if (FileKinds.Of(manifestPath) == FileKind.Missing) return;
        using var manifestFile = files.Open(manifestPath);
        if (manifestFile is null) return;
        LibraryManifest manifest;
        try
        {
            var text = TextFileReader.Decode(display, manifestFile.ReadAllBytes(), diagnostics);
            if (text is null) return;
            manifest = LibraryManifest.Parse(text.Text);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            diagnostics.Add(VendorLibraryFailed.Instance.Create(display, $"libman.json cannot be read: {ex.Message}"));
            return;
        }
        foreach (var library in manifest.Libraries)
        {
            var extracted = new List<(string Destination, byte[] Content)>();
            try
            {
                var sources = library.Files.Select(f => f.Source).Distinct(StringComparer.Ordinal).ToList();
                var unpacked = PackageFiles(library.Name, library.Version, library.Integrity, "libman.json", sources.Contains,
                    string.Join("\n", sources), diagnostics, display).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
                foreach (var (source, destination) in library.Files)
                    extracted.Add((destination, unpacked.GetValueOrDefault(source)
                        ?? throw new InvalidDataException($"the package has no file '{source}'; correct 'files' in libman.json")));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or InvalidDataException or FormatException)
            {
                diagnostics.Add(VendorLibraryFailed.Instance.Create(display, $"{library.Name}@{library.Version}: {ex.Message}"));
                continue;
            }
            foreach (var (destination, content) in extracted) output.WriteBytes(destination, content);
        }
    }

    /// <summary>
    /// The tarball of an npm package ("chart.js", "@pagefind/linux-x64"), from the cache (checked again) or else the
    /// registry; used only when it matches <paramref name="integrity"/>, which was pinned in <paramref name="pinnedIn"/>.
    /// A cache that cannot be written is MAP084 in <paramref name="diagnostics"/> when given; the download is used anyway.
    /// </summary>
    /// <exception cref="HttpRequestException">The registry cannot be reached.</exception>
    /// <exception cref="InvalidDataException">The download does not match the integrity.</exception>
    public byte[] FetchPackage(string name, string version, string integrity, string pinnedIn, DiagnosticBag? diagnostics = null, string? display = null)
    {
        var cached = Path.Combine(CacheFolder, "npm", $"{name.Replace('/', '+')}-{version}.tgz");
        if (FileKinds.Target(cached) == FileKind.Regular)
        {
            try
            {
                var bytes = File.ReadAllBytes(cached);
                if (Verify(bytes, integrity)) return bytes;
                File.Delete(cached);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable cache entry is fetched again; writing it below says what is wrong with the cache.
            }
        }
        var url = $"{Registry}/{name}/-/{name.Split('/')[^1]}-{version}.tgz";
        var downloaded = Http.GetByteArrayAsync(url).GetAwaiter().GetResult();
        if (!Verify(downloaded, integrity))
            throw new InvalidDataException($"the download from {url} does not match the integrity in {pinnedIn} ({integrity}); it was not used");
        var temp = cached + $".{Guid.NewGuid():N}.part";
        try
        {
            WriteFaults.Check(temp);
            Directory.CreateDirectory(Path.GetDirectoryName(cached)!);
            File.WriteAllBytes(temp, downloaded);
            File.Move(temp, cached, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try { File.Delete(temp); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            diagnostics?.Add(CacheNotWritable.Instance.Create(display ?? pinnedIn, CacheFolder, SystemErrors.Reason(ex)));
        }
        return downloaded;
    }

    /// <summary>
    /// The files of an npm package that <paramref name="wanted"/> selects (by path inside the package, "dist/chart.umd.js"),
    /// unpacked once into the cache folder ("files/chart.js-4.5.1/") beside a stamp: the integrity the tarball was checked
    /// against and the selection (<paramref name="selection"/>, e.g. the paths asked for). Later builds read the unpacked
    /// files when the stamp matches, without hashing and unpacking the tarball again (docs/performance.md, "Start-up"); a
    /// new version, integrity or selection unpacks again. The stamp is written last, so a half-written folder is not used.
    /// </summary>
    /// <exception cref="HttpRequestException">The package is not cached and the registry cannot be reached.</exception>
    /// <exception cref="InvalidDataException">The download does not match the integrity.</exception>
    public IReadOnlyList<(string Path, byte[] Content)> PackageFiles(string name, string version, string integrity, string pinnedIn,
        Func<string, bool> wanted, string selection, DiagnosticBag? diagnostics = null, string? display = null)
    {
        var folder = Path.Combine(CacheFolder, "files", $"{name.Replace('/', '+')}-{version}");
        var stamp = Path.Combine(folder, "stamp");
        var expected = $"{integrity}\n{selection}\n";
        try
        {
            if (FileKinds.Target(stamp) == FileKind.Regular && File.ReadAllText(stamp) is { } written && written.StartsWith(expected, StringComparison.Ordinal))
            {
                var paths = written[expected.Length..].Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (paths.All(p => wanted(p) && !p.Split('/').Contains("..")))
                    return [.. paths.Select(p => (p, File.ReadAllBytes(Path.Combine(folder, "package", p))))];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file of the unpacked copy is missing or unreadable: unpack the tarball again below.
        }

        var before = diagnostics?.Count ?? 0;
        var tarball = FetchPackage(name, version, integrity, pinnedIn, diagnostics, display);
        var files = ExtractFiles(tarball, wanted);
        var temp = folder + $".{Guid.NewGuid():N}.part";
        try
        {
            WriteFaults.Check(temp);
            foreach (var (path, content) in files)
            {
                var target = Path.Combine(temp, "package", path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, content);
            }
            File.WriteAllText(Path.Combine(temp, "stamp"), expected + string.Concat(files.Select(f => f.Path + "\n")));
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.Move(temp, folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another build unpacking the same package at the same moment, or a cache that cannot be written: the files are
            // used from memory. A cache that cannot be written is said once (FetchPackage has said it when it could not cache the tarball).
            try { if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true); }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException) { }
            if (diagnostics is not null && diagnostics.Count == before && !Directory.Exists(folder))
                diagnostics.Add(CacheNotWritable.Instance.Create(display ?? pinnedIn, CacheFolder, SystemErrors.Reason(ex)));
        }
        return files;
    }

    /// <summary>The files of an npm tarball that <paramref name="wanted"/> selects, by path inside the package, in one pass.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> ExtractFiles(byte[] tarball, Func<string, bool> wanted)
    {
        var files = new List<(string, byte[])>();
        using var gzip = new GZipStream(new MemoryStream(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            // npm tarballs put everything under "package/".
            var name = entry.Name.Contains('/') ? entry.Name[(entry.Name.IndexOf('/') + 1)..] : entry.Name;
            if (entry.DataStream is null || name.Split('/').Contains("..") || !wanted(name)) continue;
            using var buffer = new MemoryStream();
            entry.DataStream.CopyTo(buffer);
            files.Add((name, buffer.ToArray()));
        }
        return files;
    }

    /// <summary>Checks a Subresource Integrity value such as "sha512-…".</summary>
    public static bool Verify(byte[] content, string integrity)
    {
        var dash = integrity.IndexOf('-');
        if (dash < 0) return false;
        var expected = integrity[(dash + 1)..];
        var actual = integrity[..dash] switch
        {
            "sha512" => Convert.ToBase64String(SHA512.HashData(content)),
            "sha384" => Convert.ToBase64String(SHA384.HashData(content)),
            "sha256" => Convert.ToBase64String(SHA256.HashData(content)),
            _ => null,
        };
        return actual is not null && CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(actual), System.Text.Encoding.ASCII.GetBytes(expected));
    }

    /// <summary>One file of an npm tarball, by its path inside the package ("dist/chart.umd.js"); null when it has none.</summary>
    public static byte[]? ExtractFile(byte[] tarball, string path)
    {
        using var gzip = new GZipStream(new MemoryStream(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            // npm tarballs put everything under "package/".
            var name = entry.Name.Contains('/') ? entry.Name[(entry.Name.IndexOf('/') + 1)..] : entry.Name;
            if (name != path || entry.DataStream is null) continue;
            using var buffer = new MemoryStream();
            entry.DataStream.CopyTo(buffer);
            return buffer.ToArray();
        }
        return null;
    }
}

public sealed record VendorLibrary(string Name, string Version, string Integrity, IReadOnlyList<(string Source, string Destination)> Files);

/// <summary>The parts of libman.json StaticMap uses: library "name@version", files or fileMappings, destination, integrity.</summary>
public sealed record LibraryManifest(IReadOnlyList<VendorLibrary> Libraries)
{
    private static readonly string[] NpmProviders = ["jsdelivr", "unpkg"];

    public static LibraryManifest Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var defaultProvider = root.TryGetProperty("defaultProvider", out var dp) ? dp.GetString() : null;
        var libraries = new List<VendorLibrary>();
        foreach (var entry in root.GetProperty("libraries").EnumerateArray())
        {
            var id = entry.GetProperty("library").GetString() ?? throw new FormatException("a library has no 'library'");
            var at = id.LastIndexOf('@');
            if (at <= 0) throw new FormatException($"'{id}' has no version; write it as name@version");
            var provider = entry.TryGetProperty("provider", out var p) ? p.GetString() : defaultProvider;
            if (!NpmProviders.Contains(provider))
                throw new FormatException($"'{id}' uses provider '{provider}'; StaticMap restores npm packages, so use jsdelivr or unpkg");
            var integrity = entry.TryGetProperty("integrity", out var i) ? i.GetString() : null;
            if (string.IsNullOrEmpty(integrity))
                throw new FormatException($"'{id}' has no 'integrity'; add the npm tarball's integrity (npm view {id} dist.integrity)");
            var destination = (entry.TryGetProperty("destination", out var d) ? d.GetString() : null) ?? "";
            var files = new List<(string, string)>();
            if (entry.TryGetProperty("fileMappings", out var mappings))
            {
                foreach (var mapping in mappings.EnumerateArray())
                {
                    var mappingRoot = mapping.TryGetProperty("root", out var r) ? r.GetString() ?? "" : "";
                    var mappingDestination = mapping.TryGetProperty("destination", out var md) ? md.GetString() ?? destination : destination;
                    foreach (var file in mapping.GetProperty("files").EnumerateArray())
                        files.Add((Join(mappingRoot, file.GetString()!), Join(mappingDestination, file.GetString()!)));
                }
            }
            if (entry.TryGetProperty("files", out var plainFiles))
            {
                foreach (var file in plainFiles.EnumerateArray())
                    files.Add((file.GetString()!, Join(destination, file.GetString()!)));
            }
            foreach (var (_, target) in files)
            {
                if (!target.StartsWith("static/", StringComparison.Ordinal) || target.Contains(".."))
                    throw new FormatException($"'{id}' copies to '{target}'; destinations must be under static/ in the theme");
            }
            libraries.Add(new VendorLibrary(id[..at], id[(at + 1)..], integrity, files));
        }
        return new LibraryManifest(libraries);
    }

    private static string Join(string folder, string file) => folder.Length == 0 ? file : folder.TrimEnd('/') + "/" + file;
}
