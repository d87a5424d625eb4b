using System.Diagnostics;
using System.Text.Json;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Cli;

/// <summary>
/// <c>staticmap diff</c> as a process, on a temporary git repository with two commits (the fixture plan, then its 2024
/// report with another status and value) and on a built folder: what a pull request does to the site.
/// </summary>
[Trait("Category", "Slow")]
public class DiffCommandTests
{
    private const string Report = TestSite.Plan + "/progress/2024.md";

    private const string Warning =
        "plans/test-county/progress/2024.md(6,13): warning MAP036: 'trainees' is reported achieved, but by the numbers it is off track " +
        "(125 people in 2024, behind the 180 people expected on the way to 300 people by 2026); the target is not reached; check the value " +
        "and the status, or leave 'status' out to publish the computed one; the update's note, shown beside the status, should say why they differ";

    private const string Change =
        "Alameda County: 'People trained' 2024: status on-track → achieved; value 150 people → 125 people; by the numbers at-risk → off-track";

    private static (int ExitCode, string Out, string Error) Run(params string[] args) => StaticMapProcess.Run(null, args);

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder };
        foreach (var a in args) start.ArgumentList.Add(a);
        var (exitCode, _, error) = ProcessRunner.Run(start, TimeSpan.FromMinutes(1), $"git {string.Join(' ', args)} did not finish in a minute");
        Assert.True(exitCode == 0, $"git {string.Join(' ', args)}: {error}");
    }

    /// <summary>The fixture committed, then its 2024 report changed (trainees: on-track → achieved, 150 → 125) and committed.</summary>
    private static TestSite TwoCommits()
    {
        var site = TestSite.Valid();
        Git(site.Root, "init", "--quiet", "--initial-branch=main");
        Git(site.Root, "config", "user.name", "Test");
        Git(site.Root, "config", "user.email", "test@example.org");
        Git(site.Root, "config", "commit.gpgsign", "false");
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "--quiet", "-m", "The plan");
        ChangeReport(site);
        Git(site.Root, "commit", "--quiet", "-a", "-m", "2024: trainees achieved");
        return site;
    }

    private static void ChangeReport(TestSite site) =>
        site.Replace(Report, "value: 150\n    status: on-track", "value: 125\n    status: achieved");

    [Fact]
    public void Diff_against_the_previous_commit_lists_the_status_and_value_change_and_the_new_warning()
    {
        using var site = TwoCommits();
        var (code, output, error) = Run("diff", "HEAD~1", "--root", site.Root, "--format", "text");
        Assert.True(code == 0, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Matches(@"^Compared with HEAD~1 \([0-9a-f]{7}\)$", lines[0]);
        Assert.Equal(
        [
            "Indicators (1):",
            "  " + Change,
            "New warnings (1):",
            "  " + Warning,
            "Pages: 5 changed, 0 added, 0 removed, 10 unchanged",
            "  changed /test-county/at-a-glance/",
            "  changed /test-county/embed/",
            "  changed /test-county/print/",
            "  changed /test-county/progress/",
            "  changed /test-county/progress/2024/",
        ], lines[1..]);
        // The working tree is left as it was: no worktree, no temporary folder inside the repository.
        Assert.False(Directory.Exists(Path.Combine(site.Root, "_site")));
    }

    [Fact]
    public void Two_revisions_compare_with_each_other_and_not_the_working_tree()
    {
        using var site = TwoCommits();
        // An edit not committed: between the two commits it is not seen.
        site.Replace(Report, "value: 80.9", "value: 81.5");
        var (code, output, error) = Run("diff", "HEAD~1", "HEAD", "--root", site.Root, "--format", "text");
        Assert.True(code == 0, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Matches(@"^HEAD \([0-9a-f]{7}\) compared with HEAD~1 \([0-9a-f]{7}\)$", lines[0]);
        Assert.Equal(["Indicators (1):", "  " + Change], lines[1..3]);
    }

    [Fact]
    public void A_root_inside_the_repository_is_compared_with_the_same_folder_of_the_revision()
    {
        using var repository = TestSite.Empty();
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "valid-site");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(repository.Root, "sites", "maps", Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        Git(repository.Root, "init", "--quiet");
        Git(repository.Root, "add", "-A");
        Git(repository.Root, "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "--quiet", "-m", "The plan");
        repository.Replace("sites/maps/" + Report, "value: 150\n    status: on-track", "value: 125\n    status: achieved");
        var (code, output, error) = Run("diff", "HEAD", "--root", repository.FullPath("sites/maps"), "--format", "text");
        Assert.True(code == 0, error);
        Assert.Equal(["Indicators (1):", "  " + Change], output.Split('\n')[1..3]);
    }

    [Fact]
    public void Markdown_is_the_default_for_the_job_summary()
    {
        using var site = TwoCommits();
        var (code, output, _) = Run("diff", "HEAD~1", "--root", site.Root);
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal("## What this change does to the site", lines[0]);
        Assert.Matches(@"^Compared with `HEAD~1` \([0-9a-f]{7}\)\.$", lines[2]);
        Assert.Contains("### Indicators (1)", lines);
        Assert.Contains("- " + Change, lines);
        Assert.Contains("### New warnings (1)", lines);
        Assert.Contains("- `" + Warning.Replace("(6,13): ", "(6,13)`: "), lines);
        Assert.Contains("5 changed, 0 added, 0 removed, 10 unchanged", lines);
        Assert.Contains("- `/test-county/progress/2024/`", lines);
    }

    [Fact]
    public void Json_names_the_change_field_by_field()
    {
        using var site = TwoCommits();
        var (code, output, _) = Run("diff", "HEAD~1", "--root", site.Root, "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var change = Assert.Single(json.RootElement.GetProperty("indicators").EnumerateArray());
        Assert.Equal("trainees", change.GetProperty("indicator").GetString());
        Assert.Equal(2024, change.GetProperty("year").GetInt32());
        Assert.Equal("on-track", change.GetProperty("status_before").GetString());
        Assert.Equal("achieved", change.GetProperty("status_after").GetString());
        Assert.Equal("150 people", change.GetProperty("value_before").GetString());
        Assert.Equal("125 people", change.GetProperty("value_after").GetString());
        Assert.Equal("MAP036", Assert.Single(json.RootElement.GetProperty("new_warnings").EnumerateArray()).GetProperty("code").GetString());
        Assert.Equal("HEAD~1", json.RootElement.GetProperty("base").GetProperty("name").GetString());
    }

    [Fact]
    public void Diff_against_a_built_folder_compares_its_pages_and_plan_json()
    {
        using var site = TestSite.Valid();
        var built = Path.Combine(Path.GetTempPath(), "staticmap-built-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (buildCode, _, buildError) = Run("build", "--root", site.Root, "--output", built);
            Assert.True(buildCode == 0, buildError);
            var (same, unchanged, _) = Run("diff", built, "--root", site.Root, "--format", "text");
            Assert.Equal(0, same);
            Assert.Equal(
            [
                $"Compared with the built site in {built}: nothing a reader sees changes",
                "Pages: 0 changed, 0 added, 0 removed, 15 unchanged",
            ], unchanged.TrimEnd().Split('\n'));

            ChangeReport(site);
            var (code, output, _) = Run("diff", built, "--root", site.Root, "--format", "text");
            Assert.Equal(0, code);
            Assert.Equal(
            [
                $"Compared with the built site in {built}",
                "Indicators (1):",
                "  " + Change,
                "Warnings (1; all of them: a built folder keeps none to compare with):",
                "  " + Warning,
                "Pages: 5 changed, 0 added, 0 removed, 10 unchanged",
                "  changed /test-county/at-a-glance/",
                "  changed /test-county/embed/",
                "  changed /test-county/print/",
                "  changed /test-county/progress/",
                "  changed /test-county/progress/2024/",
                ], output.TrimEnd().Split('\n'));
        }
        finally
        {
            if (Directory.Exists(built)) Directory.Delete(built, recursive: true);
        }
    }

    [Fact]
    public void A_revision_the_repository_does_not_have_is_a_usage_error()
    {
        using var site = TwoCommits();
        var (code, output, error) = Run("diff", "no-such-branch", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"staticmap: 'no-such-branch' is not a revision of the repository at {site.Root}; give a branch, tag or commit it has, " +
                     "e.g. HEAD~1 (in CI, check out with fetch-depth: 0 so origin/<branch> exists)", error.Trim());
    }

    [Fact]
    public void A_folder_outside_git_with_a_revision_is_a_usage_error()
    {
        using var site = TestSite.Valid();
        var (code, _, error) = Run("diff", "HEAD~1", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.StartsWith($"staticmap: {site.Root} is not in a git repository, so 'HEAD~1' cannot be read (", error.Trim());
        Assert.EndsWith("); give a built site's folder instead", error.Trim());
    }

    [Fact]
    public void A_folder_that_holds_no_built_site_is_a_usage_error()
    {
        using var site = TwoCommits();
        var (code, _, error) = Run("diff", site.FullPath("plans"), "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Equal($"staticmap: {site.FullPath("plans")} holds no built site (no index.html); give a folder written by 'staticmap build', or a git revision",
            error.Trim());
    }

    [Fact]
    public void Errors_on_the_head_side_are_printed_and_exit_1()
    {
        using var site = TwoCommits();
        site.Replace(Report, "status: at-risk", "status: wrong");
        var (code, output, _) = Run("diff", "HEAD", "--root", site.Root, "--format", "text");
        Assert.Equal(1, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("Errors (1; the site cannot be built until they are fixed):", lines[1]);
        Assert.StartsWith("  plans/test-county/progress/2024.md(10,13): error MAP014: 'updates[2].status' is 'wrong'", lines[2]);
        Assert.Equal("Pages: not compared, a side with errors has no pages", lines[^1]);
    }

    [Fact]
    public void The_file_system_root_is_a_usage_error_without_a_trace()
    {
        using var site = TwoCommits();
        var (code, output, error) = Run("diff", "/", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("staticmap: / holds no built site (no index.html); give a folder written by 'staticmap build', or a git revision", error.Trim());
    }

    [Fact]
    public void A_head_revision_that_does_not_exist_is_a_usage_error_without_a_trace()
    {
        using var site = TwoCommits();
        var (code, output, error) = Run("diff", "HEAD~1", "no-such-branch", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("staticmap: 'no-such-branch' is not a revision of the repository at ", error.Trim());
    }

    [Fact]
    public void A_link_in_a_revision_to_a_file_of_the_repository_is_read_as_that_file()
    {
        // As build reads it: plans/test-county/data/jobs-program.csv -> ../../../shared/jobs.csv.
        using var site = TestSite.Valid();
        var data = site.FullPath(TestSite.Plan + "/data/jobs-program.csv");
        Directory.CreateDirectory(site.FullPath("shared"));
        File.Move(data, site.FullPath("shared/jobs.csv"));
        File.CreateSymbolicLink(data, "../../../shared/jobs.csv");
        Git(site.Root, "init", "--quiet", "--initial-branch=main");
        Git(site.Root, "config", "user.name", "Test");
        Git(site.Root, "config", "user.email", "test@example.org");
        Git(site.Root, "config", "commit.gpgsign", "false");
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "--quiet", "-m", "The plan, its data shared");

        var (code, output, error) = Run("diff", "HEAD", "HEAD", "--root", site.Root, "--format", "text");

        Assert.True(code == 0, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Matches(@"^HEAD \(([0-9a-f]{7})\) compared with HEAD \(\1\): nothing a reader sees changes$", lines[0]);
        Assert.Equal("Pages: 0 changed, 0 added, 0 removed, 15 unchanged", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void A_base_with_errors_is_not_said_to_change_nothing()
    {
        // The base names a data file it lacks (MAP062), so it has no pages; the working tree fixes that.
        using var site = TwoCommits();
        const string Findings = TestSite.Plan + "/findings.md";
        site.Replace(Findings, "file: data/jobs-program.csv", "file: data/nope.csv");
        Git(site.Root, "commit", "--quiet", "-a", "-m", "A data file that is not there");
        site.Replace(Findings, "file: data/nope.csv", "file: data/jobs-program.csv");

        var (code, output, error) = Run("diff", "HEAD", "--root", site.Root, "--format", "text");

        Assert.True(code == 0, error);
        var lines = output.TrimEnd().Split('\n');
        Assert.Matches(@"^Compared with HEAD \([0-9a-f]{7}\)$", lines[0]);
        Assert.Equal("Pages: not compared, a side with errors has no pages", lines[^1]);
    }
}
