using System.Text.RegularExpressions;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Architecture;

/// <summary>
/// No test passes by not testing: a missing tool, platform or device is a skip with a message that fails with CI=true
/// (<see cref="MissingTool"/>), never an early <c>return</c> that xunit counts as a pass.
/// </summary>
public sealed partial class SilentPassTests
{
    /// <summary>An <c>if</c> on a tool, platform, device or environment that returns on the same line.</summary>
    [GeneratedRegex(@"^\s*if\s*\(.*(OperatingSystem\.Is\w+|File\.Exists\(""/|Directory\.Exists\(""/|FindChromium|OnPath\(|GetEnvironmentVariable|IsPrivilegedProcess|is null\)).*\)\s*return\s*;", RegexOptions.Multiline)]
    private static partial Regex ReturnOnMissing();

    [Fact]
    public void No_test_returns_early_when_a_tool_or_platform_is_missing()
    {
        var tests = Path.Combine(Repository.Root, "tests");
        var offences = new List<string>();
        foreach (var path in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(tests, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(path);
            foreach (Match m in ReturnOnMissing().Matches(text))
                offences.Add($"tests/{relative}({text[..m.Index].Count(c => c == '\n') + 1}): {m.Value.Trim()}");
        }
        Assert.True(offences.Count == 0,
            "These tests pass without testing when something is missing; use MissingTool.Require(available, \"what is missing and how to get it\") " +
            "in a [SkippableFact] instead:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void A_missing_tool_skips_with_what_is_missing_and_fails_with_CI_true()
    {
        var missing = new PrerequisiteMissingException("pdftotext was not found on PATH.");
        var skip = Assert.IsType<SkipException>(MissingTool.Unavailable(missing, fail: false));
        Assert.Equal("Skipped: pdftotext was not found on PATH. Or run 'bash tests/setup.sh', which installs every tool the tests need. (With CI=true this is a failure.)", skip.Message);
        Assert.Same(missing, MissingTool.Unavailable(missing, fail: true));
        Assert.True(MissingTool.FailsWith("true"));
        Assert.True(MissingTool.FailsWith("1"));
        Assert.False(MissingTool.FailsWith(null));
        Assert.False(MissingTool.FailsWith("false"));
    }
}
