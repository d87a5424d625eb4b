namespace StaticMap.Tests.Support;

/// <summary>
/// The one way a test reacts to a tool, platform or device it needs and does not have (Chromium, Java, pdftotext,
/// /dev/full, Linux): it is skipped with a line that says what is missing and how to get it, and with CI=true (as CI
/// and .ci/run set it) it fails instead, so CI can never pass by skipping. Never a silent return: a test that returns
/// early passes without testing. Shared by tests/StaticMap.Tests and tests/StaticMap.BrowserTests (linked there);
/// the test must be a [SkippableFact] or [SkippableTheory] (Xunit.SkippableFact).
/// </summary>
public static class MissingTool
{
    /// <summary>Whether a missing tool fails the tests rather than skipping them: CI=true, as GitHub Actions and .ci/run set it.</summary>
    public static bool FailsTests => FailsWith(Environment.GetEnvironmentVariable("CI"));

    public static bool FailsWith(string? ci) => string.Equals(ci?.Trim(), "true", StringComparison.OrdinalIgnoreCase) || ci?.Trim() == "1";

    /// <summary>What a test throws when a tool it needs is missing: a skip that says what to install, or with CI=true the failure itself.</summary>
    public static Exception Unavailable(PrerequisiteMissingException missing) => Unavailable(missing, FailsTests);

    public static Exception Unavailable(PrerequisiteMissingException missing, bool fail) => fail
        ? missing
        : new SkipException($"Skipped: {missing.Message} Or run 'bash tests/setup.sh', which installs every tool the tests need. (With CI=true this is a failure.)");

    /// <summary>Skips the test (fails it with CI=true) unless <paramref name="available"/>; <paramref name="missing"/> says what is missing and how to get it.</summary>
    public static void Require(bool available, string missing)
    {
        if (!available) throw Unavailable(new PrerequisiteMissingException(missing));
    }

    /// <summary>The first <paramref name="program"/> on PATH, or null.</summary>
    public static string? OnPath(string program, string? searchPath = null)
    {
        foreach (var dir in (searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

/// <summary>A tool a test needs is missing; the message says which and how to install it.</summary>
public sealed class PrerequisiteMissingException(string message) : Exception(message);
