using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Rendering;

namespace StaticMap.Core.Writing;

/// <summary>
/// Copies the files a site serves as they are: the theme's static/, input/assets/, and each plan's assets/ and data/.
/// Every file is opened through <see cref="RepositoryFiles"/>: a link out of the repository (or out of the theme) or a
/// named pipe is a diagnostic, never a copy.
/// </summary>
public static class StaticFiles
{
    public static int Copy(RepositoryLayout layout, Theme theme, IEnumerable<Plan> plans, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var count = 0;
        var themeFiles = theme.Files.With(diagnostics);
        foreach (var file in themeFiles.FilesRecursive(theme.StaticFolder))
        {
            var relative = Path.GetRelativePath(theme.StaticFolder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (Copy(themeFiles, file, SiteUrls.StaticRoot.TrimStart('/') + relative, output)) count++;
        }
        var repository = new RepositoryFiles(layout.Root, diagnostics);
        foreach (var asset in layout.InputAssets)
        {
            if (Copy(repository, layout.FullPath(asset), SiteUrls.SiteAsset(asset["input/assets/".Length..]).TrimStart('/'), output)) count++;
        }
        Parallel.ForEach(plans, plan => Interlocked.Add(ref count, CopyPlanFiles(layout, plan, output, diagnostics)));
        return count;
    }

    /// <summary>A plan's assets/ and data/ files, published under /&lt;plan&gt;/.</summary>
    public static int CopyPlanFiles(RepositoryLayout layout, Plan plan, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var repository = new RepositoryFiles(layout.Root, diagnostics);
        var count = 0;
        foreach (var file in plan.Assets.Concat(plan.DataFiles))
        {
            if (Copy(repository, layout.FullPath($"{plan.Folder}/{file}"), SiteUrls.PlanFile(plan.Id, file).TrimStart('/'), output)) count++;
        }
        return count;
    }

    private static bool Copy(RepositoryFiles files, string source, string destination, ISiteOutput output)
    {
        using var file = files.Open(source);
        if (file is null) return false;
        // A CSV is republished with its formula cells neutralised, as the CSVs StaticMap writes are (docs/authoring.md).
        if (destination.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && PublishedCsv.Neutralise(file.ReadAllBytes()) is { } safe)
            output.WriteBytes(destination, safe);
        else
            output.CopyFile(file, destination);
        return true;
    }
}
