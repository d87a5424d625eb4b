using StaticMap.Core;
using StaticMap.Core.Caching;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Caching;

/// <summary>
/// The text-file record (.staticmap/cache/text-files.txt): a build with the cache does not read a plan file whose stamp is
/// the one a build before recorded; its YAML tree and narrative facts come from the other records, its text is read only
/// when a rule or the render asks. After each kind of edit the site is byte for byte, and the diagnostics line for line,
/// those of a build without the cache; a file written since it was recorded is read.
/// </summary>
public sealed class TextFileRecordTests() : CacheScratch("textfiles")
{
    private const string Other = "plans/other-county";

    public static TheoryData<string> Edits => new()
    {
        "nothing", "report body", "report front matter", "plan.yml", "translation", "theme", "report added",
    };

    /// <summary>Files older than the racy window are recorded by a first build (so the test waits 2.2 s once); then one edit
    /// and a build with the cache, against a build without it.</summary>
    [SkippableTheory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Edits))]
    public void A_build_that_does_not_read_unchanged_files_writes_what_a_build_without_the_cache_writes(string edit)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "file stamps (statx) are read on Linux only");
        using var site = BuildCacheTests.TwoPlans();
        var options = new SiteOptions(IncludeDrafts: true);
        _ = site.Root; // written to disk now, then left older than the racy window
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        Assert.True(site.Build(options, cache: CacheFolder).Succeeded);
        var recorded = TextFileRecord.In(CacheFolder);
        Assert.True(recorded.Readable);
        Assert.NotNull(recorded.Find(site.Root, Path.Combine(site.Root, Other, "plan.yml")));
        Assert.NotNull(recorded.Find(site.Root, Path.Combine(site.Root, Other, "findings.md")));

        var edited = Apply(site, edit);
        // What of the other plan the parse stage read, seen as it ends (the render reads the texts of the plans it renders).
        List<string>? yamlRead = null, bodiesRead = null;
        var warm = Parsed(() => site.Build(options, cache: CacheFolder), parsed =>
        {
            var other = parsed.Plans.Single(p => p.Id == "other-county");
            yamlRead = other.Yaml.Where(y => y.HasText).Select(y => y.Path).ToList();
            bodiesRead = other.Components.Select(c => c.Body).Concat(other.Progress.Select(r => r.Body)).Where(b => b.HasText).Select(b => b.Path).ToList();
        });
        var cold = site.Build(options, output: ColdOutput);

        Assert.True(warm.Succeeded, string.Join("\n", warm.Diagnostics));
        Assert.Equal(Lines(cold.Diagnostics), Lines(warm.Diagnostics));
        BuildCacheTests.SameTree(ColdOutput, site.Output);
        // The other plan's files were not read by the parse stage, unless the edit was one of them.
        Assert.Equal(edited is null ? [] : new[] { edited }, yamlRead);
        Assert.Equal(edited is null || edited.EndsWith(".yml", StringComparison.Ordinal) ? [] : new[] { edited }, bodiesRead);
    }

    /// <summary>Applies the edit; the path of the other plan's file it writes, if any (the one file of that plan that is read).</summary>
    private static string? Apply(TestSite site, string edit)
    {
        switch (edit)
        {
            case "nothing":
                return null;
            case "report body":
                site.Write(TestSite.Plan + "/progress/2024.md", site.Read(TestSite.Plan + "/progress/2024.md") + "\nA sentence the edit adds.\n");
                return null;
            case "report front matter":
                site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
                return null;
            case "plan.yml":
                site.Write(Other + "/plan.yml", site.Read(Other + "/plan.yml") + "\n# A comment the edit adds.\n");
                return Other + "/plan.yml";
            case "translation":
                site.Write(TestSite.Plan + "/findings.es.md", site.Read(TestSite.Plan + "/findings.es.md") + "\nUna frase más.\n");
                return null;
            case "theme":
                // Every plan is rendered: the other plan's texts are read when its pages are made, from files not read by the parse.
                site.Write("theme/layouts/base.sbn-html", site.Read("theme/layouts/base.sbn-html") + "<!-- edited -->\n");
                return null;
            case "report added":
                site.Write(Other + "/progress/2025.md", site.Read(Other + "/progress/2024.md").Replace("year: 2024", "year: 2025"));
                return Other + "/progress/2025.md";
            default:
                throw new ArgumentOutOfRangeException(nameof(edit));
        }
    }
}
