using System.Security.Cryptography;
using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Reading;
using StaticMap.Core.Writing;

namespace StaticMap.Core.Caching;

/// <summary>
/// The persistent build cache (<c>&lt;repository&gt;/.staticmap/cache/</c>, ignored by Git; <c>build --no-cache</c> turns it
/// off): for each output folder a build wrote, the key of each plan's outputs (<see cref="PlanKeys"/>) and the files they
/// are: their count and one SHA-256 over every file's path, size and modification time (<see cref="Listing"/>), not a line
/// per file (a 7.2 MB manifest read and written whole by every warm build at 1,000 plans). The next build whose plan has the same key, and whose previous output
/// still holds exactly those files, renders nothing for that plan: at commit, after everything else succeeded, the plan's
/// folders (<c>alameda-county/</c>, <c>es/alameda-county/</c>) are moved from the previous site into the new one, so the
/// new site is byte for byte what a build without the cache writes, and a failed build leaves the previous site as it was.
/// An entry that does not parse is deleted and the plans are rendered; a cache that cannot be written is a warning (MAP084).
/// </summary>
public sealed class BuildCache
{
    private const string Header = "staticmap-outputs 2";
    private readonly List<Diagnostic> _problems = [];
    private IReadOnlyDictionary<string, string> _keys = new Dictionary<string, string>();
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _folders = new Dictionary<string, IReadOnlyList<string>>();
    private readonly List<string> _reused = [];
    private readonly List<string> _moved = [];
    // The manifest entries of the reused plans: their folders are moved into the new site as they are, so the next
    // manifest lists the same files without listing them again.
    private readonly Dictionary<string, Entry> _kept = new(StringComparer.Ordinal);

    /// <param name="folder">The cache folder: <see cref="FolderIn"/> for a build, any folder for a test.</param>
    /// <param name="display">How warnings name it (".staticmap/cache").</param>
    public BuildCache(string folder, string display = FolderName)
    {
        Folder = Path.GetFullPath(folder);
        Display = display;
    }

    /// <summary>How observers see the part of the render stage that computes the keys and finds what can be reused.</summary>
    public const string StepName = "build cache";

    /// <summary>The cache's place in a repository, as the documentation and the warnings name it.</summary>
    public const string FolderName = ".staticmap/cache";

    /// <summary>The cache folder of the repository at <paramref name="root"/>.</summary>
    public static string FolderIn(string root) => Path.Combine(Path.GetFullPath(root), ".staticmap", "cache");

    public string Folder { get; }
    public string Display { get; }

    private FileHashes? _hashes;

    /// <summary>The hashes of the files the keys read, kept under their stamps (<c>file-hashes.txt</c>), written with the manifest.</summary>
    public FileHashes Hashes => _hashes ??= FileHashes.In(Folder);

    private FeedSummaryRecord? _feed;

    /// <summary>The feed's summaries of the last build under their plans' keys (<c>feed-summaries.txt</c>), written with the manifest.</summary>
    public FeedSummaryRecord Feed => _feed ??= FeedSummaryRecord.In(Folder);

    private RuleRecord? _rules;

    /// <summary>The plan rules' diagnostics of the last build under content keys (<c>rules.txt</c>), written by the validate stage.</summary>
    public RuleRecord Rules => _rules ??= RuleRecord.In(Folder);

    private MarkdownRecord? _markdown;

    /// <summary>The facts of the narratives the last build parsed, under their texts' hashes (<c>markdown.txt</c>), read and written by the parse stage.</summary>
    public MarkdownRecord Markdown => _markdown ??= MarkdownRecord.In(Folder);

    private YamlRecord? _yaml;

    private TextFileRecord? _textFiles;

    /// <summary>How the last build split each plan file, under its stamp (<c>text-files.txt</c>): a file it knows is not read by the parse stage.</summary>
    public TextFileRecord TextFiles => _textFiles ??= TextFileRecord.In(Folder);

    /// <summary>The trees of the YAML texts the last build loaded, under their texts' hashes (<c>yaml.bin</c>), read and written by the parse stage.</summary>
    public YamlRecord Yaml => _yaml ??= YamlRecord.In(Folder);

    /// <summary>What could not be written (MAP084, warnings): the site is written all the same.</summary>
    public IReadOnlyList<Diagnostic> Problems => _problems;

    /// <summary>The key of each plan the cache keys (given to <see cref="Begin"/>): the search buckets' keys are made of them.</summary>
    public IReadOnlyDictionary<string, string> Keys => _keys;

    /// <summary>The plans whose outputs this build takes from the previous site instead of rendering them.</summary>
    public IReadOnlyList<string> Reused => _reused;

