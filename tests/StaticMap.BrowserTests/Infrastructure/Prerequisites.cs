namespace StaticMap.BrowserTests.Infrastructure;

/// <summary>
/// The programs the browser tests drive. None is downloaded by the tests: when one is missing, the tests that need it
/// are skipped with a line that says how to install it, and with CI=true (as CI sets it) they fail instead, so CI
/// can never pass by skipping. 'bash tests/setup.sh' (which .ci/run calls) installs all of them.
/// </summary>
public static class Prerequisites
{
    /// <summary>Whether a missing tool fails the tests rather than skipping them (<see cref="MissingTool.FailsTests"/>).</summary>
    public static bool MissingToolsFail => MissingTool.FailsTests;

    public static bool MissingToolsFailWith(string? ci) => MissingTool.FailsWith(ci);

    /// <summary>What a test throws when a tool it needs is missing (<see cref="MissingTool.Unavailable(PrerequisiteMissingException)"/>).</summary>
    public static Exception Unavailable(PrerequisiteMissingException missing) => MissingTool.Unavailable(missing);

    public static Exception Unavailable(PrerequisiteMissingException missing, bool fail) => MissingTool.Unavailable(missing, fail);

    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Debian's Chromium, or $STATICMAP_CHROMIUM.</summary>
    public static string Chromium() => Chromium(Environment.GetEnvironmentVariable("STATICMAP_CHROMIUM"));

    public static string Chromium(string? configured)
    {
        var path = string.IsNullOrEmpty(configured) ? DefaultChromium : configured;
        if (File.Exists(path)) return path;
        throw new PrerequisiteMissingException(
            $"Chromium was not found at {path}. The browser tests use the system's Chromium and never download one. " +
            "Install it with 'sudo apt-get install chromium' (Debian/Ubuntu; tests/setup.sh does this), " +
            "or set STATICMAP_CHROMIUM to the path of a Chromium or Chrome executable.");
    }

    /// <summary>Java 11 or later on PATH (or $JAVA_HOME/bin/java), for the Nu Html Checker.</summary>
    public static string Java() => Java(Environment.GetEnvironmentVariable("JAVA_HOME"), Environment.GetEnvironmentVariable("PATH"));

    public static string Java(string? home, string? searchPath)
    {
        if (!string.IsNullOrEmpty(home) && File.Exists(Path.Combine(home, "bin", "java"))) return Path.Combine(home, "bin", "java");
        var onPath = OnPath("java", searchPath);
        if (onPath is not null) return onPath;
        throw new PrerequisiteMissingException(
            "Java was not found (neither on PATH nor in $JAVA_HOME). The Nu Html Checker (vnu.jar) needs Java 11 or later. " +
            "Install it with 'sudo apt-get install default-jre-headless' (Debian/Ubuntu; tests/setup.sh does this).");
    }

    /// <summary>vnu.jar from tests/tools (npm package vnu-jar, pinned in tests/tools/package-lock.json).</summary>
    public static string VnuJar()
    {
        var jar = Path.Combine(Repository.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (File.Exists(jar)) return jar;
        throw new PrerequisiteMissingException(
            $"The Nu Html Checker was not found at {jar}. Install the pinned test tools with " +
            "'(cd tests/tools && npm ci --ignore-scripts)' (tests/setup.sh does this).");
    }

    /// <summary>The build's note when it wrote no search index, so the search page cannot be tested with one.</summary>
    public static PrerequisiteMissingException PagefindMissing(string note) => new(
        $"The sample site was built without its search index ({note}). Pagefind is restored from the npm registry on the " +
        "first build (check the network or STATICMAP_NPM_REGISTRY), or install it with 'npm ci --prefix theme'.");

    private static string? OnPath(string program, string? searchPath) => MissingTool.OnPath(program, searchPath ?? "");
}
