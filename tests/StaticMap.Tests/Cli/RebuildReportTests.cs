using StaticMap.Cli.Serving;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Preview;

namespace StaticMap.Tests.Cli;

/// <summary>What serve prints after a rebuild: errors every time, a warning only the first time, and how many were not repeated.</summary>
public class RebuildReportTests
{
    private static Diagnostic Warning(string path, string message) => new("MAP038", Severity.Warning, new SourceSpan(path, 3, 5), message);

    private static PreviewUpdate Update(params Diagnostic[] diagnostics) =>
        new(new BuildResult(diagnostics, 2, 11, TimeSpan.FromMilliseconds(40)), true, "test-county");

    [Fact]
    public void Warnings_printed_before_are_counted_not_repeated_and_errors_are_always_printed()
    {
        var report = new RebuildReport();
        var old = Warning("plans/a/measurement-plan.md", "baseline is 12");
        var error = new Diagnostic("MAP040", Severity.Error, new SourceSpan("plans/a/progress/2024.md", 2, 7), "year does not match the file name");

        Assert.Equal(
            "plans/a/measurement-plan.md(3,5): warning MAP038: baseline is 12\n" +
            "2 plans, 11 pages, 0 errors, 1 warning in 0.0 s: rebuilt test-county\n",
            report.Text(Update(old)).ReplaceLineEndings("\n"));

        var added = Warning("plans/b/measurement-plan.md", "baseline is 50");
        Assert.Equal(
            "plans/a/progress/2024.md(2,7): error MAP040: year does not match the file name\n" +
            "plans/b/measurement-plan.md(3,5): warning MAP038: baseline is 50\n" +
            "2 plans, 11 pages, 1 error, 2 warnings in 0.0 s: rebuilt test-county (1 warning printed before is not repeated)\n",
            report.Text(Update(error, old, added)).ReplaceLineEndings("\n"));

        Assert.Equal(
            "plans/a/progress/2024.md(2,7): error MAP040: year does not match the file name\n" +
            "2 plans, 11 pages, 1 error, 2 warnings in 0.0 s: rebuilt test-county (2 warnings printed before are not repeated)\n",
            report.Text(Update(error, old, added)).ReplaceLineEndings("\n"));

        // A warning that went away and came back is new again.
        report.Text(Update());
        Assert.StartsWith("plans/a/measurement-plan.md(3,5): warning MAP038", report.Text(Update(old)));
    }
}
