using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>The 404 page lists the released plans from the model, so neither input/404.md nor the theme names a plan.</summary>
public class NotFoundPageTests
{
    [Fact]
    public void The_404_page_lists_the_released_plans_and_no_draft()
    {
        using var site = TestSite.Valid();
        site.Write("input/404.md", "---\ntitle: Page not found\n---\nSorry, there is no such page.\n")
            .CopyFolder(TestSite.Plan, "plans/draft-county")
            .Replace("plans/draft-county/plan.yml", "status: released", "status: draft");
        var result = site.Build(new StaticMap.Core.Rendering.SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(site.Read("_site/404.html"));
        var list = page.QuerySelector("main section.plan-list")!;
        Assert.Equal("Plans on this site", list.QuerySelector("h2#sm-plan-list-heading")!.TextContent);
        var links = list.QuerySelectorAll("li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Test County Mobility Action Plan", "/test-county/")], links);
    }

    [Fact]
    public void Without_a_released_plan_the_404_page_has_no_plan_list()
    {
        using var site = TestSite.Valid();
        site.Write("input/404.md", "---\ntitle: Page not found\n---\nSorry, there is no such page.\n")
            .Replace(TestSite.Plan + "/plan.yml", "status: released", "status: draft");
        Assert.True(site.Build().Succeeded);
        Assert.Null(new HtmlParser().ParseDocument(site.Read("_site/404.html")).QuerySelector(".plan-list"));
    }

    /// <summary>Deleting the sample plans must leave a repository that builds: the site pages and the theme name none.</summary>
    [Fact]
    public void Nothing_in_input_or_theme_names_a_sample_plan()
    {
        var ids = Directory.GetDirectories(Path.Combine(Repository.Root, "plans")).Select(Path.GetFileName).ToList();
        Assert.NotEmpty(ids);
        var files = Directory.EnumerateFiles(Path.Combine(Repository.Root, "input"), "*.md")
            .Concat(Directory.EnumerateFiles(Path.Combine(Repository.Root, "theme"), "*", SearchOption.AllDirectories)
                .Where(f => !f.Contains("node_modules", StringComparison.Ordinal) && Path.GetExtension(f) is ".sbn-html" or ".css" or ".js" or ".json"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var id in ids) Assert.False(text.Contains(id!, StringComparison.Ordinal), $"{Path.GetRelativePath(Repository.Root, file)} names the sample plan '{id}'");
        }
    }
}
