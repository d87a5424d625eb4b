using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rules;

/// <summary>
/// Links that lead nowhere, in each form the contract allows, are MAP063 at the line and column of the link, with a
/// message that names the file to link instead (or the page, for pages that have no file of their own).
/// </summary>
public class BrokenLinkTests
{
    private const string History = TestSite.Plan + "/how-we-got-here.md";
    private const string Report = TestSite.Plan + "/progress/2024.md";
    private const string About = "input/about.md";

    public static TheoryData<string, string, string> Broken => new()
    {
        { History, "finding.md", "the link 'finding.md' leads to nothing the site publishes; link the file: findings.md" },
        { History, "findings/", "the link 'findings/' leads to nothing the site publishes; link the file: findings.md" },
        { History, "findings", "the link 'findings' leads to nothing the site publishes; link the file: findings.md" },
        { History, "../findingz/", "the link '../findingz/' leads to nothing the site publishes; link the file: findings.md" },
        { History, "/test-county/findingz/", "the link '/test-county/findingz/' leads to nothing the site publishes; link the file: findings.md" },
        { History, "../progress/2023/", "the link '../progress/2023/' leads to nothing the site publishes; link the file: progress/2024.md" },
        { History, "../stauts/", "the link '../stauts/' leads to nothing the site publishes; link the page: /test-county/status/" },
        { History, "../../no-such-plan/", "the link '../../no-such-plan/' leads to nothing the site publishes; " +
            "link to a component file such as findings.md, a progress/<year>.md file, or a site URL" },
        { Report, "../findings/", "the link '../findings/' leads to nothing the site publishes; link the file: ../findings.md" },
        { Report, "findings.md", "the link 'findings.md' leads to nothing the site publishes; link the file: ../findings.md" },
        { About, "../test-county/findingz/", "the link '../test-county/findingz/' leads to nothing the site publishes; link the file: ../plans/test-county/findings.md" },
        { About, "test-county/findings/", "the link 'test-county/findings/' leads to nothing the site publishes; link the file: ../plans/test-county/findings.md" },
        { History, "findings.md#what-the-data-sya", "the link 'findings.md#what-the-data-sya' names '#what-the-data-sya', but the page /test-county/findings/ " +
            "has no heading or element with that id; did you mean '#what-the-data-say'?" },
        { History, "../findings/#nothing-here-at-all", "the link '../findings/#nothing-here-at-all' names '#nothing-here-at-all', but the page /test-county/findings/ " +
            "has no heading or element with that id; link a heading of that page (its id is the heading text in lowercase, with hyphens for spaces) or leave out the #part" },
        { History, "#timeline", "the link '#timeline' names '#timeline', but this page has no heading or element with that id; " +
            "link a heading of that page (its id is the heading text in lowercase, with hyphens for spaces) or leave out the #part" },
        { About, "/test-county/measurement-plan/#sm-indicator-trainee", "the link '/test-county/measurement-plan/#sm-indicator-trainee' names '#sm-indicator-trainee', " +
            "but the page /test-county/measurement-plan/ has no heading or element with that id; did you mean '#sm-indicator-trainees'?" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_link_that_leads_nowhere_is_MAP063_at_the_link(string source, string address, string message)
    {
        using var site = TestSite.Valid();
        if (!site.Exists(source)) site.Write(source, "---\ntitle: About\n---\nAbout this site.\n");
        site.Write(source, site.Read(source) + $"\nSee [the broken link]({address}) here.\n");
        var d = RuleAssert.Single(site, "MAP063", site.PositionOf(source, "[the broken link]"));
        Assert.Equal(message, d.Message);
    }

    /// <summary>A typo in another plan's folder suggested the linking plan's own file of the same name ("../pittsburg/findings.md":
    /// "link the file: findings.md", a different plan; review8, 2026-12-07): the suggestion is the other plan's file.</summary>
    [Fact]
    public void A_misspelled_plan_folder_suggests_that_plans_file_not_this_plans()
    {
        using var site = TestSite.Valid();
        site.CopyFolder(TestSite.Plan, "plans/pittsburgh");
        site.Write(History, site.Read(History) + "\nSee [the broken link](../pittsburg/findings.md) here.\n");
        var d = RuleAssert.Single(site, "MAP063", site.PositionOf(History, "[the broken link]"));
        Assert.Equal("the link '../pittsburg/findings.md' leads to nothing the site publishes; link the file: ../pittsburgh/findings.md", d.Message);
    }

    [Fact]
    public void A_path_that_climbs_out_of_the_repository_is_still_MAP061()
    {
        using var site = TestSite.Valid();
        site.Write(History, site.Read(History) + "\nSee [the broken link](../../../../etc/passwd) here.\n");
        var d = RuleAssert.Single(site, "MAP061", site.PositionOf(History, "[the broken link]"));
        Assert.Equal("the link '../../../../etc/passwd' points outside the repository; link to files inside it", d.Message);
    }

    /// <summary>One fault, one diagnostic: while a file of the plan a link leads into has a parse error, which pages and
    /// headings the plan will have is not known, so the link is not also reported.</summary>
    [Theory]
    [InlineData(TestSite.Plan + "/findings.md", "component: findings", "component: findngs", "MAP022", "/test-county/findings/")]
    [InlineData(Report, "year: 2024", "year: 2023", "MAP040", "/test-county/progress/2024/")]
    [InlineData(Report, "year: 2024", "year: 2023", "MAP040", "../progress/2024/#nothing-here")]
    public void A_link_into_a_plan_whose_file_has_a_parse_error_is_not_reported_twice(string file, string from, string to, string code, string address)
    {
        using var site = TestSite.Valid();
        site.Replace(file, from, to);
        site.Write(History, site.Read(History) + $"\nSee [the link]({address}) here.\n");
        var errors = site.Check().Where(d => d.IsError).ToList();
        Assert.Equal([code], errors.Select(d => d.Code));
    }
}
