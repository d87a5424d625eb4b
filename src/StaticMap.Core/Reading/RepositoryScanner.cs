using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;

namespace StaticMap.Core.Reading;

/// <summary>
/// Finds the plans and site-wide files under a repository root, following the layout of the authoring contract. Listing
/// goes through <see cref="RepositoryFiles"/>: links out of the repository are MAP066, named pipes, sockets and devices
/// MAP067, and neither is ever listed. input/data/ is read at any depth (hidden folders skipped), like assets/.
/// </summary>
public static class RepositoryScanner
{
    public static RepositoryLayout Scan(string root, DiagnosticBag diagnostics) => Scan(root, diagnostics, includePlans: true);

    private static RepositoryLayout Scan(string root, DiagnosticBag diagnostics, bool includePlans)
    {
        root = Path.GetFullPath(root);
        var walker = new RepositoryFiles(root, diagnostics);

        var plansDir = Path.Combine(root, "plans");
        var planDirs = includePlans ? walker.Folders(plansDir).Order(StringComparer.Ordinal).ToArray() : [];
        // Plan folders are listed in parallel: each file is checked for being a link out of the repository, a system call each.
        // Parallel.For into an array keeps the folders' order without PLINQ's ordered merge, whose generic code a new
        // process compiles first (about 70 methods and 10-20 ms of CPU before the first plan; docs/performance.md).
        var listed = new PlanFiles[planDirs.Length];
        Parallel.For(0, planDirs.Length, i => listed[i] = ScanPlan(walker, planDirs[i]));
        var plans = ImmutableArray.Create(listed);

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
        return ScanPlan(new RepositoryFiles(root, diagnostics), Path.Combine(root, planFolder.Replace('/', Path.DirectorySeparatorChar)));
    }

    /// <summary>Rescans the site-wide files of input/ into an existing layout.</summary>
    public static RepositoryLayout ScanInput(RepositoryLayout layout, DiagnosticBag diagnostics)
    {
        var fresh = Scan(layout.Root, diagnostics, includePlans: false);
        return layout with { InputPages = fresh.InputPages, InputDataFiles = fresh.InputDataFiles, InputAssets = fresh.InputAssets };
    }

    private static PlanFiles ScanPlan(RepositoryFiles walker, string dir)
    {
        var id = Path.GetFileName(dir);
        var folder = walker.Relative(dir);
        var files = walker.Files(dir).ToList();
        var planYml = files.FirstOrDefault(f => Path.GetFileName(f) == "plan.yml");
        var translations = new List<TranslationFile>();
        var components = Originals(files.Where(IsMarkdown).Select(walker.Relative), TranslationKind.Component, translations);
        var progress = Originals(walker.Files(Path.Combine(dir, "progress")).Where(IsMarkdown).Select(walker.Relative),
            TranslationKind.Progress, translations);
        Originals(files.Where(f => Path.GetFileName(f).StartsWith("plan.", StringComparison.Ordinal)
            && f.EndsWith(".yml", StringComparison.Ordinal)).Select(walker.Relative), TranslationKind.PlanYml, translations);
        var data = walker.Files(Path.Combine(dir, "data"))
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).Select(walker.Relative);
        var assets = walker.FilesRecursive(Path.Combine(dir, "assets")).Select(walker.Relative);
        return new PlanFiles(id, folder, planYml is null ? null : walker.Relative(planYml),
            Sorted(components), Sorted(progress), Sorted(data), Sorted(assets))
        {
            Translations = translations.OrderBy(t => t.Path, StringComparer.Ordinal).ToImmutableArray(),
        };
    }

    /// <summary>The paths that are not translations; the translations (findings.es.md, plan.es.yml) go to <paramref name="translations"/>.</summary>
    private static List<string> Originals(IEnumerable<string> paths, TranslationKind kind, List<TranslationFile> translations)
    {
        var originals = new List<string>();
        foreach (var path in paths)
        {
            var slash = path.LastIndexOf('/');
            if (LanguageTags.TrySplitFileName(path[(slash + 1)..], out var original, out var language))
                translations.Add(new TranslationFile(path, language, path[..(slash + 1)] + original, kind));
            else if (kind != TranslationKind.PlanYml)
                originals.Add(path);
        }
        return originals;
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<string> Sorted(IEnumerable<string> paths) =>
        paths.OrderBy(p => p, StringComparer.Ordinal).ToImmutableArray();
}
