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
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "staticmap-outside-" + Guid.NewGuid().ToString("N"));
    private readonly string _canary = "CANARY-" + Guid.NewGuid().ToString("N");

    public SymlinkTests()
    {
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Outside("secret.csv"), $"year,value\n2021,1\n# {_canary}\n");
        File.WriteAllText(Outside("secret.md"), $"---\ncomponent: sustainability\ncommitments:\n  - action: \"TODO: {_canary}\"\n    responsible: x\n    resources: y\n---\nTODO: {_canary}\n");
        File.WriteAllText(Outside("plan.yml"), $"title: \"TODO: {_canary}\"\nsummary: \"TODO: {_canary}\"\n");
        File.WriteAllText(Outside("secret.png"), _canary);
        Directory.CreateDirectory(Outside("progress"));
        File.WriteAllText(Outside("progress/2025.md"), $"---\nyear: 2025\ntitle: \"TODO: {_canary}\"\n---\nTODO: {_canary}\n");
    }

    private string Outside(string relative) => Path.Combine(_outside, relative.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        try { Directory.Delete(_outside, recursive: true); }
        catch (IOException) { }
    }

    private static void Link(TestSite site, string relative, string target)
    {
        var path = site.FullPath(relative);
        if (File.Exists(path)) File.Delete(path);
        else if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target) || target.EndsWith('/')) Directory.CreateSymbolicLink(path, target.TrimEnd('/'));
        else File.CreateSymbolicLink(path, target);
    }

    /// <summary>The build fails with MAP066 at <paramref name="linkPath"/> and the canary was read by nobody.</summary>
    private void FailsAtLinkWithoutReading(TestSite site, string linkPath)
    {
        var diagnostics = HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, "MAP066", SourceSpan.File(linkPath));
        NotRead(site, diagnostics);
    }

    private void NotRead(TestSite site, IReadOnlyList<Diagnostic> diagnostics)
    {
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains(_canary, StringComparison.Ordinal));
        if (!Directory.Exists(site.Output)) return;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain(_canary, File.ReadAllText(file));
    }

    [Fact]
    public void A_plan_data_file()
    {
        using var site = Valid();
        Link(site, Plan + "/data/jobs-program.csv", Outside("secret.csv"));
        FailsAtLinkWithoutReading(site, Plan + "/data/jobs-program.csv");
    }

    [Fact]
    public void An_asset()
    {
        using var site = Valid();
        Link(site, Plan + "/assets/secret.png", Outside("secret.png"));
        FailsAtLinkWithoutReading(site, Plan + "/assets/secret.png");
    }

    [Fact]
    public void A_component_file()
    {
        using var site = Valid();
        Link(site, Plan + "/sustainability.md", Outside("secret.md"));
        FailsAtLinkWithoutReading(site, Plan + "/sustainability.md");
    }

    [Fact]
    public void The_plan_yml()
    {
        using var site = Valid();
        Link(site, Plan + "/plan.yml", Outside("plan.yml"));
        FailsAtLinkWithoutReading(site, Plan + "/plan.yml");
    }

    [Fact]
    public void A_plan_yml_linked_to_a_device_is_not_read()
    {
        if (!File.Exists("/dev/zero")) return;
        using var site = Valid();
        Link(site, Plan + "/plan.yml", "/dev/zero");
        FailsAtLinkWithoutReading(site, Plan + "/plan.yml");
    }

    [Fact]
    public void A_component_linked_to_a_device_is_not_read()
    {
        if (!File.Exists("/dev/zero")) return;
        using var site = Valid();
        Link(site, Plan + "/sustainability.md", "/dev/zero");
        FailsAtLinkWithoutReading(site, Plan + "/sustainability.md");
    }

    [Fact]
    public void The_progress_folder()
    {
        using var site = Valid();
        Link(site, Plan + "/progress", Outside("progress") + "/");
        FailsAtLinkWithoutReading(site, Plan + "/progress");
    }

    [Fact]
    public void A_whole_plan_folder()
    {
        using var site = Valid();
        var plan = Outside("evil-county");
        Copy(site.FullPath(Plan), plan);
        File.WriteAllText(Path.Combine(plan, "plan.yml"), File.ReadAllText(Path.Combine(plan, "plan.yml"))
            .Replace("title: Test County Mobility Action Plan", $"title: \"{_canary}\""));
        Link(site, "plans/evil-county", plan + "/");
        FailsAtLinkWithoutReading(site, "plans/evil-county");
    }

    [Fact]
    public void The_plans_folder_itself()
    {
        using var site = Valid();
        var plans = Outside("plans");
        Copy(site.FullPath("plans"), plans);
        File.WriteAllText(Path.Combine(plans, "test-county", "plan.yml"), File.ReadAllText(Path.Combine(plans, "test-county", "plan.yml"))
            .Replace("title: Test County Mobility Action Plan", $"title: \"{_canary}\""));
        Link(site, "plans", plans + "/");
        FailsAtLinkWithoutReading(site, "plans");
    }

    [Fact]
    public void The_input_folder_itself()
    {
        using var site = Valid();
        var input = Outside("input");
        Copy(site.FullPath("input"), input);
        File.WriteAllText(Path.Combine(input, "index.md"), $"---\ntitle: \"{_canary}\"\n---\n{_canary}\n");
        // A row whose year is the canary: a reader that reads it says so, quoting it.
        File.AppendAllText(Path.Combine(input, "data", "mobility.csv"), $"{_canary},06,001,California,Alameda County,0.5,0.4,0.6,Strong,NA,NA\n");
        Directory.CreateDirectory(Path.Combine(input, "assets"));
        File.WriteAllText(Path.Combine(input, "assets", "secret.txt"), _canary);
        Link(site, "input", input + "/");
        FailsAtLinkWithoutReading(site, "input");
    }

    [Fact]
    public void An_input_data_file()
    {
        using var site = Valid();
        Link(site, "input/data/secret.csv", Outside("secret.csv"));
        FailsAtLinkWithoutReading(site, "input/data/secret.csv");
    }

    [Fact]
    public void The_input_data_folder()
    {
        using var site = Valid();
        var data = Outside("data");
        Copy(site.FullPath("input/data"), data);
        Link(site, "input/data", data + "/");
        FailsAtLinkWithoutReading(site, "input/data");
    }

    [Fact]
    public void A_site_page()
    {
        using var site = Valid();
        Link(site, "input/about.md", Outside("secret.md"));
        FailsAtLinkWithoutReading(site, "input/about.md");
    }

    [Fact]
    public void A_site_asset()
    {
        using var site = Valid();
        Link(site, "input/assets/secret.png", Outside("secret.png"));
        FailsAtLinkWithoutReading(site, "input/assets/secret.png");
    }

    [Fact]
    public void A_file_linked_through_a_folder_link_inside_the_repository()
    {
        using var site = Valid();
        // 'escape' is a link to a folder outside; the data file's own target looks inside the repository.
        Link(site, "escape", _outside + "/");
        Link(site, Plan + "/data/jobs-program.csv", "../../../escape/secret.csv");
        FailsAtLinkWithoutReading(site, Plan + "/data/jobs-program.csv");
    }

    [Fact]
    public void A_file_linked_through_a_folder_link_and_back_up()
    {
        using var site = Valid();
        // 'deep' leads to a folder two levels below the outside folder; 'deep/../..' is the outside folder to the
        // file system, but looks like the repository to a path that is only normalised as text.
        Directory.CreateDirectory(Outside("a/b"));
        Link(site, Plan + "/data/deep", Outside("a/b") + "/");
        Link(site, Plan + "/data/jobs-program.csv", "deep/../../secret.csv");
        FailsAtLinkWithoutReading(site, Plan + "/data/jobs-program.csv");
    }

    [Fact]
    public void A_chain_of_links_that_ends_outside()
    {
        using var site = Valid();
        Link(site, Plan + "/assets/second.png", Outside("secret.png"));
        Link(site, Plan + "/assets/first.png", "second.png");
        var diagnostics = HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, "MAP066", SourceSpan.File(Plan + "/assets/first.png"));
        HostileAssert.Has(diagnostics, "MAP066", SourceSpan.File(Plan + "/assets/second.png"));
        NotRead(site, diagnostics);
    }

    [Fact]
    public void A_loop_of_links_is_refused_not_followed_forever()
    {
        using var site = Valid();
        Link(site, Plan + "/assets/a.png", "b.png");
        Link(site, Plan + "/assets/b.png", "a.png");
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Span.Path == Plan + "/assets/a.png" && d.Code is "MAP066" or "MAP067");
    }

    [Fact]
    public void A_folder_link_to_the_repository_root_is_not_followed()
    {
        using var site = Valid();
        Link(site, Plan + "/assets/root", site.Root + "/");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "test-county", "assets", "root")));
    }

    [Fact]
    public void A_link_to_a_file_inside_the_repository_is_allowed()
    {
        using var site = Valid();
        Link(site, Plan + "/assets/copy.svg", "coalition.svg");
        site.Write(Plan + "/how-we-got-here.md", site.Read(Plan + "/how-we-got-here.md") + "\n![The same chart](assets/copy.svg)\n");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "assets", "copy.svg")));
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
