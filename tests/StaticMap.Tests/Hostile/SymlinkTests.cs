using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Symbolic links out of the repository: a plan data file, an asset, a component, plan.yml, a progress folder, a whole
/// plan folder, the plans/ and input/ folders themselves, input/data files and site pages, links through a linked
/// folder, chains and loops. Each is MAP066 at the link, and the file it points at is never read: its content (a
/// canary) appears in no diagnostic and no output file. The theme's folders, libman.json and special files are covered by
/// <see cref="FileAccessTests"/>.
/// </summary>
public sealed class SymlinkTests : IDisposable
{
    private readonly OutsideFolder _outside = new();

    public SymlinkTests()
    {
        var canary = _outside.Canary;
        _outside.Write("secret.csv", $"year,value\n2021,1\n# {canary}\n")
            .Write("secret.md", $"---\ncomponent: sustainability\ncommitments:\n  - action: \"TODO: {canary}\"\n    responsible: x\n    resources: y\n---\nTODO: {canary}\n")
            .Write("plan.yml", $"title: \"TODO: {canary}\"\nsummary: \"TODO: {canary}\"\n")
            .Write("secret.png", canary)
            .Write("progress/2025.md", $"---\nyear: 2025\ntitle: \"TODO: {canary}\"\n---\nTODO: {canary}\n");
    }

    public void Dispose() => _outside.Dispose();

    [Fact]
    public void A_plan_data_file()
    {
        using var site = Valid();
        site.Link(Plan + "/data/jobs-program.csv", _outside.Path("secret.csv"));
        _outside.FailsAtLinkWithoutReading(site, Plan + "/data/jobs-program.csv");
    }

    [Fact]
    public void An_asset()
    {
        using var site = Valid();
        site.Link(Plan + "/assets/secret.png", _outside.Path("secret.png"));
        _outside.FailsAtLinkWithoutReading(site, Plan + "/assets/secret.png");
    }

    [Fact]
    public void A_component_file()
    {
        using var site = Valid();
        site.Link(Plan + "/sustainability.md", _outside.Path("secret.md"));
        _outside.FailsAtLinkWithoutReading(site, Plan + "/sustainability.md");
    }

    [Fact]
    public void The_plan_yml()
    {
        using var site = Valid();
        site.Link(Plan + "/plan.yml", _outside.Path("plan.yml"));
        _outside.FailsAtLinkWithoutReading(site, Plan + "/plan.yml");
    }

    [SkippableFact]
    public void A_plan_yml_linked_to_a_device_is_not_read()
    {
        MissingTool.Require(File.Exists("/dev/zero"), "This system has no /dev/zero device to link to (Linux and macOS have it).");
        using var site = Valid();
        site.Link(Plan + "/plan.yml", "/dev/zero");
        _outside.FailsAtLinkWithoutReading(site, Plan + "/plan.yml");
    }

    [SkippableFact]
    public void A_component_linked_to_a_device_is_not_read()
    {
        MissingTool.Require(File.Exists("/dev/zero"), "This system has no /dev/zero device to link to (Linux and macOS have it).");
        using var site = Valid();
        site.Link(Plan + "/sustainability.md", "/dev/zero");
        _outside.FailsAtLinkWithoutReading(site, Plan + "/sustainability.md");
    }

    [Fact]
    public void The_progress_folder()
    {
        using var site = Valid();
        site.Link(Plan + "/progress", _outside.Path("progress") + "/");
        _outside.FailsAtLinkWithoutReading(site, Plan + "/progress");
    }

    [Fact]
    public void A_whole_plan_folder()
    {
        using var site = Valid();
        var plan = _outside.Path("evil-county");
        CopyTree(site.FullPath(Plan), plan);
        File.WriteAllText(Path.Combine(plan, "plan.yml"), File.ReadAllText(Path.Combine(plan, "plan.yml"))
            .Replace("title: Test County Mobility Action Plan", $"title: \"{_outside.Canary}\""));
        site.Link("plans/evil-county", plan + "/");
        _outside.FailsAtLinkWithoutReading(site, "plans/evil-county");
    }

    [Fact]
    public void The_plans_folder_itself()
    {
        using var site = Valid();
        var plans = _outside.Path("plans");
        CopyTree(site.FullPath("plans"), plans);
        File.WriteAllText(Path.Combine(plans, "test-county", "plan.yml"), File.ReadAllText(Path.Combine(plans, "test-county", "plan.yml"))
            .Replace("title: Test County Mobility Action Plan", $"title: \"{_outside.Canary}\""));
        site.Link("plans", plans + "/");
        _outside.FailsAtLinkWithoutReading(site, "plans");
    }

