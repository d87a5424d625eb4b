using System.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.StaticMapProcess;

namespace StaticMap.Tests.Cli;

/// <summary>The staticmap command as users and CI run it: a separate process, its exit code and its output.</summary>
[Trait("Category", "Slow")]
public class CliTests
{
    [Fact]
    public void Pdf_without_chromium_says_what_to_install_and_exits_1()
    {
        using var site = TestSite.Valid();
        var missing = Path.Combine(site.Root, "no-such-chromium");
        var output = Path.Combine(site.Root, "plan.pdf");
        var (code, _, error) = Run(new Dictionary<string, string?> { ["STATICMAP_CHROMIUM"] = missing },
            "pdf", "test-county", "--root", site.Root, "--output", output);
        Assert.Equal(1, code);
        Assert.Contains($"cannot make a PDF: Chromium was not found at {missing} (STATICMAP_CHROMIUM)", error);
        Assert.Contains("sudo apt-get install chromium", error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Pdf_of_an_unknown_plan_is_a_usage_error()
    {
        using var site = TestSite.Valid();
        var (code, _, error) = Run("pdf", "nowhere-county", "--root", site.Root);
        Assert.Equal(2, code);
        Assert.Contains("there is no plan 'nowhere-county'", error);
    }

    [Fact]
    public void Check_on_a_clean_repository_exits_0_with_a_summary()
    {
        using var site = TestSite.Valid();
        var (code, output, _) = Run("check", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Matches(@"^1 plan, 0 errors, 0 warnings in \d+\.\d s$", output.Trim());
    }

    [Fact]
    public void Check_reports_msbuild_style_diagnostics_and_exits_1()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "status: released", "status: publishd");
        var (code, output, _) = Run("check", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Equal("plans/test-county/plan.yml(7,9): error MAP014: 'status' is 'publishd', which is not allowed; use one of: draft, released",
            output.Split('\n')[0]);
    }

    [Fact]
    public void Check_github_format_emits_pull_request_annotations()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "status: released", "status: publishd");
        var (code, output, _) = Run("check", "--root", site.Root, "--format", "github");
        Assert.Equal(1, code);
        Assert.Equal("::error file=plans/test-county/plan.yml,line=7,col=9,title=MAP014::MAP014: 'status' is 'publishd', which is not allowed; use one of: draft, released",
            output.Split('\n')[0]);
    }

