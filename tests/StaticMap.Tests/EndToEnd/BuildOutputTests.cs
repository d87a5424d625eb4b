using System.Security.Cryptography;
using StaticMap.Core.Rendering;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.EndToEnd;

/// <summary>The output folder: replaced whole on success, untouched on any error, never half-written.</summary>
public class BuildOutputTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_site_byte_for_byte()
    {
        using var site = TestSite.Valid();
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.Output);

        site.Replace(TestSite.Plan + "/plan.yml", "status: released", "status: publish");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void A_failed_first_build_writes_nothing()
    {
        using var site = TestSite.Valid();
        site.Delete(TestSite.Plan + "/sustainability.md");
        Assert.False(site.Build().Succeeded);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_whole_folder()
    {
        using var site = TestSite.Valid();
        Assert.True(site.Build().Succeeded);
        File.WriteAllText(Path.Combine(site.Output, "stale.html"), "old");
        Assert.True(site.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, OutputFolder.MarkerFile)));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for_and_then_not_indexed()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "status: released\nreleased: 2024-05-01\n", "status: draft\n");
        Assert.True(site.Build().Succeeded);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "test-county")));

        Assert.True(site.Build(new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }).Succeeded);
        var page = File.ReadAllText(Path.Combine(site.Output, "test-county", "findings", "index.html"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", page);
        Assert.Contains("Draft, not released", page);
    }

    [Fact]
    public void Chart_js_is_self_hosted_and_no_page_loads_a_script_from_elsewhere()
    {
        using var site = TestSite.Valid();
        Assert.True(site.Build().Succeeded);
        var chartJs = File.ReadAllText(Path.Combine(site.Output, "static", "vendor", "chart.js", "chart.umd.js"));
        Assert.StartsWith("/*!\n * Chart.js v4.5.1", chartJs);
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotMatch("<script[^>]+src=\"(https?:)?//", html);
            Assert.DoesNotContain("cdn.jsdelivr", html);
        }
    }

    [Fact]
    public void The_output_folder_must_not_hold_the_repository_or_foreign_files()
    {
        using var site = TestSite.Valid();
        Assert.NotNull(OutputFolder.RefusalReason(site.Root, site.Root));
        Assert.NotNull(OutputFolder.RefusalReason(site.FullPath("plans/out"), site.Root));
        site.Write("precious/notes.txt", "keep me");
        Assert.NotNull(OutputFolder.RefusalReason(site.FullPath("precious"), site.Root));
        Assert.Null(OutputFolder.RefusalReason(site.FullPath("_site"), site.Root));
    }

    private static Dictionary<string, string> Snapshot(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
