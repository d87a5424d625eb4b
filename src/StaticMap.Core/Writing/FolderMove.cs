namespace StaticMap.Core.Writing;

/// <summary>
/// A folder moved between the build cache and a search source: renamed, or, across file systems (the system's temporary
/// folder on another disk), copied and then deleted.
/// </summary>
internal static class FolderMove
{
    /// <summary>Moves <paramref name="from"/> to <paramref name="to"/>, making <paramref name="to"/>'s parent; false when it could not be (then <paramref name="to"/> may hold part of it).</summary>
    public static bool TryMove(string from, string to)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            try
            {
                Directory.Move(from, to);
            }
            catch (IOException) when (!Directory.Exists(to) && Directory.Exists(from))
            {
                // Another file system: copied, then removed.
                foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
                {
                    var target = Path.Combine(to, Path.GetRelativePath(from, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
                Directory.CreateDirectory(to);
                Directory.Delete(from, recursive: true);
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