    [Fact]
    public void Check_json_format_is_parseable()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "status: released", "status: publishd");
        var (code, output, _) = Run("check", "--root", site.Root, "--format", "json");
        Assert.Equal(1, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var d = json.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("MAP014", d.GetProperty("code").GetString());
        Assert.Equal(7, d.GetProperty("line").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Run("check", "--format", "yaml").ExitCode);
        Assert.Equal(2, Run("build", "--no-such-option").ExitCode);
        Assert.Equal(2, Run("check", "--root", "/no/such/folder").ExitCode);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "is a javascript: address; only http:// and https:// addresses")]
    [InlineData("data:text/html,<script>alert(1)</script>", "contains a space, quote, angle bracket or control character")]
    [InlineData("data:text/html,hello", "is a data: address; only http:// and https:// addresses")]
    [InlineData("file:///etc/passwd", "is not an absolute address")]
    [InlineData("ftp://maps.example.org/", "is a ftp: address")]
    [InlineData("/maps/", "is not an absolute address")]
    [InlineData("maps.example.org", "is not an absolute address")]
    [InlineData("https://maps.example.org/a b/", "contains a space")]
    [InlineData("https://maps.example.org/\"><script>", "contains a space, quote, angle bracket")]
    [InlineData("https://maps.example.org/?q=1", "has a user name, query (?) or fragment (#)")]
    [InlineData("https://user@maps.example.org/", "has a user name")]
    [InlineData("http:maps.example.org", "is not an absolute address")]
    public void Build_refuses_a_base_url_that_is_not_an_http_address_with_exit_2(string url, string reason)
    {
        using var site = TestSite.Valid();
        var (code, output, error) = Run("build", "--root", site.Root, "--base-url", url);
        Assert.Equal(2, code);
        Assert.StartsWith($"staticmap: --base-url '{url}' {reason}", error);
        Assert.EndsWith("write the site's public address, e.g. --base-url https://maps.example.org/", error.Trim());
        Assert.Equal("", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("https://maps.example.org/")]
    [InlineData("http://localhost:8080/maps/")]
    public void Build_accepts_an_http_base_url(string url) =>
        Assert.Null(StaticMap.Cli.Commands.CommonOptions.BaseUrlProblem(url));

    [Fact]
    public void Build_with_no_cache_draws_the_cards_and_keeps_no_cache_of_them_or_of_the_plans()
    {
        using var site = TestSite.Valid();
        // A cache folder of its own, with the downloads (Chart.js, Pagefind) linked from the usual one so nothing is fetched.
        var shared = StaticMap.Core.Writing.VendorLibraries.FromEnvironment().CacheFolder;
        var cache = Directory.CreateTempSubdirectory("staticmap-no-cache-").FullName;
        try
        {
            foreach (var download in new[] { "files", "npm", "pagefind" }.Where(d => Directory.Exists(Path.Combine(shared, d))))
                Directory.CreateSymbolicLink(Path.Combine(cache, download), Path.Combine(shared, download));
            var (code, output, _) = Run(new Dictionary<string, string?> { ["STATICMAP_CACHE"] = cache },
                "build", "--root", site.Root, "--base-url", "https://maps.example.org/", "--no-cache");
            Assert.Equal(0, code);
            Assert.Contains("Site written to", output);
            Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "card.png")));
            Assert.False(Directory.Exists(Path.Combine(cache, "images")), "--no-cache kept the drawn images in $STATICMAP_CACHE/images");
            Assert.False(Directory.Exists(site.FullPath(".staticmap/cache")), "--no-cache wrote the build cache");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    [Fact]
    public void Build_resolves_links_before_guarding_the_output()
    {
        using var site = TestSite.Valid();
        Directory.CreateSymbolicLink(site.FullPath("link"), site.FullPath("plans"));
        var (code, _, error) = Run("build", "--root", site.Root, "--output", site.FullPath("link/site"));
        Assert.Equal(2, code);
        Assert.Contains($"will not write the site to {site.FullPath("link/site")}: it is inside plans/; choose a folder such as _site", error);
        Assert.False(Directory.Exists(site.FullPath("plans/site")));
    }

    [Fact]
    public void Build_follows_a_linked_output_folder_and_says_so()
    {
        using var site = TestSite.Valid().OnDisk(); // the link to the output is made in the site's folder on disk
        var real = Path.Combine(Path.GetTempPath(), "staticmap-linked-output-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(real);
        try
        {
            Directory.CreateSymbolicLink(site.Output, real);
            var (code, output, _) = Run("build", "--root", site.Root);
            Assert.Equal(0, code);
            Assert.Contains($"Site written to {real} (through the symbolic link ", output);
            Assert.Contains("which was followed and kept)", output);
            Assert.NotNull(new DirectoryInfo(site.Output).LinkTarget);
            Assert.True(File.Exists(Path.Combine(real, "index.html")));
        }
        finally
        {
            Directory.Delete(real, recursive: true);
        }
    }

    [Fact]
    public void Build_with_a_named_pipe_exits_1_with_MAP067_instead_of_hanging()
    {
        using var site = TestSite.Valid();
        var pipe = site.FullPath(TestSite.Plan + "/assets/f.pdf");
        using (var mkfifo = Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
        var (code, output, _) = Run("build", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("error MAP067", output);
        Assert.Contains("it is a named pipe (FIFO), not a regular file", output);
    }

    [Fact]
    public void Build_keeps_its_cache_in_the_repository_and_no_cache_renders_every_plan()
    {
        using var site = TestSite.Valid();
        Assert.Equal(0, Run("build", "--root", site.Root).ExitCode);
        Assert.Single(Directory.GetFiles(site.FullPath(".staticmap/cache/outputs")));

        var (code, output, _) = Run("build", "--root", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("cache: 1 plan unchanged since the last build, taken from it (.staticmap/cache; --no-cache renders every plan)", output);

        (code, output, _) = Run("build", "--root", site.Root, "--no-cache");
        Assert.Equal(0, code);
        Assert.DoesNotContain("cache:", output);
    }

    [Fact]
    public void Build_refuses_an_output_folder_with_foreign_files()
    {
        using var site = TestSite.Valid();
        site.Write("precious/notes.txt", "keep me");
        var (code, _, error) = Run("build", "--root", site.Root, "--output", site.FullPath("precious"));
        Assert.Equal(2, code);
        Assert.Contains("will not write the site", error);
        Assert.Equal("keep me", site.Read("precious/notes.txt"));
    }

    [Fact]
    public void Build_errors_exit_1_without_a_stack_trace()
    {
        using var site = TestSite.Valid();
        site.Write(TestSite.Plan + "/plan.yml", "title: [unclosed\n");
        var (code, output, error) = Run("build", "--root", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("error MAP004", output);
        Assert.DoesNotContain("   at ", output + error);
        Assert.Contains("Nothing was written", output);
    }

    [Fact]
    public void Build_prints_the_summary_line()
    {
        using var site = TestSite.Valid();
        var (code, output, _) = Run("build", "--root", site.Root, "--base-url", "https://maps.example.org/");
        Assert.Equal(0, code);
        Assert.Matches(@"1 plan, \d+ pages, 0 errors, 0 warnings in \d+\.\d s", output);
    }

    [Fact]
    public void Every_command_has_help()
    {
        foreach (var command in new[] { "build", "check", "rules", "diff" })
        {
            var (code, output, _) = Run(command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage:", output);
        }
    }
}
