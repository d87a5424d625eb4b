using StaticMap.Core.Reading;

namespace StaticMap.Core.Metrics.Reading;

/// <summary>
/// Turns repository-relative data paths into full paths, refusing any that are outside the repository as text ("..",
/// rooted). Links are resolved, and links out refused, when the file is opened through <see cref="RepositoryFiles"/>.
/// </summary>
internal static class RepositoryPaths
{
    /// <returns>The full path, or null when the path (or the link it is) points outside the repository root.</returns>
    public static string? Resolve(RepositoryLayout layout, string relativePath)
    {
        if (relativePath.Length == 0 || Path.IsPathRooted(relativePath) || relativePath.Contains('\0')
            || relativePath.Split('/', '\\').Any(part => part == ".."))
            return null;
        try
        {
            var root = Path.GetFullPath(layout.Root);
            var rootPrefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(layout.FullPath(relativePath));
            return full.StartsWith(rootPrefix, StringComparison.Ordinal) ? full : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
