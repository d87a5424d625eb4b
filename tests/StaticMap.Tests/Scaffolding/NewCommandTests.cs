using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.StaticMapProcess;

namespace StaticMap.Tests.Scaffolding;

/// <summary>`staticmap new` as a coalition runs it: exit codes, messages, and a repository that then checks clean of errors.</summary>
[Trait("Category", "Slow")]
public class NewCommandTests
{
    [Fact]
    public void New_then_check_exits_0_with_placeholder_warnings()
    {
        using var site = TestSite.Valid();
        var (code, output, error) = Run("new", "boone-county", "--name", "Boone County", "--state", "MO", "--fips", "29019", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("Created plans/boone-county/:\n  plans/boone-county/plan.yml\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("'staticmap check' lists the ones left (warning MAP090)", output);

        var (checkCode, checkOutput, _) = Run("check", "--root", site.Root);
        Assert.Equal(0, checkCode);
        var lines = checkOutput.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        Assert.All(lines[..^1], l => Assert.Matches(@"^plans/boone-county/[a-z-]+\.(md|yml)\(\d+,\d+\): warning MAP090: ", l));
        Assert.Matches(@"^2 plans, 0 errors, \d+ warnings in ", lines[^1]);
    }

    /// <summary>The repository's own input/ and theme/ with an empty plans/: what a coalition starts from when it
    /// deletes the sample plans. Nothing the project ships may name a sample plan.</summary>
    private static TestSite RepositoryWithoutPlans()
    {
        var site = TestSite.Empty();
        Directory.CreateDirectory(site.FullPath("plans"));
        Copy(Path.Combine(Repository.Root, "input"), site.FullPath("input"));
        Copy(Path.Combine(Repository.Root, "theme"), site.FullPath("theme"));
        return site;

        static void Copy(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(from, file);
                if (relative.Split(Path.DirectorySeparatorChar).Contains("node_modules")) continue;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
                File.Copy(file, Path.Combine(to, relative));
            }
        }
    }

    [Fact]
    public void The_repository_without_its_sample_plans_builds_warning_only_of_the_site_pages_placeholders()
    {
        using var site = RepositoryWithoutPlans();
        // As the site is published, with its address (without it, MAP094 says share cards need it).
        var (code, output, error) = Run("build", "--root", site.Root, "--base-url", "https://maps.example.org/");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        // The site pages say nothing of the sample plans; what only the publisher can write (name, contact, testing) is marked.
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var diagnostics = lines.TakeWhile(l => !l.StartsWith("0 plans", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, l => Assert.Matches(@"^input/(about|accessibility)(\.es)?\.md\(\d+,\d+\): warning MAP090: ", l));
        Assert.Matches(@"\n0 plans, \d+ pages, 0 errors, \d+ warnings in ", "\n" + string.Join("\n", lines.Skip(diagnostics.Count)));
    }

    [Fact]
    public void A_new_plan_with_a_spanish_translation_checks_with_placeholder_warnings_only()
    {
        using var site = RepositoryWithoutPlans();
        Assert.Equal(0, Run("new", "lake-county", "--name", "Lake County", "--state", "IL", "--fips", "17097", "--translations", "es", "--root", site.Root).ExitCode);
        Assert.Contains("translations: [es]", site.Read("plans/lake-county/plan.yml"));
        Assert.Contains("TODO: (traduzca al español)", site.Read("plans/lake-county/findings.es.md"));
        Assert.Contains("TODO: el título del plan en español", site.Read("plans/lake-county/plan.es.yml"));

        var (code, output, error) = Run("check", "--root", site.Root);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var diagnostics = lines.TakeWhile(l => !l.StartsWith("1 plan", StringComparison.Ordinal)).ToList();
        Assert.All(diagnostics, l => Assert.Matches(@"^(plans/lake-county/[a-z-]+(\.es)?\.(md|yml)|input/(about|accessibility)(\.es)?\.md)\(\d+,\d+\): warning MAP090: ", l));
        Assert.Contains(diagnostics, l => l.StartsWith("plans/lake-county/findings.es.md(", StringComparison.Ordinal));
        Assert.Contains(diagnostics, l => l.StartsWith("plans/lake-county/plan.es.yml(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    [InlineData("build", "--drafts")]
    public void A_new_plan_in_the_repository_without_its_sample_plans_has_placeholder_warnings_only(params string[] command)
    {
        using var site = RepositoryWithoutPlans();
        Assert.Equal(0, Run("new", "lake-county", "--name", "Lake County", "--state", "IL", "--fips", "17097", "--root", site.Root).ExitCode);

        // A build as the site is published, with its address (without it, MAP094 says share cards need it).
        string[] address = command[0] == "build" ? ["--base-url", "https://maps.example.org/"] : [];
        var (code, output, error) = Run([.. command, .. address, "--root", site.Root]);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        var lines = output.ReplaceLineEndings("\n").TrimEnd().Split('\n');
        var diagnostics = lines.TakeWhile(l => !l.StartsWith("1 plan", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(diagnostics);
        // Besides the new plan's placeholders, the repository's site pages' (what only the publisher can write).
        Assert.All(diagnostics, l => Assert.Matches(@"^(plans/lake-county/[a-z-]+\.(md|yml)|input/(about|accessibility)(\.es)?\.md)\(\d+,\d+\): warning MAP090: ", l));
        Assert.Contains(diagnostics, l => l.StartsWith("plans/lake-county/", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("1 plan", StringComparison.Ordinal) && l.Contains(" 0 errors, ", StringComparison.Ordinal));
        if (command[0] == "build")
        {
            Assert.True(File.Exists(site.FullPath("_site/404.html")));
            Assert.Equal(command.Length > 1, Directory.Exists(site.FullPath("_site/lake-county")));
        }
    }

    [Fact]
    public void New_refuses_to_overwrite_a_plan_and_exits_2()
    {
        using var site = TestSite.Valid();
        var before = site.Read(TestSite.Plan + "/plan.yml");
        var (code, output, error) = Run("new", "test-county", "--name", "Test County", "--state", "CA", "--fips", "06001", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("staticmap: plans/test-county already exists, so nothing was written; choose another plan id, or move that folder away first",
            error.Trim());
        Assert.Equal(before, site.Read(TestSite.Plan + "/plan.yml"));
    }

    [Fact]
    public void New_reports_every_bad_input_and_exits_2_without_writing()
    {
        using var site = TestSite.Valid();
        var (code, _, error) = Run("new", "Boone County", "--name", "Boone County", "--state", "Missouri", "--fips", "6001", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Contains("staticmap: plan id 'Boone County' is not lowercase kebab-case (it becomes the plan's web address); use e.g. 'boone-county'", error);
        Assert.Contains("staticmap: --state 'Missouri' is not a USPS state code", error);
        Assert.Contains("staticmap: --fips '6001' is not a 5-digit county FIPS code", error);
        Assert.Equal(["test-county"], Directory.GetFileSystemEntries(site.FullPath("plans")).Select(Path.GetFileName));
    }

    [Fact]
    public void New_without_a_required_option_is_a_usage_error()
    {
        var (code, _, error) = Run("new", "boone-county", "--state", "MO", "--fips", "29019");
        Assert.Equal(2, code);
        Assert.Contains("'--name' is required", error);
    }

    [Fact]
    public void New_has_help()
    {
        var (code, output, _) = Run("new", "--help");
        Assert.Equal(0, code);
        Assert.Contains("staticmap new <plan-id> [options]", output);
        Assert.Contains("--fips", output);
    }
}
