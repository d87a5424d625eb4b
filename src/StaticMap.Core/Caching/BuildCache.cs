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
/// are, with their size and modification time. The next build whose plan has the same key, and whose previous output
/// still holds exactly those files, renders nothing for that plan: at commit, after everything else succeeded, the plan's
/// folders (<c>alameda-county/</c>, <c>es/alameda-county/</c>) are moved from the previous site into the new one, so the
/// new site is byte for byte what a build without the cache writes, and a failed build leaves the previous site as it was.
/// An entry that does not parse is deleted and the plans are rendered; a cache that cannot be written is a warning (MAP084).
/// </summary>
public sealed class BuildCache
{
    private const string Header = "staticmap-outputs 1";
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
        var intact = new bool[candidates.Count];
        Parallel.For(0, candidates.Count, i => intact[i] = Intact(output.FinalPath, manifest[candidates[i]]));
        for (var i = 0; i < candidates.Count; i++)
            if (intact[i]) reused.Add(candidates[i]);
        foreach (var id in reused.Order(StringComparer.Ordinal))
        {
            var entry = manifest[id];
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
        // A reused plan's folders were moved, not written: its files are the ones its entry lists. The others are listed.
        var stamps = new List<Stamp>[plans.Count];
        Parallel.For(0, plans.Count, i => stamps[i] = _kept.TryGetValue(plans[i].Key, out var kept) && kept.Key == plans[i].Value
            ? kept.Files
            : Stamps(finalPath, _folders[plans[i].Key]));
        for (var i = 0; i < plans.Count; i++)
        {
            var (id, key) = plans[i];
            text.Append("plan\t").Append(id).Append('\t').Append(key).Append('\n');
            foreach (var folder in _folders[id]) text.Append("folder\t").Append(folder).Append('\n');
            foreach (var file in stamps[i])
                text.Append("file\t").Append(file.Length).Append('\t').Append(file.Modified).Append('\t').Append(file.Path).Append('\n');
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

    private sealed record Entry(string Key, List<string> Folders, List<Stamp> Files);

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

    private static Dictionary<string, Entry>? Parse(string[] lines) =>
        RecordFile.ReadPlans(lines, Header, key => new Entry(key, [], []), ReadLine);

    /// <summary>A line of a plan in the manifest: a file it wrote (with its length and time) or a folder; false when it does not parse.</summary>
    private static bool ReadLine(Entry plan, string line)
    {
        // Most lines are files (tens of thousands at 1,000 plans): read from the line itself, only the path made a string.
        if (line.StartsWith("file\t", StringComparison.Ordinal))
        {
            var rest = line.AsSpan(5);
            var first = rest.IndexOf('\t');
            if (first < 0) return false;
            var second = rest[(first + 1)..].IndexOf('\t');
            if (second < 0) return false;
            var path = rest[(first + second + 2)..];
            if (path.Contains('\t') || !long.TryParse(rest[..first], out var length)
                || !long.TryParse(rest.Slice(first + 1, second), out var modified) || !Relative(path)) return false;
            plan.Files.Add(new Stamp(path.ToString(), length, modified));
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

    /// <summary>Whether the previous site's folders of a plan hold exactly the files the manifest lists, unchanged.</summary>
    /// <remarks>Both lists are in the paths' ordinal order (the manifest is written from such a listing), so they are compared
    /// in step; a manifest whose files are not in that order (not written by StaticMap) does not match.</remarks>
    private static bool Intact(string finalPath, Entry entry)
    {
        var stamps = Stamps(finalPath, entry.Folders);
        if (stamps.Count != entry.Files.Count) return false;
        for (var i = 0; i < stamps.Count; i++)
            if (stamps[i] != entry.Files[i]) return false;
        return true;
    }

    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0 };

    private static List<Stamp> Stamps(string finalPath, IEnumerable<string> folders)
    {
        var stamps = new List<Stamp>();
        foreach (var folder in folders)
        {
            var full = Path.Combine(finalPath, folder);
            try
            {
                if (FileKinds.Of(full) != FileKind.Folder) continue;
                // The listing's own entries (no FileInfo per file): its lstat() says whether a file is a link (no readlink()).
                var prefix = Path.TrimEndingDirectorySeparator(Path.GetFullPath(finalPath));
                var files = new System.IO.Enumeration.FileSystemEnumerable<Stamp>(full, (ref System.IO.Enumeration.FileSystemEntry file) =>
                {
                    if ((file.Attributes & FileAttributes.ReparsePoint) != 0) return new Stamp("(link)", -1, -1);
                    var path = file.ToFullPath();
                    var relative = path.Length > prefix.Length && path.StartsWith(prefix, StringComparison.Ordinal) && path[prefix.Length] == '/'
                        ? path[(prefix.Length + 1)..]
                        : Path.GetRelativePath(finalPath, path).Replace(Path.DirectorySeparatorChar, '/');
                    return new Stamp(relative, file.Length, file.LastWriteTimeUtc.UtcDateTime.Ticks);
                }, Everything) { ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry file) => !file.IsDirectory };
                foreach (var stamp in files)
                {
                    if (stamp.Length == -1 && stamp.Path == "(link)") return [stamp];
                    stamps.Add(stamp);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return [new Stamp("(unreadable)", -1, -1)];
            }
        }
        stamps.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return stamps;
    }
}
