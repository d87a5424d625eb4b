using StaticMap.Core.Reading;

namespace StaticMap.Core.Writing;

/// <summary>Where a build will write: the output folder as asked for, and the real folder it is once links are resolved.</summary>
/// <param name="Requested">The full path asked for.</param>
/// <param name="RealPath">The folder that is replaced: <paramref name="Requested"/> with every link in it resolved.</param>
/// <param name="FollowedLink">True when <paramref name="Requested"/> is itself a symbolic link to a folder: the site is
/// written into the folder it leads to and the link is kept.</param>
/// <remarks>Only <see cref="OutputGuard.Check"/> makes one, so every <see cref="OutputFolder"/> was guarded.</remarks>
public sealed class OutputTarget
{
    internal OutputTarget(string requested, string realPath, bool followedLink)
    {
        Requested = requested;
        RealPath = realPath;
        FollowedLink = followedLink;
    }

    public string Requested { get; }
    public string RealPath { get; }
    public bool FollowedLink { get; }
}

/// <summary>
/// Decides whether a folder may be replaced by a build. A build replaces its output folder as a whole, so the guard
/// refuses anything whose loss would hurt: the file system's root, the repository and any folder holding it, any folder
/// inside its sources (plans/, input/, theme/, src/, tests/, .git/), a folder holding a repository (plans/ or .git/), and a
/// folder holding files that StaticMap did not write (no <see cref="OutputFolder.MarkerFile"/>). Every link on the way,
/// and the output itself, is resolved before comparing, so "link/site" with link → plans/ is "plans/site" and refused.
/// </summary>
/// <remarks>
/// A symbolic link as the output folder is <b>followed</b>: the site is written into the folder it leads to (checked like
/// any other output) and the link stays a link. A link that leads nowhere, or to a file, is refused.
/// </remarks>
public static class OutputGuard
{
    private static readonly string[] Sources = ["plans", "input", "theme", "src", "tests", ".git"];

    /// <summary>The folder to replace, or null with the reason it must not be.</summary>
    /// <param name="themeFolder">A theme outside the repository (--theme), which must not be replaced or written into either.</param>
    public static OutputTarget? Check(string outputPath, string repositoryRoot, out string? refusal, string? themeFolder = null)
    {
        refusal = null;
        var requested = Path.GetFullPath(outputPath).TrimEnd(Path.DirectorySeparatorChar);
        if (requested.Length == 0 || requested == Path.GetPathRoot(requested)?.TrimEnd(Path.DirectorySeparatorChar))
        {
            refusal = "it is the root of the file system; choose a folder such as _site";
            return null;
        }
        var parent = Path.GetDirectoryName(requested)!;
        var blocker = FirstNonFolder(parent);
        if (blocker is not null)
        {
            refusal = $"{blocker} is a file, not a folder, so nothing can be written below it";
            return null;
        }
        var realParent = RepositoryFiles.RealPathFromScratch(parent);
        if (realParent is null)
        {
            refusal = "its parent folders hold a loop of symbolic links";
            return null;
        }
        var real = Path.Combine(realParent, Path.GetFileName(requested));
        var followed = false;
        switch (FileKinds.Of(real))
        {
            case FileKind.Link:
                var target = RepositoryFiles.RealPathFromScratch(real);
                var kind = target is null ? FileKind.Missing : FileKinds.Of(target);
                if (target is null)
                {
                    refusal = "it is a loop of symbolic links";
                    return null;
                }
                if (kind == FileKind.Missing)
                {
                    refusal = $"it is a symbolic link to {target}, which does not exist; create that folder or remove the link";
                    return null;
                }
                if (kind != FileKind.Folder)
                {
                    refusal = $"it is a symbolic link to {FileKinds.Describe(kind)} ({target}), not to a folder";
                    return null;
                }
                real = target;
                followed = true;
                break;
            case FileKind.Missing or FileKind.Folder:
                break;
            case var other:
                refusal = $"it is {FileKinds.Describe(other)}, not a folder; remove it or choose another --output";
                return null;
        }
        refusal = Refusal(real, repositoryRoot) ?? Refusal(requested, repositoryRoot) ?? ThemeRefusal(real, themeFolder);
        return refusal is null ? new OutputTarget(requested, real, followed) : null;
    }

    /// <summary>Why <paramref name="folder"/> (links resolved) must not be replaced, or null.</summary>
    private static string? Refusal(string folder, string repositoryRoot)
    {
        var root = Path.GetFullPath(repositoryRoot).TrimEnd(Path.DirectorySeparatorChar);
        var roots = new[] { root, RepositoryFiles.RealPathFromScratch(root) ?? root }.Distinct(StringComparer.Ordinal).ToArray();
        if (folder == Path.GetPathRoot(folder)?.TrimEnd(Path.DirectorySeparatorChar) || folder.Length == 0)
            return "it is the root of the file system; choose a folder such as _site";
        foreach (var r in roots)
        {
            if (IsSameOrInside(r, folder)) return "it contains the repository; choose a folder such as _site";
            foreach (var source in Sources)
            {
                var paths = new[] { Path.Combine(r, source), RepositoryFiles.RealPathFromScratch(Path.Combine(r, source)) };
                if (paths.Any(p => p is not null && IsSameOrInside(folder, p)))
                    return $"it is inside {source}/; choose a folder such as _site";
            }
        }
        if (!Directory.Exists(folder)) return null;
        if (Directory.Exists(Path.Combine(folder, "plans")) || Directory.Exists(Path.Combine(folder, ".git")))
            return "it holds a repository (plans/ or .git/), and building would replace it; choose a folder such as _site";
        if (Directory.EnumerateFileSystemEntries(folder).Any() && !File.Exists(Path.Combine(folder, OutputFolder.MarkerFile)))
            return "it already holds files that StaticMap did not write, and building would replace them; empty it or choose another folder";
        return null;
    }

    private static string? ThemeRefusal(string folder, string? themeFolder)
    {
        if (themeFolder is null) return null;
        var theme = Path.GetFullPath(themeFolder).TrimEnd(Path.DirectorySeparatorChar);
        var real = RepositoryFiles.RealPathFromScratch(theme) ?? theme;
        return new[] { theme, real }.Any(t => IsSameOrInside(folder, t) || IsSameOrInside(t, folder))
            ? "it is the theme folder, inside it, or holds it; choose a folder such as _site"
            : null;
    }

    /// <summary>The first existing part of <paramref name="folder"/> that is not a folder (a file where a folder should be).</summary>
    private static string? FirstNonFolder(string folder)
    {
        var current = Path.GetPathRoot(folder)!;
        foreach (var part in folder[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var kind = FileKinds.Target(current);
            if (kind == FileKind.Missing) return null;
            if (kind != FileKind.Folder) return current;
        }
        return null;
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or inside it.</summary>
    private static bool IsSameOrInside(string inner, string outer)
    {
        outer = outer.TrimEnd(Path.DirectorySeparatorChar);
        return inner == outer || inner.StartsWith(outer + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
