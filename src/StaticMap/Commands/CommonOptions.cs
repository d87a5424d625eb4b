using System.CommandLine;
using System.Text.RegularExpressions;

namespace StaticMap.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
public static partial class CommonOptions
{
    /// <summary>System.CommandLine's message for a value it cannot parse.</summary>
    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?<kind>option|command) '(?<name>[^']*)' as expected type '(?<type>[^']*)'\.(?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex CannotParse();

    public static Option<DirectoryInfo> Root() => new("--root")
    {
        Description = "The repository folder that holds plans/, input/ and theme/",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    public static Option<DirectoryInfo?> Theme() => new("--theme")
    {
        Description = "Use this theme folder instead of the repository's theme/",
    };

    /// <summary>The --root folder's full path; false, after saying so, when it does not exist or is not a folder.</summary>
    public static bool TryRoot(ParseResult result, Option<DirectoryInfo> root, out string rootPath)
    {
        rootPath = result.GetValue(root)!.FullName;
        if (Directory.Exists(rootPath)) return true;
        Usage(File.Exists(rootPath) ? $"--root {rootPath} is a file, not a folder; give the repository folder that holds plans/"
            : $"--root {rootPath} does not exist");
        return false;
    }

    /// <summary>The --theme folder's full path (null when not given); false, after saying so, when it is not a folder.</summary>
    public static bool TryTheme(ParseResult result, Option<DirectoryInfo?> theme, out string? themePath)
    {
        themePath = result.GetValue(theme)?.FullName;
        if (themePath is null || Directory.Exists(themePath)) return true;
        Usage(File.Exists(themePath) ? $"--theme {themePath} is a file, not a folder; give a theme folder, with layouts/base.sbn-html in it"
            : $"--theme {themePath} does not exist; give a theme folder, with layouts/base.sbn-html in it, or leave --theme out");
        return false;
    }

    /// <summary>
    /// A parse error as a user reads it: System.CommandLine names .NET types ("as expected type 'System.Int32'"); this
    /// says what the option takes instead ("'abc' is not a whole number for --port").
    /// </summary>
    public static string Friendly(string message)
    {
        var match = CannotParse().Match(message);
        if (!match.Success) return message;
        var value = match.Groups["value"].Value;
        var name = match.Groups["name"].Value;
        var type = match.Groups["type"].Value;
        var choices = match.Groups["rest"].Value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.EndsWith('?')).Select(l => l.ToLowerInvariant()).ToList();
        var what = type.Contains("System.Int32", StringComparison.Ordinal) || type.Contains("System.Int64", StringComparison.Ordinal)
            ? "a whole number"
            : choices.Count > 0 ? "one of " + string.Join(", ", choices) : "a value it takes";
        return match.Groups["kind"].Value == "option"
            ? $"'{value}' is not {what} for {name}"
            : $"'{value}' is not {what} for 'staticmap {name}'";
    }

    public static Option<bool> Drafts() => new("--drafts")
    {
        Description = "Also publish draft plans (pages are marked noindex)",
    };

    public static Option<string?> BaseUrl() => new("--base-url")
    {
        Description = "The site's public address, e.g. https://maps.example.org/ (canonical URLs, sitemap, feed)",
    };

    /// <summary>
    /// Why a --base-url cannot be the site's public address, or null when it can: only an absolute http:// or https://
    /// address with a host, and no query, fragment, user name or characters a link cannot hold. It is written into every
    /// canonical link, the sitemap and the feed, so javascript:, data: or file: would end up in every page.
    /// </summary>
    public static string? BaseUrlProblem(string url)
    {
        const string Example = "write the site's public address, e.g. --base-url https://maps.example.org/";
        if (url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '"' or '\'' or '<' or '>' or '`' or '\\'))
            return $"--base-url '{url}' contains a space, quote, angle bracket or control character; {Example}";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.IsFile || url.StartsWith('/'))
            return $"--base-url '{url}' is not an absolute address; {Example}";
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            return $"--base-url '{url}' is a {uri.Scheme}: address; only http:// and https:// addresses can be a site's address; {Example}";
        if (string.IsNullOrEmpty(uri.Host) || !url.Contains("://", StringComparison.Ordinal))
            return $"--base-url '{url}' has no host name; {Example}";
        if (uri.UserInfo.Length > 0 || uri.Query.Length > 0 || uri.Fragment.Length > 0)
            return $"--base-url '{url}' has a user name, query (?) or fragment (#); {Example}";
        return null;
    }

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
