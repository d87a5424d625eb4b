using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Writing;

/// <summary>
/// The search bundles of the site already in an output folder, as the build that wrote them recorded them: each bundle's
/// key (<see cref="SearchBundles"/>), its folder in the site (<c>pagefind/</c>, <c>pagefind/b3/</c>) and each of its
/// files with its size and modification time, in <c>.staticmap/cache/pagefind/site-&lt;hash of the output path&gt;.txt</c>.
/// A bucket of the new build whose key is a recorded bundle's, whose files the previous site still holds exactly as
/// recorded, keeps that bundle: at commit, with the build cache's unchanged plans, its folder is renamed from the previous
/// site into the new one (<see cref="MoveInto"/>; bundle 0, whose folder holds the others', entry by entry), not copied
/// file by file; if the new site cannot be swapped in, <see cref="MoveBack"/> puts it back, so a failed build leaves the
/// previous site byte for byte. A bundle that is missing, changed or not recorded is built as before (from the cache's
/// copy, or by Pagefind). A record that does not parse is ignored; one that cannot be written only costs time.
/// </summary>
public sealed class SearchBundleSite
{
    private const string Header = "staticmap-search-site 1";
    private readonly string _finalPath;
    private readonly string _recordPath;
    private readonly Dictionary<string, Bundle> _recorded;
    private readonly Dictionary<int, Bundle> _claimed = [];
    private readonly List<(string From, string To)> _moved = [];

    private SearchBundleSite(string finalPath, string recordPath, Dictionary<string, Bundle> recorded)
    {
        _finalPath = finalPath;
        _recordPath = recordPath;
        _recorded = recorded;
    }

    private sealed record Bundle(string Key, string Folder, List<Stamp> Files);

    /// <summary>A file of a bundle: its path under the bundle's folder ('/'-separated), size and modification time (ticks).</summary>
    private readonly record struct Stamp(string Path, long Length, long Modified);

