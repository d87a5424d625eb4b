using System.Text.RegularExpressions;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// "No other code opens files by path": outside the file-access layer (Reading/RepositoryFiles, Reading/FileKinds) and the
/// writers of StaticMap's own folders (the output folder, the download cache, the scaffold of a new plan, the search
/// indexer's lookup of its program), no code in StaticMap.Core lists, tests or reads files by path. The command line
/// (src/StaticMap) is the user's side and may.
/// </summary>
public sealed partial class FileAccessLayerTests
{
    /// <summary>File-system calls that read, list or test paths.</summary>
    [GeneratedRegex(@"\b(File\.(Read\w*|Open\w*|Copy|Exists|GetAttributes|ResolveLinkTarget)|Directory\.(Enumerate\w*|Get(Files|Directories|FileSystemEntries)|Exists)|new (FileInfo|DirectoryInfo|FileStream)\(|CsvReader\.FromFile)")]
    private static partial Regex PathAccess();

    /// <summary>Files allowed to touch paths, and why.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["Reading/RepositoryFiles.cs"] = "the layer",
        ["Reading/FileKinds.cs"] = "the layer: the type of a path, by stat()",
        ["Writing/OutputFolder.cs"] = "the output folder StaticMap writes (and its stale temporary folders)",
        ["Writing/OutputGuard.cs"] = "looks at the output folder before it is replaced",
        ["Writing/VendorLibraries.cs"] = "the download cache, StaticMap's own folder",
        ["Writing/SearchIndex.cs"] = "finds the Pagefind program",
        ["Writing/ImageCacheFolder.cs"] = "the drawn images' cache, StaticMap's own folder",
        ["Writing/SearchSource.cs"] = "the trimmed pages Pagefind reads, in a temporary folder of StaticMap's own",
        ["Writing/SearchBundles.cs"] = "the search buckets' folders and bundles, StaticMap's own",
        ["Writing/SearchBundleCache.cs"] = "the search bundles kept in the build cache, StaticMap's own folder",
        ["Writing/SearchBundleSite.cs"] = "the previous site's search bundles, which it moves into the new site, and their record in the build cache",
        ["Writing/FolderMove.cs"] = "moves a plan's trimmed search pages between the build cache and a search source, StaticMap's own folders",
        ["Caching/RecordFile.cs"] = "the build cache's records (outputs' manifests, files' hashes), StaticMap's own folder (.staticmap/cache)",
        ["Caching/YamlRecord.cs"] = "the build cache's YAML record (yaml.bin, binary, so not through RecordFile's lines), StaticMap's own folder",
        ["Caching/BuildCache.cs"] = "the build cache, StaticMap's own folder, and the previous output's folders it moves into the new site",
        ["Pipeline/StartupTimings.cs"] = "with STATICMAP_TIMINGS=1, the kernel's scheduling counters of the thread (/proc/thread-self/schedstat)",
        ["Reading/RepositoryWriter.cs"] = "the layer's writer: new and progress write through it, never through a link",
    };

    [Fact]
    public void No_code_outside_the_layer_opens_files_by_path()
    {
        var core = Path.Combine(Repository.Root, "src", "StaticMap.Core");
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal)) continue;
            if (Allowed.ContainsKey(relative)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith("///", StringComparison.Ordinal)) continue;
                if (PathAccess().IsMatch(line)) offences.Add($"{relative}:{i + 1}: {line}");
            }
        }
        Assert.True(offences.Count == 0, "read through Reading/RepositoryFiles instead:\n" + string.Join("\n", offences));
    }
}
