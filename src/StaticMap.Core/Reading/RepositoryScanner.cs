using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Validation.Rules;

namespace StaticMap.Core.Reading;

/// <summary>Finds the plans and site-wide files under a repository root, following the layout of the authoring contract.</summary>
public static class RepositoryScanner
{
    private const int MaxFolderDepth = 12;

    public static RepositoryLayout Scan(string root, DiagnosticBag diagnostics) => Scan(root, diagnostics, includePlans: true);

    private static RepositoryLayout Scan(string root, DiagnosticBag diagnostics, bool includePlans)
    {
        root = Path.GetFullPath(root);
        var walker = new Walker(root, diagnostics);

        var plansDir = Path.Combine(root, "plans");
        var planDirs = includePlans ? walker.Folders(plansDir).Order(StringComparer.Ordinal).ToArray() : [];
        // Plan folders are listed in parallel: each file is checked for being a link out of the repository, a system call each.
        var plans = planDirs.AsParallel().AsOrdered().Select(dir => ScanPlan(walker, dir)).ToImmutableArray();

        var inputDir = Path.Combine(root, "input");
        var inputPages = walker.Files(inputDir).Where(IsMarkdown).Select(walker.Relative);
        var inputData = walker.FilesRecursive(Path.Combine(inputDir, "data"))
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).Select(walker.Relative);
        var inputAssets = walker.FilesRecursive(Path.Combine(inputDir, "assets")).Select(walker.Relative);

        return new RepositoryLayout(root, plans,
            Sorted(inputPages), Sorted(inputData), Sorted(inputAssets));
    }

    /// <summary>Rescans one plan folder (the preview server does this for the plan whose files changed).</summary>
    public static PlanFiles ScanPlan(string root, string planFolder, DiagnosticBag diagnostics)
    {
        root = Path.GetFullPath(root);
        return ScanPlan(new Walker(root, diagnostics), Path.Combine(root, planFolder.Replace('/', Path.DirectorySeparatorChar)));
    }

    /// <summary>Rescans the site-wide files of input/ into an existing layout.</summary>
    public static RepositoryLayout ScanInput(RepositoryLayout layout, DiagnosticBag diagnostics)
    {
        var fresh = Scan(layout.Root, diagnostics, includePlans: false);
        return layout with { InputPages = fresh.InputPages, InputDataFiles = fresh.InputDataFiles, InputAssets = fresh.InputAssets };
    }

    private static PlanFiles ScanPlan(Walker walker, string dir)
    {
        var id = Path.GetFileName(dir);
        var folder = walker.Relative(dir);
        var files = walker.Files(dir).ToList();
        var planYml = files.FirstOrDefault(f => Path.GetFileName(f) == "plan.yml");
        var components = files.Where(IsMarkdown).Select(walker.Relative);
        var progress = walker.Files(Path.Combine(dir, "progress")).Where(IsMarkdown).Select(walker.Relative);
        var data = walker.Files(Path.Combine(dir, "data"))
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).Select(walker.Relative);
        var assets = walker.FilesRecursive(Path.Combine(dir, "assets")).Select(walker.Relative);
        return new PlanFiles(id, folder, planYml is null ? null : walker.Relative(planYml),
            Sorted(components), Sorted(progress), Sorted(data), Sorted(assets));
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<string> Sorted(IEnumerable<string> paths) =>
        paths.OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Lists folders and files, refusing symbolic links that lead outside the repository.</summary>
    private sealed class Walker(string root, DiagnosticBag diagnostics)
    {
        private const int MaxLinks = 40;

        /// <summary>The repository as the file system sees it, all links resolved, for comparing link targets with.</summary>
        private readonly string _realRoot = RealPath(root) ?? root;

        public string Relative(string fullPath) => Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

        public IEnumerable<string> Folders(string dir) =>
            IsSafeFolder(dir) ? Directory.EnumerateDirectories(dir).Where(d => IsSafe(d, isFolder: true)) : [];

        public IEnumerable<string> Files(string dir) =>
            IsSafeFolder(dir)
                ? Directory.EnumerateFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.') && IsSafe(f, isFolder: false))
                : [];

        public IEnumerable<string> FilesRecursive(string dir, int depth = 0)
        {
            if (depth > MaxFolderDepth || !IsSafeFolder(dir)) yield break;
            foreach (var f in Files(dir)) yield return f;
            foreach (var sub in Directory.EnumerateDirectories(dir).Where(d => !Path.GetFileName(d).StartsWith('.')))
            foreach (var f in FilesRecursive(sub, depth + 1))
                yield return f;
        }

        /// <summary>
        /// A folder is read only when it exists and neither it nor any folder between it and the root is a link: a linked
        /// plans/, input/ or input/data/ would otherwise bring in files from anywhere.
        /// </summary>
        private bool IsSafeFolder(string dir)
        {
            if (!Directory.Exists(dir)) return false;
            var relative = Path.GetRelativePath(root, dir);
            if (relative == ".") return true;
            var current = root;
            foreach (var part in relative.Split(Path.DirectorySeparatorChar))
            {
                current = Path.Combine(current, part);
                if (!IsSafe(current, isFolder: true)) return false;
            }
            return true;
        }

        /// <summary>
        /// A path is safe when it is not a link, or a link to a file whose real location, with every link on the way
        /// resolved as the file system resolves it, is inside the repository.
        /// </summary>
        private bool IsSafe(string path, bool isFolder)
        {
            FileSystemInfo info = isFolder ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is null) return true;
            var target = RealPath(path);
            var inside = target is not null && IsInsideRepository(target);
            if (inside && !isFolder && File.Exists(target)) return true;
            if (!inside) diagnostics.Add(SymlinkOutsideRepository.Instance.Create(Relative(path)));
            // Linked folders inside the repository are not followed, so a link cannot make a loop.
            return false;
        }

        private bool IsInsideRepository(string realPath) =>
            realPath == _realRoot || realPath.StartsWith(_realRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        /// <summary>
        /// The path with every link in it resolved one part at a time, as the file system does ("linked/../x" leaves
        /// the folder the link leads to, not the link's own folder); null for a loop or a path that cannot be read.
        /// </summary>
        private static string? RealPath(string path)
        {
            try
            {
                var full = Path.GetFullPath(path);
                var current = Path.GetPathRoot(full)!;
                var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
                var links = 0;
                while (pending.Count > 0)
                {
                    var part = pending.Pop();
                    if (part is "" or ".") continue;
                    if (part == "..")
                    {
                        current = Path.GetDirectoryName(current) ?? current;
                        continue;
                    }
                    var next = Path.Combine(current, part);
                    FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                    var target = info.LinkTarget;
                    if (target is null)
                    {
                        current = next;
                        continue;
                    }
                    if (++links > MaxLinks) return null;
                    if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
                    foreach (var p in Parts(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse())
                        pending.Push(p);
                }
                return current;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                return null;
            }
        }

        private static string[] Parts(string path) => path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }
}
