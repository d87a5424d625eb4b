using System.Text.Json.Nodes;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Reading;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Diff;

/// <summary>
/// <see cref="SiteDiff"/> in process: two versions of the fixture site rendered in memory (<see cref="SiteSnapshot"/>) and
/// compared. The command line around it is tested in Cli/DiffCommandTests.
/// </summary>
public class SiteDiffTests
{
    private const string Report = TestSite.Plan + "/progress/2024.md";

    private static SiteSnapshot Render(TestSite site) => SiteSnapshot.Render(site.ReadRoot, new SiteOptions { Clock = TestClock.Provider }, TestSite.ThemeFolder);

    [Fact]
    public void The_same_site_has_no_change_and_no_new_warning()
    {
        using var site = TestSite.Valid();
        var diff = SiteDiff.Compare(Render(site), Render(site));
        Assert.False(diff.AnyChange);
        Assert.Empty(diff.NewWarnings);
        Assert.Empty(diff.Errors);
        Assert.Equal(15, diff.Pages!.Unchanged);
    }

    [Fact]
    public void A_new_report_is_listed_with_each_of_its_updates()
    {
        using var site = TestSite.Valid();
        var before = Render(site);
        site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    value: 250\n    status: on-track\n---\nThe second year.\n");
        var diff = SiteDiff.Compare(before, Render(site));
        Assert.Equal("Alameda County: progress report 2025 added", Assert.Single(diff.Reports).Sentence);
        Assert.Equal("Alameda County: 'People trained' 2025: new update, status on-track; value 250 people; by the numbers on-track",
            Assert.Single(diff.Indicators).Sentence);
        Assert.Contains("/test-county/progress/2025/", diff.Pages!.Added);
        Assert.Contains("/test-county/progress/", diff.Pages.Changed);
    }

    [Fact]
    public void A_removed_update_and_a_plan_added()
    {
        using var site = TestSite.Valid();
        var before = Render(site);
        site.Replace(Report, "  - indicator: employment-rate\n    value: 80.9\n    status: at-risk\n", "");
        site.CopyFolder(TestSite.Plan, "plans/other-county");
        var diff = SiteDiff.Compare(before, Render(site));
        Assert.Equal("Alameda County: 'Employment rate' 2024: update removed (was status at-risk; value 80.9%)",
            Assert.Single(diff.Indicators).Sentence);
        var added = Assert.Single(diff.PlansAdded);
        Assert.Equal(("other-county", "Alameda County"), (added.Id, added.Place));
        Assert.Empty(diff.PlansRemoved);
        Assert.Contains("/other-county/", diff.Pages!.Added);
    }

    [Fact]
    public void With_errors_the_pages_are_not_compared_but_the_errors_and_plans_are_given()
    {
        using var site = TestSite.Valid();
        var before = Render(site);
        site.Replace(Report, "value: 150", "value: 160");
        site.Replace(Report, "status: at-risk", "status: wrong");
        var head = Render(site);
        Assert.Null(head.Pages);
        var diff = SiteDiff.Compare(before, head);
        Assert.Null(diff.Pages);
        Assert.Equal("MAP014", Assert.Single(diff.Errors).Code);
        Assert.Contains(diff.Indicators, c => c.Sentence.StartsWith("Alameda County: 'People trained' 2024: value 150 people → 160 people", StringComparison.Ordinal));
    }

    [Fact]
    public void A_value_left_to_the_data_says_where_it_now_comes_from()
    {
        using var site = TestSite.Valid();
        var before = Render(site);
        site.Replace(Report, "    value: 80.9\n    status: at-risk", "    status: at-risk");
        var head = Render(site);
        var update = head.Plans["test-county"]["progress"]![0]!["updates"]!.AsArray()
            .Single(u => u!["indicator"]!.GetValue<string>() == "employment-rate")!;
        var source = update["value_source"]!.GetValue<string>();
        var change = Assert.Single(SiteDiff.Compare(before, head).Indicators);
        Assert.StartsWith("Alameda County: 'Employment rate' 2024: value 80.9% → ", change.Sentence);
        Assert.Contains($" (from {source})", change.Sentence);
        Assert.Equal(source, change.SourceAfter);
        Assert.Null(change.SourceBefore);
    }

