using System.Text;
using StaticMap.Core;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Preview;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Preview;

/// <summary>
/// The preview declares again only the pages of the plans an edit changed (the links stage's table of pages, kept between
/// rebuilds): what links resolve against is still a fresh build's.
/// </summary>
public class PreviewSiteMapTests
{
    private const string Other = "plans/other-county";

    private static string File(PreviewSite preview, string path) =>
        preview.Site.TryGet(path, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new KeyNotFoundException(path);

    private static PreviewSite Fresh(TestSite site)
    {
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, baseUrl: "http://127.0.0.1:5080/", clock: TestClock.Provider);
        Assert.True(preview.Rebuild().SiteChanged);
        return preview;
    }

    [Fact]
    public void A_report_added_to_one_plan_is_a_page_the_other_plans_links_resolve_to_until_it_is_removed()
    {
        using var site = TestSite.Valid().CopyFolder(TestSite.Plan, Other);
        var preview = Fresh(site);
        var report = site.Read(Other + "/progress/2024.md");

        // A new report of the other plan: its page is declared, and the first plan's link to it resolves.
        site.Write(Other + "/progress/2025.md", report.Replace("year: 2024", "year: 2025"));
        Assert.True(preview.Rebuild([Other + "/progress/2025.md"]).SiteChanged);
        const string linked = TestSite.Plan + "/findings.md";
        site.Write(linked, site.Read(linked) + "\nSee [the other county's 2025 report](../other-county/progress/2025.md).\n");
        var update = preview.Rebuild([linked]);
        Assert.True(update.SiteChanged, string.Join("\n", preview.Diagnostics.Where(d => d.IsError)));
        Assert.Contains("href=\"/other-county/progress/2025/\"", File(preview, "test-county/findings/index.html"));

        // The report removed: its page is gone from the table, and the link to it is broken again, as a fresh check says.
        site.Delete(Other + "/progress/2025.md");
        Assert.False(preview.Rebuild([Other + "/progress/2025.md"]).SiteChanged);
        var broken = Assert.Single(preview.Diagnostics, d => d.IsError);
        Assert.Equal((linked, "MAP063"), (broken.Span.Path, broken.Code));
        Assert.Equal(site.Check().Where(d => d.IsError).Select(d => d.ToString()), preview.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void A_heading_renamed_in_one_plan_breaks_the_other_plans_link_to_it_as_a_fresh_check_does()
    {
        using var site = TestSite.Valid().CopyFolder(TestSite.Plan, Other);
        const string linked = TestSite.Plan + "/findings.md";
        site.Write(linked, site.Read(linked) + "\nSee [what the data say there](../other-county/findings.md#what-the-data-say).\n");
        var preview = Fresh(site);
        Assert.Contains("href=\"/other-county/findings/#what-the-data-say\"", File(preview, "test-county/findings/index.html"));

        site.Replace(Other + "/findings.md", "## What the data say", "## What the numbers say");
        Assert.False(preview.Rebuild([Other + "/findings.md"]).SiteChanged);
        Assert.Equal(site.Check().Where(d => d.IsError).Select(d => d.ToString()), preview.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        Assert.Contains(preview.Diagnostics, d => d.IsError && d.Span.Path == linked && d.Message.Contains("#what-the-data-say", StringComparison.Ordinal));
    }

    /// <summary>A kind that is not site-wide but declares one page of no plan, whose address depends on every plan: against the
    /// rule the kept table relies on, so the table is declared whole on every run.</summary>
    private sealed class PlansListKind : IPageKind
    {
        public int Order => 90;

        public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
            [new SitePage($"/plans-{site.Plans.Length}/", "plans", null, () => ThemeIds.Page())];

        public IEnumerable<Page> Pages(RenderContext context) => [];
    }

    [Fact]
    public void A_kind_declaring_a_page_of_no_plan_gets_the_whole_site_declared_on_every_edit()
    {
        using var site = TestSite.Valid().CopyFolder(TestSite.Plan, Other);
        const string linked = TestSite.Plan + "/findings.md";
        site.Write(linked, site.Read(linked) + "\nSee [every plan](/plans-2/).\n");
        var options = new SiteOptions(IncludeDrafts: true)
        {
            Clock = TestClock.Provider,
            Registry = StaticMapBuilder.Default().AddPageKind(new PlansListKind()).Build(),
        };
        var pipeline = new BuildPipeline(site.ReadRoot, options, TestSite.ThemeFolder);
        Assert.DoesNotContain(pipeline.Run(Changes.Everything).Diagnostics, d => d.IsError);

        // An edit of one plan: the kind is asked about the whole site again (declared from the edited plan alone, its page
        // would be /plans-1/, and the link broken).
        site.Write(Other + "/findings.md", site.Read(Other + "/findings.md") + "\nOne more sentence.\n");
        var run = pipeline.Run(Changes.Of([Other + "/findings.md"]));
        Assert.DoesNotContain(run.Diagnostics, d => d.IsError);
        Assert.Equal("/plans-2/", Assert.Single(run.Site!.Links.Map.Pages, p => p.Kind == "plans").Url);
    }
}