    /// <summary>The bundles recorded for the site at <paramref name="finalPath"/> (none when there is no record, or it does not parse).</summary>
    public static SearchBundleSite Open(SearchBundleCache cache, string finalPath)
    {
        var record = Path.Combine(cache.Folder, "site-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(finalPath))))[..32] + ".txt");
        return new SearchBundleSite(Path.GetFullPath(finalPath), record, Read(record) ?? []);
    }

    /// <summary>How many bundles this build keeps from the previous site.</summary>
    public int Kept
    {
        get { lock (_claimed) return _claimed.Count; }
    }

    /// <summary>
    /// Whether the previous site holds the bundle of <paramref name="key"/>, intact: then it is <paramref name="bucket"/>'s
    /// bundle in the new site, moved at commit. Safe to call for several buckets at once; a bundle is claimed once.
    /// </summary>
    public bool Claim(string key, int bucket)
    {
        Bundle? bundle;
        lock (_claimed)
            if (!_recorded.TryGetValue(key, out bundle) || _claimed.ContainsValue(bundle)) return false;
        // Bundle 0's folder holds the others': a bundle moves only into the place of its kind.
        if ((bucket == 0) != (bundle.Folder == "pagefind") || !Intact(bundle)) return false;
        lock (_claimed)
        {
            if (_claimed.ContainsValue(bundle) || _claimed.ContainsKey(bucket)) return false;
            _claimed[bucket] = bundle;
            return true;
        }
    }

    /// <summary>
    /// Moves the claimed bundles from the previous site into the new one at <paramref name="tempPath"/> (at commit, after
    /// every bundle is built). On a failure what was moved is put back and the failure thrown (MAP082).
    /// </summary>
    public void MoveInto(string tempPath)
    {
        List<KeyValuePair<int, Bundle>> claimed;
        lock (_claimed) claimed = [.. _claimed.OrderBy(c => c.Key)];
        foreach (var (bucket, bundle) in claimed)
        {
            foreach (var (from, to) in Entries(bundle.Folder, Folder(bucket), tempPath))
            {
                try
                {
                    WriteFaults.Check(to);
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    if (Directory.Exists(from)) Directory.Move(from, to);
                    else File.Move(from, to);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    MoveBack();
                    throw new OutputWriteException(to, ex);
                }
                _moved.Add((from, to));
            }
        }
    }

    /// <summary>Puts back what <see cref="MoveInto"/> moved, when the new site could not be swapped in.</summary>
    public void MoveBack()
    {
        for (var i = _moved.Count - 1; i >= 0; i--)
        {
            var (from, to) = _moved[i];
            try
            {
                if (Directory.Exists(to)) Directory.Move(to, from);
                else File.Move(to, from);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        _moved.Clear();
    }

    /// <summary>
    /// Records the bundles of the site now at the output folder (after the swap): <paramref name="bundles"/>, each bucket
    /// with the key it was built or reused under. A kept bundle's files are the ones recorded before (moved as they were);
    /// the others are listed. No bundles (a site without search): an empty record.
    /// </summary>
    public void Record(IEnumerable<(int Bucket, string Key)> bundles)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var (bucket, key) in bundles.OrderBy(b => b.Bucket))
        {
            Bundle? kept;
            lock (_claimed) kept = _claimed.GetValueOrDefault(bucket);
            var folder = Folder(bucket);
            var files = kept is not null && kept.Key == key ? kept.Files : Stamps(_finalPath, folder);
            if (files is null) continue;
            text.Append("bundle\t").Append(key).Append('\t').Append(folder).Append('\n');
            foreach (var file in files)
                text.Append("file\t").Append(file.Length).Append('\t').Append(file.Modified).Append('\t').Append(file.Path).Append('\n');
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_recordPath)!);
            var temporary = _recordPath + $".{Environment.ProcessId}.tmp";
            File.WriteAllText(temporary, text.ToString(), new UTF8Encoding(false));
            File.Move(temporary, _recordPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Only time is lost: the next build finds no record (or an older one, whose bundles it checks) and builds them.
            try { File.Delete(_recordPath); }
            catch (Exception inner) when (inner is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>A bucket's folder in the site, relative: "pagefind" for bucket 0, "pagefind/b3" for bucket 3.</summary>
    private static string Folder(int bucket) => SearchBuckets.Path(bucket).Trim('/');

    /// <summary>Whether a folder under pagefind/ is another bucket's bundle ("b3"), which bundle 0's folder holds but is not part of it.</summary>
    private static bool IsBucketFolder(string name) => name.Length > 1 && name[0] == 'b' && !name.AsSpan(1).ContainsAnyExceptInRange('0', '9');

    /// <summary>A bundle's folder as the record names it: "pagefind", or "pagefind/b3".</summary>
    private static bool IsBundleFolder(string folder) =>
        folder == "pagefind" || folder.StartsWith("pagefind/", StringComparison.Ordinal) && IsBucketFolder(folder["pagefind/".Length..]);

    /// <summary>What moves for a bundle: its folder, or for bundle 0 (pagefind/, which holds the others') each of its entries but the other bundles.</summary>
    private IEnumerable<(string From, string To)> Entries(string from, string to, string tempPath)
    {
        var source = Path.Combine(_finalPath, from.Replace('/', Path.DirectorySeparatorChar));
        var target = Path.Combine(tempPath, to.Replace('/', Path.DirectorySeparatorChar));
        if (from.Contains('/')) return [(source, target)];
        return new DirectoryInfo(source).EnumerateFileSystemInfos()
            .Where(e => e is not DirectoryInfo || !IsBucketFolder(e.Name))
            .Select(e => (e.FullName, Path.Combine(target, e.Name)))
            .OrderBy(e => e.Item2, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Whether the previous site's folder of <paramref name="bundle"/> holds exactly the files recorded, unchanged.</summary>
    private bool Intact(Bundle bundle)
    {
        var stamps = Stamps(_finalPath, bundle.Folder);
        return stamps is not null && stamps.SequenceEqual(bundle.Files);
    }

    /// <summary>
    /// The files of the bundle at <paramref name="folder"/> under <paramref name="root"/> in path order (bundle 0's without
    /// the other bundles' folders), or null when the folder is missing, holds a link, or cannot be read.
    /// </summary>
    private static List<Stamp>? Stamps(string root, string folder)
    {
        var full = Path.Combine(root, folder.Replace('/', Path.DirectorySeparatorChar));
        var primary = !folder.Contains('/');
        try
        {
            if (FileKinds.Of(full) != FileKind.Folder) return null;
            var stamps = new List<Stamp>();
            var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0 };
            var pending = new Stack<(DirectoryInfo Folder, string Relative)>();
            pending.Push((new DirectoryInfo(full), ""));
            while (pending.Count > 0)
            {
                var (directory, relative) = pending.Pop();
                foreach (var entry in directory.EnumerateFileSystemInfos("*", options))
                {
                    // The listing's own lstat() says whether it is a link: a bundle is never one.
                    if ((entry.Attributes & FileAttributes.ReparsePoint) != 0) return null;
                    var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                    if (entry is DirectoryInfo sub)
                    {
                        if (!(primary && relative.Length == 0 && IsBucketFolder(entry.Name))) pending.Push((sub, path));
                    }
                    else stamps.Add(new Stamp(path, ((FileInfo)entry).Length, entry.LastWriteTimeUtc.Ticks));
                }
            }
            stamps.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return stamps;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static Dictionary<string, Bundle>? Read(string path)
    {
        string[] lines;
        try
        {
            if (!File.Exists(path)) return null;
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (lines.Length == 0 || lines[0] != Header) return null;
        var bundles = new Dictionary<string, Bundle>(StringComparer.Ordinal);
        Bundle? current = null;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split('\t');
            switch (cells[0])
            {
                case "bundle" when cells.Length == 3 && cells[1].Length == 64 && IsBundleFolder(cells[2]):
                    current = new Bundle(cells[1], cells[2], []);
                    if (!bundles.TryAdd(current.Key, current)) return null;
                    break;
                case "file" when cells.Length == 4 && current is not null && long.TryParse(cells[1], out var length)
                    && long.TryParse(cells[2], out var modified) && Relative(cells[3]):
                    current.Files.Add(new Stamp(cells[3], length, modified));
                    break;
                default:
                    return null;
            }
        }
        foreach (var bundle in bundles.Values) bundle.Files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return bundles;
    }

    /// <summary>A path inside a bundle: never absolute, never "..".</summary>
    private static bool Relative(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\') && path.Split('/').All(s => s is not ("" or "." or ".."));
}
