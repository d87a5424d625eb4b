using System.CommandLine;

namespace StaticMap.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The repository folder that holds plans/, input/ and theme/",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Also publish draft plans (pages are marked noindex)",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The site's public address, e.g. https://maps.example.org/ (canonical URLs, sitemap, feed)",
    };

    /// <summary>Exit codes, as documented in README.md and docs/cli.md.</summary>
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int UsageError = 2;

    /// <summary>A usage problem the parser cannot see, e.g. a --root that does not exist.</summary>
    public static int Usage(string message)
    {
        Console.Error.WriteLine($"staticmap: {message}");
        return UsageError;
    }
}