    [Fact]
    public void Plan_json_says_where_a_value_came_from_and_its_status_by_the_numbers()
    {
        using var site = TestSite.Valid();
        // employment-rate is tied to share_employed: without a value it takes Urban's latest up to 2024.
        site.Replace(Report, "    value: 80.9\n    status: at-risk", "    status: at-risk");
        var plan = Render(site).Plans["test-county"];
        var updates = plan["progress"]![0]!["updates"]!.AsArray();
        var trainees = updates.Single(u => u!["indicator"]!.GetValue<string>() == "trainees")!;
        Assert.Null(trainees["value_source"]);
        Assert.Equal(2024, trainees["value_year"]!.GetValue<int>());
        Assert.Equal("at-risk", trainees["status_by_numbers"]!.GetValue<string>());
        var rate = updates.Single(u => u!["indicator"]!.GetValue<string>() == "employment-rate")!;
        Assert.StartsWith("Urban Institute, Mobility Metrics, ", rate["value_source"]!.GetValue<string>());
        Assert.Equal(int.Parse(rate["value_source"]!.GetValue<string>()[^4..]), rate["value_year"]!.GetValue<int>());
        Assert.IsAssignableFrom<JsonValue>(rate["value"]);
    }

    [Fact]
    public void A_repository_with_its_own_strings_compared_with_its_own_build_has_no_change_and_a_real_change_only_its_pages()
    {
        using var site = TestSite.Valid().WithOwnTheme();
        site.Write("theme/strings/en.yml", "nav:\n  home: Start here\n");
        var before = Path.Combine(site.Root, "_before");
        var after = Path.Combine(site.Root, "_after");
        Assert.DoesNotContain(site.Build(output: before).Diagnostics, d => d.IsError);
        Assert.Contains("Start here", File.ReadAllText(Path.Combine(before, "test-county", "index.html")));
        var built = SiteSnapshot.ReadBuilt(before, out var problem);
        Assert.True(built is not null, problem);

        // The same repository rendered for the diff: the build's run, with the theme's strings.
        var same = SiteDiff.Compare(built!, SiteSnapshot.Render(site.Root, new SiteOptions { Clock = TestClock.Provider }));
        Assert.Equal((0, 0, 0, 15), (same.Pages!.Changed.Count, same.Pages.Added.Count, same.Pages.Removed.Count, same.Pages.Unchanged));
        Assert.False(same.AnyChange);

        // A real change: exactly the pages a second build changes.
        site.Replace(Report, "value: 150", "value: 160");
        Assert.DoesNotContain(site.Build(output: after).Diagnostics, d => d.IsError);
        var rebuilt = SiteDiff.Compare(built!, SiteSnapshot.ReadBuilt(after, out _)!).Pages!;
        var diffed = SiteDiff.Compare(built!, SiteSnapshot.Render(site.Root, new SiteOptions { Clock = TestClock.Provider })).Pages!;
        Assert.NotEmpty(rebuilt.Changed);
        Assert.True(rebuilt.Changed.Count < 15, string.Join(", ", rebuilt.Changed));
        Assert.Equal(rebuilt.Changed, diffed.Changed);
        Assert.Empty(diffed.Added);
        Assert.Empty(diffed.Removed);
    }

    [Fact]
    public void A_repository_held_in_memory_renders_as_the_same_folder_on_disk()
    {
        using var site = TestSite.Valid();
        var files = Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Root, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllBytes);
        var onDisk = Render(site);
        SiteSnapshot inMemory;
        using (var memory = MemoryRepository.Mount(files))
        {
            Assert.False(Directory.Exists(memory.Root));
            inMemory = SiteSnapshot.Render(memory.Root, new SiteOptions { Clock = TestClock.Provider }, TestSite.ThemeFolder);
        }
        var diff = SiteDiff.Compare(onDisk, inMemory);
        Assert.False(diff.AnyChange);
        Assert.Equal(15, diff.Pages!.Unchanged);
        Assert.Equal(onDisk.Diagnostics!.Select(d => d.ToString()), inMemory.Diagnostics!.Select(d => d.ToString()));
        Assert.Equal(onDisk.Plans.Keys, inMemory.Plans.Keys);
    }
}
