namespace StaticMap.Tests.Support;

/// <summary>
/// The StaticMap repository the tests run from, found by walking up from the test binaries to StaticMap.sln. One file
/// for both test projects: tests/StaticMap.BrowserTests compiles this file too (a link in its project file).
/// </summary>
public static class Repository
{
    public static readonly string Root = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticMap.sln"))) return dir.FullName;
        throw new InvalidOperationException("StaticMap.sln not found above " + AppContext.BaseDirectory);
    }
}
