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

        var plans = ImmutableArray.CreateBuilder<PlanFiles>();
        var plansDir = Path.Combine(root, "plans");
        foreach (var dir in includePlans ? walker.Folders(plansDir).Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
        {
            plans.Add(ScanPlan(walker, dir));
        }

        var inputDir = Path.Combine(root, "input");
        var inputPages = walker.Files(inputDir).Where(IsMarkdown).Select(walker.Relative);
        var inputData = walker.Files(Path.Combine(inputDir, "data"))
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).Select(walker.Relative);
        var inputAssets = walker.FilesRecursive(Path.Combine(inputDir, "assets")).Select(walker.Relative);

        return new RepositoryLayout(root, plans.ToImmutable(),
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
        private readonly string _rootPrefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;

        public string Relative(string fullPath) => Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

        public IEnumerable<string> Folders(string dir) =>
            Directory.Exists(dir) ? Directory.EnumerateDirectories(dir).Where(d => IsSafe(d, isFolder: true)) : [];

        public IEnumerable<string> Files(string dir) =>
            Directory.Exists(dir) && IsSafe(dir, isFolder: true)
                ? Directory.EnumerateFiles(dir).Where(f => !Path.GetFileName(f).StartsWith('.') && IsSafe(f, isFolder: false))
                : [];

        public IEnumerable<string> FilesRecursive(string dir, int depth = 0)
        {
            if (depth > MaxFolderDepth || !Directory.Exists(dir) || !IsSafe(dir, isFolder: true)) yield break;
            foreach (var f in Files(dir)) yield return f;
            foreach (var sub in Directory.EnumerateDirectories(dir).Where(d => !Path.GetFileName(d).StartsWith('.')))
            foreach (var f in FilesRecursive(sub, depth + 1))
                yield return f;
        }

        /// <summary>A path is safe when it is not a link, or a link whose final target is inside the repository.</summary>
        private bool IsSafe(string path, bool isFolder)
        {
            FileSystemInfo info = isFolder ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is null) return true;
            FileSystemInfo? target;
            try
            {
                target = info.ResolveLinkTarget(returnFinalTarget: true);
            }
            catch (IOException)
            {
                target = null;
            }
            if (target is not null && target.FullName.StartsWith(_rootPrefix, StringComparison.Ordinal) && target.Exists && !isFolder)
            {
                return true;
            }
            if (target is null || !target.FullName.StartsWith(_rootPrefix, StringComparison.Ordinal))
            {
                diagnostics.Add(SymlinkOutsideRepository.Instance.Create(Relative(path)));
            }
            // Linked folders inside the repository are not followed, so a link cannot make a loop.
            return false;
        }
    }
}