    /// <summary>The pages of the reused plans (counted as written: the site has them).</summary>
    public int ReusedPages { get; private set; }

    /// <summary>
    /// Which published plans need no rendering: same key as in the manifest of the previous build into this output, and
    /// their folders there hold exactly the files it lists. Their indexed pages are handed to the search source now.
    /// </summary>
    /// <param name="keys">Each published plan's key.</param>
    /// <param name="folders">Each published plan's output folders, relative to the site ("alameda-county", "es/alameda-county").</param>
    public IReadOnlySet<string> Begin(OutputFolder output, IReadOnlyDictionary<string, string> keys, IReadOnlyDictionary<string, IReadOnlyList<string>> folders)
    {
        _keys = keys;
        _folders = folders;
        _reused.Clear();
        _moved.Clear();
        ReusedPages = 0;
        _kept.Clear();
        var reused = new HashSet<string>(StringComparer.Ordinal);
        var manifest = Read(output.FinalPath);
        if (manifest is null) return reused;
        // The previous site's folders are listed plan by plan, in parallel: at 1,000 plans, tens of thousands of files.
        var candidates = keys.Where(k => manifest.TryGetValue(k.Key, out var entry) && entry.Key == k.Value
            && entry.Folders.SequenceEqual(folders[k.Key], StringComparer.Ordinal)).Select(k => k.Key).ToList();
        // Each candidate's folders listed now, and the listing's digest compared with the recorded one.
        var listings = new Listing?[candidates.Count];
        Parallel.For(0, candidates.Count, i =>
        {
            var entry = manifest[candidates[i]];
            var listing = Listing.Of(output.FinalPath, entry.Folders);
            if (listing.Matches(entry)) listings[i] = listing;
        });
        var found = new Dictionary<string, Listing>(StringComparer.Ordinal);
        for (var i = 0; i < candidates.Count; i++)
            if (listings[i] is { } listing) found[candidates[i]] = listing;
        reused.UnionWith(found.Keys);
        foreach (var id in reused.Order(StringComparer.Ordinal))
        {
            var entry = manifest[id] with { Files = found[id].Files };
            _kept[id] = entry;
            _reused.Add(id);
            ReusedPages += entry.Files.Count(f => IsPage(f.Path));
            if (output.Search is not { } search) continue;
            // Its bucket counts it, as if its plan.json had been written again.
            foreach (var file in entry.Files.Where(f => f.Path.EndsWith("/plan.json", StringComparison.Ordinal) && f.Path.IndexOf('/') == f.Path.Length - "/plan.json".Length))
                search.AddPlan(file.Path[..^"/plan.json".Length]);
            // What Pagefind reads of the plan's pages, kept by the build that wrote them: it stays in the cache unless the plan's
            // bucket is indexed again (SearchSource.Gather), when it is moved in, or else trimmed again from the previous site.
            foreach (var folder in _folders[id])
                search.Defer(folder, Path.Combine(SearchFolder, folder), () => TrimAgain(output.FinalPath, entry, folder, search));
        }
        return reused;
    }

