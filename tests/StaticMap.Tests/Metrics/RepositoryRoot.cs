namespace StaticMap.Tests.Metrics;

/// <summary>The StaticMap repository the tests run from, found by walking up to StaticMap.sln.</summary>
internal static class RepositoryRoot
{
    public static readonly string Path = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "StaticMap.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticMap.sln not found above " + AppContext.BaseDirectory);
    }
}
