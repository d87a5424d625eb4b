using System.Diagnostics;

namespace StaticMap.Core.Writing;

/// <summary>
/// Builds the site's search index with Pagefind when it is installed (theme/package.json, $STATICMAP_PAGEFIND or
/// PATH). Search is an enhancement: without Pagefind the site is complete and the search page says so.
/// </summary>
public static class SearchIndex
{
    public static string? FindPagefind(string themeFolder)
    {
        var configured = Environment.GetEnvironmentVariable("STATICMAP_PAGEFIND");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var local = Path.Combine(themeFolder, "node_modules", ".bin", "pagefind");
        if (File.Exists(local)) return local;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, "pagefind");
            if (dir.Length > 0 && File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <returns>A note for the build summary: what happened to search.</returns>
    public static string Build(string siteFolder, string themeFolder)
    {
        var pagefind = FindPagefind(themeFolder);
        if (pagefind is null) return "search: not indexed (Pagefind not found; install it with 'npm ci --prefix theme' or 'npm install -g pagefind')";
        var start = new ProcessStartInfo(pagefind) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--site", siteFolder, "--silent" }) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                return "search: not indexed (Pagefind took more than 5 minutes)";
            }
            return process.ExitCode == 0 ? "search: indexed with Pagefind"
                : $"search: not indexed (Pagefind exited with {process.ExitCode}: {error.Result.Trim().Split('\n')[0]})";
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or IOException)
        {
            return $"search: not indexed (Pagefind could not start: {ex.Message})";
        }
    }
}
