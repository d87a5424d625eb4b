using StaticMap.Tests.Support;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Bad command lines exit 2 with one plain sentence per problem: no stack trace, no .NET type names ("System.Int32"), and
/// a --theme or --root that is not a folder is a usage error, not a build that fails with exit 1.
/// </summary>
[Trait("Category", "Slow")]
public class UsageErrorTests
{
    [Theory]
    [InlineData("'abc' is not a whole number for --port", "serve", "--port", "abc")]
    [InlineData("--port 0 is not a port number; use one from 1 to 65535, e.g. --port 5080", "serve", "--port", "0")]
    [InlineData("'20x' is not a whole number for 'staticmap progress'", "progress", "test-county", "20x")]
    [InlineData("'99999999999' is not a whole number for 'staticmap progress'", "progress", "test-county", "99999999999")]
    [InlineData("'xml' is not one of github, json, text for --format", "check", "--format", "xml")]
    [InlineData("'x' is not a whole number for --report-grace-months", "build", "--report-grace-months", "x")]
    [InlineData("--theme /nonexistent-staticmap-theme does not exist; give a theme folder, with layouts/base.sbn-html in it, or leave --theme out", "build", "--theme", "/nonexistent-staticmap-theme")]
    [InlineData("--theme /etc/passwd is a file, not a folder; give a theme folder, with layouts/base.sbn-html in it", "check", "--theme", "/etc/passwd")]
    [InlineData("--root /etc/passwd is a file, not a folder; give the repository folder that holds plans/", "check", "--root", "/etc/passwd")]
    [InlineData("--root /etc/passwd is a file, not a folder; give the repository folder that holds plans/", "new", "x", "--name", "X", "--state", "CA", "--fips", "06001", "--root", "/etc/passwd")]
    [InlineData("year 1800 is not between 2000 and 2100", "progress", "test-county", "1800", "--root", ".")]
    public void A_usage_error_exits_2_with_a_sentence_and_no_trace(string expected, params string[] args)
    {
        var (exit, output, error) = StaticMapProcess.Run(args);
        Assert.True(exit == 2, $"exit {exit}\n{output}\n{error}");
        Assert.Equal("staticmap: " + expected, error.Split('\n')[0].TrimEnd('\r'));
        Assert.DoesNotContain("System.", output + error);
        Assert.DoesNotContain("   at ", output + error);
        Assert.DoesNotContain("Exception", output + error);
    }
}
