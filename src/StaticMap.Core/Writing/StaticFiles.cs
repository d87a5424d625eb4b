using StaticMap.Core.Model;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Writing;

/// <summary>Copies the files a site serves as they are: the theme's static/, input/assets/, and each plan's assets/ and data/.</summary>
public static class StaticFiles
{
    public static int Copy(RepositoryLayout layout, string themeStaticFolder, IEnumerable<Plan> plans, ISiteOutput output)
    {
        var count = 0;
        if (Directory.Exists(themeStaticFolder))
        {
            foreach (var file in Directory.EnumerateFiles(themeStaticFolder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(themeStaticFolder, file).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
                output.CopyFile(file, SiteUrls.StaticRoot.TrimStart('/') + relative);
                count++;
            }
        }
        foreach (var asset in layout.InputAssets)
        {
            output.CopyFile(layout.FullPath(asset), SiteUrls.SiteAsset(asset["input/assets/".Length..]).TrimStart('/'));
            count++;
        }
        Parallel.ForEach(plans, plan => Interlocked.Add(ref count, CopyPlanFiles(layout, plan, output)));
        return count;
    }

    /// <summary>A plan's assets/ and data/ files, published under /&lt;plan&gt;/.</summary>
    public static int CopyPlanFiles(RepositoryLayout layout, Plan plan, ISiteOutput output)
    {
        foreach (var file in plan.Assets.Concat(plan.DataFiles))
            output.CopyFile(layout.FullPath($"{plan.Folder}/{file}"), SiteUrls.PlanFile(plan.Id, file).TrimStart('/'));
        return plan.Assets.Length + plan.DataFiles.Length;
    }
}