    /// <summary>A reused plan's pages under <paramref name="folder"/> handed to the search source again, read from the previous site.</summary>
    private static void TrimAgain(string finalPath, Entry entry, string folder, SearchSource search)
    {
        foreach (var file in entry.Files.Where(f => IsPage(f.Path) && f.Path.Length > folder.Length && f.Path[folder.Length] == '/'
                     && f.Path.StartsWith(folder, StringComparison.Ordinal)))
        {
            try
            {
                search.Add(file.Path, File.ReadAllBytes(Path.Combine(finalPath, file.Path)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Checked at the commit: a folder that cannot be moved fails the build, the previous site kept.
            }
        }
    }

    /// <summary>Where the trimmed copies of each plan's indexed pages (<see cref="SearchSource"/>) are kept between builds.</summary>
    private string SearchFolder => Path.Combine(Folder, "search");

    /// <summary>
    /// Keeps what Pagefind read of each published plan's pages for the next build (once the index is built): a reused plan's
    /// pages are then not trimmed again. Nothing is kept from a source that could not be written; a failure is a cache miss.
    /// </summary>
    public void KeepSearch(SearchSource source)
    {
        try
        {
            if (source.Problem is not null)
            {
                if (Directory.Exists(SearchFolder)) Directory.Delete(SearchFolder, recursive: true);
                return;
            }
            foreach (var folder in _keys.Keys.SelectMany(id => _folders[id]))
            {
                // A reused plan's pages whose bucket was not indexed again never left the cache (SearchSource.Defer).
                if (source.IsDeferred(folder)) continue;
                var kept = Path.Combine(SearchFolder, folder);
                WriteFaults.Check(kept);
                if (Directory.Exists(kept)) Directory.Delete(kept, recursive: true);
                var written = source.PathOf(folder);
                // A folder without indexed pages is kept empty; one that could not be moved is not kept at all (not half of
                // it): the next build trims the plan's pages again.
                if (!Directory.Exists(written)) Directory.CreateDirectory(kept);
                else if (!FolderMove.TryMove(written, kept) && Directory.Exists(kept)) Directory.Delete(kept, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Moves the reused plans' folders from the previous site into the new one (at commit, after everything else).</summary>
    public void MoveInto(OutputFolder output)
    {
        foreach (var id in _reused)
        {
            foreach (var folder in _folders[id])
            {
                var from = Path.Combine(output.FinalPath, folder);
                var to = Path.Combine(output.TempPath, folder);
                try
                {
                    WriteFaults.Check(to);
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    Directory.Move(from, to);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    MoveBack(output);
                    throw new OutputWriteException(to, ex);
                }
                _moved.Add(folder);
            }
        }
    }

    /// <summary>Puts back what <see cref="MoveInto"/> moved, when the new site could not be swapped in.</summary>
    public void MoveBack(OutputFolder output)
    {
        for (var i = _moved.Count - 1; i >= 0; i--)
        {
            try
            {
                Directory.Move(Path.Combine(output.TempPath, _moved[i]), Path.Combine(output.FinalPath, _moved[i]));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        _moved.Clear();
    }

    /// <summary>A page of a plan: every page is an HTML file, and a plan writes no other HTML.</summary>
    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>Writes the manifest of the site now at <paramref name="finalPath"/>: each published plan's key, folders and files.</summary>
    public void Record(string finalPath)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        var plans = _keys.OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
        // A reused plan's folders were moved, not written: its files are the ones its entry was reused under. The others are
        // listed. A plan whose folders hold a link or cannot be listed is left out (rendered by the next build).
        var files = new (int Count, string Digest)?[plans.Count];
        Parallel.For(0, plans.Count, i => files[i] = _kept.TryGetValue(plans[i].Key, out var kept) && kept.Key == plans[i].Value
            ? (kept.Count, kept.Digest)
            : Listing.Of(finalPath, _folders[plans[i].Key]) is { Digest: { } digest } listing ? (listing.Files.Count, digest) : null);
        for (var i = 0; i < plans.Count; i++)
        {
            var (id, key) = plans[i];
            if (files[i] is not { } listed) continue;
            text.Append("plan\t").Append(id).Append('\t').Append(key).Append('\n');
            foreach (var folder in _folders[id]) text.Append("folder\t").Append(folder).Append('\n');
            text.Append("files\t").Append(listed.Count).Append('\t').Append(listed.Digest).Append('\n');
        }
        var path = ManifestPath(finalPath);
        try
        {
            WriteFaults.Check(path);
            RecordFile.Replace(path, text.ToString());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _problems.Add(CacheNotWritable.Instance.CreateBuildCache(Display, SystemErrors.Reason(ex)));
            return;
        }
        _hashes?.Save();
        _feed?.Save();
    }

    /// <summary>The manifest of the output folder at <paramref name="finalPath"/>: one file per output folder, named by its path.</summary>
    private string ManifestPath(string finalPath) =>
        Path.Combine(Folder, "outputs", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(finalPath)))[..32] + ".txt");

    /// <summary>A plan's line in the manifest: its key, its folders in the site, and its files' count and digest (<see cref="Listing"/>).
    /// The files themselves are known only once listed (<see cref="Begin"/>).</summary>
    private sealed record Entry(string Key, List<string> Folders)
    {
        public int Count { get; set; } = -1;
        public string Digest { get; set; } = "";
        public IReadOnlyList<Stamp> Files { get; init; } = [];
    }

    private readonly record struct Stamp(string Path, long Length, long Modified);

    /// <summary>The manifest, or null when there is none or it does not parse (then it is deleted: the plans are rendered).</summary>
    private Dictionary<string, Entry>? Read(string finalPath)
    {
        var path = ManifestPath(finalPath);
        if (RecordFile.ReadLines(path) is not { } lines) return null;
        var entries = Parse(lines);
        if (entries is null)
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
        }
        return entries;
    }

    private static Dictionary<string, Entry>? Parse(string[] lines)
    {
        var entries = RecordFile.ReadPlans(lines, Header, key => new Entry(key, []), ReadLine);
        // Every plan has its files' line.
        return entries is not null && entries.Values.All(e => e.Count >= 0) ? entries : null;
    }

    /// <summary>A line of a plan in the manifest: a folder, or its files' count and digest (once); false when it does not parse.</summary>
    private static bool ReadLine(Entry plan, string line)
    {
        if (line.StartsWith("files\t", StringComparison.Ordinal))
        {
            var cells = line.Split('\t');
            if (plan.Count >= 0 || cells.Length != 3 || cells[2].Length != 64 || !cells[2].All(char.IsAsciiHexDigitLower)
                || !int.TryParse(cells[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count))
                return false;
            (plan.Count, plan.Digest) = (count, cells[2]);
            return true;
        }
        if (!line.StartsWith("folder\t", StringComparison.Ordinal)) return false;
        var folder = line[7..];
        if (folder.Contains('\t') || !Relative(folder)) return false;
        plan.Folders.Add(folder);
        return true;
    }

    /// <summary>A path inside the site: never absolute, never "..".</summary>
    private static bool Relative(ReadOnlySpan<char> path)
    {
        if (path.Length == 0 || path[0] == '/' || path.Contains('\\')) return false;
        foreach (var segment in path.Split('/'))
        {
            if (path[segment] is "" or "." or "..") return false;
        }
        return true;
    }

    /// <summary>
    /// The files under a plan's folders in the site as they are now: each file's path (relative to the site), size and
    /// modification time, from the listing's own <c>lstat()</c>, in the paths' ordinal order; and their digest, a SHA-256 over
    /// every file's "path, tab, size, tab, time, line feed" in that order, which the manifest keeps. Null digest when a folder
    /// holds a link (a file the site does not own) or cannot be listed: such a listing matches no entry.
    /// </summary>
    private sealed class Listing
    {
        private Listing(List<Stamp> files, string? digest) => (Files, Digest) = (files, digest);

        public List<Stamp> Files { get; }

        public string? Digest { get; }

        /// <summary>Whether the files are exactly the ones the entry was recorded with.</summary>
        public bool Matches(Entry entry) => Digest is not null && Files.Count == entry.Count && Digest == entry.Digest;

        private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0 };

        public static Listing Of(string finalPath, IEnumerable<string> folders)
        {
            var stamps = new List<Stamp>();
            // The listing's entries, not a FileInfo per file: its lstat() says whether a file is a link (no readlink()).
            var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(finalPath));
            foreach (var folder in folders)
            {
                var full = Path.Combine(finalPath, folder);
                try
                {
                    if (FileKinds.Of(full) != FileKind.Folder) continue;
                    var linked = false;
                    var files = new System.IO.Enumeration.FileSystemEnumerable<Stamp>(full, (ref System.IO.Enumeration.FileSystemEntry file) =>
                    {
                        if ((file.Attributes & FileAttributes.ReparsePoint) != 0) return default;
                        // The path relative to the site, made once from the entry's folder and name.
                        var directory = file.Directory;
                        var relative = directory.Length > prefix.Length && directory.StartsWith(prefix, StringComparison.Ordinal) && directory[prefix.Length] == '/'
                            ? string.Concat(directory[(prefix.Length + 1)..], "/", file.FileName)
                            : Path.GetRelativePath(finalPath, file.ToFullPath()).Replace(Path.DirectorySeparatorChar, '/');
                        return new Stamp(relative, file.Length, file.LastWriteTimeUtc.UtcDateTime.Ticks);
                    }, Everything) { ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry file) => !file.IsDirectory };
                    foreach (var stamp in files)
                    {
                        if (stamp.Path is null) { linked = true; break; }
                        stamps.Add(stamp);
                    }
                    if (linked) return new Listing(stamps, null);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return new Listing(stamps, null);
                }
            }
            stamps.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return new Listing(stamps, DigestOf(stamps));
        }

        private static string DigestOf(List<Stamp> stamps)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            // Each line's UTF-8 written straight into one buffer (no string per file), one call into the hash per 64 KiB.
            var bytes = new byte[64 * 1024];
            var used = 0;
            foreach (var stamp in stamps)
            {
                var most = Encoding.UTF8.GetMaxByteCount(stamp.Path.Length) + 2 * 21 + 3;
                if (used + most > bytes.Length)
                {
                    hash.AppendData(bytes, 0, used);
                    used = 0;
                }
                if (most > bytes.Length) bytes = new byte[most];
                var line = bytes.AsSpan(used);
                var at = Encoding.UTF8.GetBytes(stamp.Path, line);
                line[at++] = (byte)'\t';
                System.Buffers.Text.Utf8Formatter.TryFormat(stamp.Length, line[at..], out var written);
                at += written;
                line[at++] = (byte)'\t';
                System.Buffers.Text.Utf8Formatter.TryFormat(stamp.Modified, line[at..], out written);
                at += written;
                line[at++] = (byte)'\n';
                used += at;
            }
            hash.AppendData(bytes, 0, used);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
    }
}
