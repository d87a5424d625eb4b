using StaticMap.Core.Scaffolding;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// <c>staticmap new</c> and <c>staticmap progress</c> write through the repository's writer (Reading/RepositoryWriter):
/// a plans/, plan folder or progress/ that is a symbolic link, out of the repository or inside it, is MAP066 at the
/// link, exit 1, and nothing is written anywhere, as the build refuses the same links.
/// </summary>
public class ScaffoldLinkTests
{
    private static readonly ScaffoldRequest Boone = new("boone-county", "Boone County", "MO", "29019");

    private static void NothingIn(OutsideFolder outside) =>
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside.Root, "*", SearchOption.AllDirectories));

    [Fact]
    public void New_refuses_a_plans_folder_linked_out_of_the_repository()
    {
        using var site = Valid();
        using var outside = new OutsideFolder();
        site.Link("plans", outside.Root + "/");
        var result = PlanScaffold.Create(site.Root, Boone);
        Assert.Equal(ScaffoldOutcome.Refused, result.Outcome);
        Assert.Equal("plans(1,1): error MAP066: this is a symbolic link to a folder outside the repository, and StaticMap writes nothing through it, so nothing was written; replace the link with a folder of the repository",
            Assert.Single(result.Problems));
        NothingIn(outside);
    }

    [Fact]
    public void New_refuses_a_plans_folder_linked_inside_the_repository()
    {
        using var site = Valid();
        Directory.CreateDirectory(site.FullPath("elsewhere"));
        site.Link("plans", "elsewhere/");
        var result = PlanScaffold.Create(site.Root, Boone);
        Assert.Equal(ScaffoldOutcome.Refused, result.Outcome);
        Assert.StartsWith("plans(1,1): error MAP066: this is a symbolic link, and StaticMap writes nothing through links", Assert.Single(result.Problems));
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.FullPath("elsewhere")));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void New_as_a_command_exits_1_with_MAP066_and_writes_nothing()
    {
        using var site = Valid();
        using var outside = new OutsideFolder();
        site.Link("plans", outside.Root + "/");
        var (exit, output, error) = StaticMapProcess.Run("new", "boone-county", "--name", "Boone County", "--state", "MO", "--fips", "29019", "--root", site.Root);
        Assert.True(exit == 1, $"exit {exit}\n{output}\n{error}");
        Assert.Contains("plans(1,1): error MAP066:", error);
        Assert.DoesNotContain("   at ", output + error);
        NothingIn(outside);
    }

    [Fact]
    public void Progress_refuses_a_progress_folder_linked_out_of_the_repository()
    {
        using var site = Valid();
        using var outside = new OutsideFolder();
        site.Link(Plan + "/progress", outside.Root + "/");
        var result = StaticMap.Core.SiteBuilder.Progress(site.Root, "test-county", 2025);
        Assert.Equal(ScaffoldOutcome.Refused, result.Outcome);
        Assert.StartsWith($"{Plan}/progress(1,1): error MAP066: this is a symbolic link to a folder outside the repository", Assert.Single(result.Problems));
        NothingIn(outside);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Progress_refuses_a_plan_folder_linked_out_of_the_repository()
    {
        using var site = Valid();
        using var outside = new OutsideFolder();
        Directory.Move(site.FullPath(Plan), outside.Path("test-county"));
        site.Link(Plan, outside.Path("test-county") + "/");
        var before = Directory.EnumerateFileSystemEntries(outside.Root, "*", SearchOption.AllDirectories).Order().ToList();
        var (exit, output, error) = StaticMapProcess.Run("progress", "test-county", "2025", "--root", site.Root);
        Assert.True(exit == 1, $"exit {exit}\n{output}\n{error}");
        Assert.Contains($"{Plan}(1,1): error MAP066:", error);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(outside.Root, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void New_and_progress_still_write_into_real_folders()
    {
        using var site = Valid();
        Assert.Equal(ScaffoldOutcome.Created, PlanScaffold.Create(site.Root, Boone).Outcome);
        Assert.True(File.Exists(site.FullPath("plans/boone-county/plan.yml")));
        Assert.Equal(ScaffoldOutcome.Created, StaticMap.Core.SiteBuilder.Progress(site.Root, "test-county", 2025).Outcome);
        Assert.True(File.Exists(site.FullPath(Plan + "/progress/2025.md")));
    }
}