    [Fact]
    public void The_input_folder_itself()
    {
        using var site = Valid();
        var input = _outside.Path("input");
        CopyTree(site.FullPath("input"), input);
        File.WriteAllText(Path.Combine(input, "index.md"), $"---\ntitle: \"{_outside.Canary}\"\n---\n{_outside.Canary}\n");
        // A row whose year is the canary: a reader that reads it says so, quoting it.
        File.AppendAllText(Path.Combine(input, "data", "mobility.csv"), $"{_outside.Canary},06,001,California,Alameda County,0.5,0.4,0.6,Strong,NA,NA\n");
        Directory.CreateDirectory(Path.Combine(input, "assets"));
        File.WriteAllText(Path.Combine(input, "assets", "secret.txt"), _outside.Canary);
        site.Link("input", input + "/");
        _outside.FailsAtLinkWithoutReading(site, "input");
    }

    [Fact]
    public void An_input_data_file()
    {
        using var site = Valid();
        site.Link("input/data/secret.csv", _outside.Path("secret.csv"));
        _outside.FailsAtLinkWithoutReading(site, "input/data/secret.csv");
    }

    [Fact]
    public void The_input_data_folder()
    {
        using var site = Valid();
        var data = _outside.Path("data");
        CopyTree(site.FullPath("input/data"), data);
        site.Link("input/data", data + "/");
        _outside.FailsAtLinkWithoutReading(site, "input/data");
    }

    [Fact]
    public void A_site_page()
    {
        using var site = Valid();
        site.Link("input/about.md", _outside.Path("secret.md"));
        _outside.FailsAtLinkWithoutReading(site, "input/about.md");
    }

    [Fact]
    public void A_site_asset()
    {
        using var site = Valid();
        site.Link("input/assets/secret.png", _outside.Path("secret.png"));
        _outside.FailsAtLinkWithoutReading(site, "input/assets/secret.png");
    }

    [Fact]
    public void A_file_linked_through_a_folder_link_inside_the_repository()
    {
        using var site = Valid();
        // 'escape' is a link to a folder outside; the data file's own target looks inside the repository.
        site.Link("escape", _outside.Root + "/");
        site.Link(Plan + "/data/jobs-program.csv", "../../../escape/secret.csv");
        _outside.FailsAtLinkWithoutReading(site, Plan + "/data/jobs-program.csv");
    }

    [Fact]
    public void A_file_linked_through_a_folder_link_and_back_up()
    {
        using var site = Valid();
        // 'deep' leads to a folder two levels below the outside folder; 'deep/../..' is the outside folder to the
        // file system, but looks like the repository to a path that is only normalised as text.
        Directory.CreateDirectory(_outside.Path("a/b"));
        site.Link(Plan + "/data/deep", _outside.Path("a/b") + "/");
        site.Link(Plan + "/data/jobs-program.csv", "deep/../../secret.csv");
        _outside.FailsAtLinkWithoutReading(site, Plan + "/data/jobs-program.csv");
    }

    [Fact]
    public void A_chain_of_links_that_ends_outside()
    {
        using var site = Valid();
        site.Link(Plan + "/assets/second.png", _outside.Path("secret.png"));
        site.Link(Plan + "/assets/first.png", "second.png");
        var diagnostics = HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, "MAP066", SourceSpan.File(Plan + "/assets/first.png"));
        HostileAssert.Has(diagnostics, "MAP066", SourceSpan.File(Plan + "/assets/second.png"));
        _outside.NotRead(site, diagnostics);
    }

    [Fact]
    public void A_loop_of_links_is_refused_not_followed_forever()
    {
        using var site = Valid();
        site.Link(Plan + "/assets/a.png", "b.png");
        site.Link(Plan + "/assets/b.png", "a.png");
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Span.Path == Plan + "/assets/a.png" && d.Code is "MAP066" or "MAP067");
    }

    [Fact]
    public void A_folder_link_to_the_repository_root_is_not_followed()
    {
        using var site = Valid();
        site.Link(Plan + "/assets/root", site.Root + "/");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "test-county", "assets", "root")));
    }

    [Fact]
    public void A_link_to_a_file_inside_the_repository_is_allowed()
    {
        using var site = Valid();
        site.Link(Plan + "/assets/copy.svg", "coalition.svg");
        site.Write(Plan + "/how-we-got-here.md", site.Read(Plan + "/how-we-got-here.md") + "\n![The same chart](assets/copy.svg)\n");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "assets", "copy.svg")));
    }
}
