namespace StaticMap.Core.Writing;

/// <summary>
/// Where built Pagefind bundles are kept between builds: one folder per bundle, named by its key
/// (<see cref="SearchBundles.Key"/>), in the build cache's folder, <c>.staticmap/cache/pagefind/</c> (gitignored; none with <c>--no-cache</c>: <c>SiteBuilder.Build</c> makes it from the build's cache folder).
/// An entry is built in a temporary folder and renamed into place, so a half-written entry is never read; a cache that
/// cannot be written only costs time (the bundle is built into the site as before).
/// </summary>
public sealed class SearchBundleCache(string folder, string? display = null)
{
    /// <summary>How many entries beyond the ones the last build used are kept (a branch switched back and forth stays warm).</summary>
    public const int SpareEntries = 16;

    public string Folder { get; } = folder;

    /// <summary>How the build's note names the folder: ".staticmap/cache/pagefind" for a repository's.</summary>
    public string Display { get; } = display ?? folder;

    /// <summary>The entry of a key, or null when there is none; an entry found is marked as used now (kept by <see cref="Prune"/>).</summary>
    public string? Find(string key)
    {
        var entry = Path.Combine(Folder, key);
        if (!Directory.Exists(entry)) return null;
        try { Directory.SetLastWriteTimeUtc(entry, DateTime.UtcNow); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        return entry;
    }

    /// <summary>A new empty folder inside the cache to build an entry in, or null when the cache cannot be written.</summary>
    public string? NewTemporary()
    {
        try
        {
            var temp = Path.Combine(Folder, $".tmp-{Guid.NewGuid():N}");
            Directory.CreateDirectory(temp);
            return temp;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Renames a folder built by <see cref="NewTemporary"/> into the entry of <paramref name="key"/>; the entry, or null when that failed.</summary>
    public string? Store(string key, string built)
    {
        var entry = Path.Combine(Folder, key);
        try
        {
            // Another build stored the same key first (same pages, same Pagefind: the same bytes): keep its entry, which
            // it may be copying from.
            if (!Directory.Exists(entry)) Directory.Move(built, entry);
            return entry;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Directory.Exists(entry) ? entry : null;
        }
    }

    /// <summary>
    /// Removes what no build needs: temporary folders older than a day, and the entries beyond the ones in
    /// <paramref name="used"/> and the <see cref="SpareEntries"/> used most recently.
    /// </summary>
    public void Prune(IReadOnlySet<string> used)
    {
        try
        {
            if (!Directory.Exists(Folder)) return;
            var stale = new DirectoryInfo(Folder).GetDirectories()
                .Where(d => !used.Contains(d.Name))
                .Where(d => !d.Name.StartsWith(".tmp-", StringComparison.Ordinal) || d.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1))
                .OrderByDescending(d => d.LastWriteTimeUtc)
                .Skip(SpareEntries);
            foreach (var entry in stale)
            {
                try { entry.Delete(recursive: true); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}
