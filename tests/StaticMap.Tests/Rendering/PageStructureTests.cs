using AngleSharp.Dom;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>What every page of a built site gives its readers: language, title, landmarks, navigation.</summary>
public class PageStructureTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    public static TheoryData<string> PlanPages => new()
    {
        "/test-county/", "/test-county/how-we-got-here/", "/test-county/findings/", "/test-county/theory-of-change/",
        "/test-county/measurement-plan/", "/test-county/sustainability/", "/test-county/progress/",
        "/test-county/progress/2024/", "/test-county/status/", "/test-county/print/",
    };

    [Fact]
    public void There_is_a_page_for_every_component_and_progress_report()
    {
        foreach (var url in PlanPages) Assert.True(built.Pages.ContainsKey(url), url);
        Assert.True(built.Pages.ContainsKey("/"));
        Assert.True(built.Pages.ContainsKey("/accessibility/"));
    }

    /// <summary>On paper the header and breadcrumbs are not printed, so a plan's page names its plan above its h1 (review,
    /// 2026-12-07: 'staticmap pdf saint-paul --year 2025' printed "Informe de avance de 2025" with no word of whose report).</summary>
    [Fact]
    public void A_plan_page_printed_names_its_plan_above_the_h1_and_the_screen_does_not_show_it()
    {
        foreach (var url in PlanPages)
        {
            var page = built.Page(url);
            var line = page.QuerySelector("main > .print-plan-title");
            if (url is "/test-county/" or "/test-county/print/")
            {
                Assert.Null(line); // their h1 is the plan's title
                continue;
            }
            Assert.NotNull(line);
            Assert.Equal("Test County Mobility Action Plan", line.TextContent);
            Assert.Equal("H1", line.NextElementSibling!.TagName);
            Assert.True(line.HasAttribute("data-pagefind-ignore"), url);
        }
        var css = built.Site.Read("_site/static/css/site.css");
        var print = css.IndexOf("@media print {\n  @page", StringComparison.Ordinal);
        Assert.True(css.IndexOf(".print-plan-title { display: none; }", StringComparison.Ordinal) is var hidden && hidden >= 0 && hidden < print);
        Assert.Contains(".print-plan-title { display: block;", css[print..]);
    }

    [Fact]
    public void Every_page_has_a_language_a_unique_title_and_one_h1()
    {
        foreach (var (url, page) in built.Pages)
        {
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), url);
        }
        var titles = built.Pages.Values.Select(p => p.Title).ToList();
        Assert.Equal(titles.Count, titles.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(PlanPages))]
    public void Plan_pages_have_landmarks_skip_link_and_breadcrumbs(string url)
    {
        var page = built.Page(url);
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("footer"));
        var main = Assert.Single(page.QuerySelectorAll("main"));
        Assert.True(page.QuerySelectorAll("nav").Length >= 3, "site, breadcrumb and plan navigation");

        var firstLink = page.QuerySelector("body a")!;
        Assert.Equal("Skip to main content", firstLink.TextContent);
        Assert.Equal("#" + main.Id, firstLink.GetAttribute("href"));

        var crumbs = page.QuerySelector("nav[aria-label=Breadcrumb]")!.QuerySelectorAll("a");
        Assert.Equal("Home", crumbs[0].TextContent);
        Assert.Equal("page", crumbs[^1].GetAttribute("aria-current"));
        Assert.Equal(url, crumbs[^1].GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(PlanPages))]
    public void Plan_navigation_marks_the_current_page(string url)
    {
        var current = built.Page(url).QuerySelectorAll("nav[aria-label='This plan'] a[aria-current=page]");
        if (url == "/test-county/progress/2024/") Assert.Empty(current);
        else Assert.Equal(url, Assert.Single(current).GetAttribute("href"));
    }

    [Fact]
    public void Canonical_url_comes_from_base_url()
    {
        Assert.Equal("https://maps.example.org/test-county/findings/",
            built.Page("/test-county/findings/").QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://maps.example.org/test-county/findings/",
            built.Page("/test-county/findings/").QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public void Every_page_has_a_description()
    {
        foreach (var (url, page) in built.Pages)
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), url);
    }

    [Fact]
    public void Example_plans_say_so_on_every_page()
    {
        foreach (var url in PlanPages)
            Assert.Contains("Example plan for demonstration", built.Page(url).QuerySelector(".notice-example")!.TextContent);
    }

    [Fact]
    public void Markdown_tables_footnotes_and_heading_anchors_render()
    {
        var main = built.Page("/test-county/findings/").QuerySelector("main")!;
        Assert.Equal("what-the-data-say", main.QuerySelector("h2#what-the-data-say")!.Id);
        Assert.NotNull(main.QuerySelector(".table-scroll[role=region][tabindex='0'] table"));
        Assert.NotNull(main.QuerySelector("a[href='#fn:1']"));
        Assert.NotNull(main.QuerySelector("#fn\\:1"));
    }

    [Fact]
    public void Links_to_component_files_become_clean_urls()
    {
        var links = built.Page("/test-county/how-we-got-here/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/test-county/findings/", links);
        Assert.Contains("/test-county/progress/2024/", links);
        Assert.Contains("/test-county/measurement-plan/", built.Page("/test-county/progress/2024/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Images_keep_their_alt_text_and_assets_are_published()
    {
        var image = built.Page("/test-county/how-we-got-here/").QuerySelector("main img")!;
        Assert.Equal("Coalition members by sector", image.GetAttribute("alt"));
        Assert.Equal("/test-county/assets/coalition.svg", image.GetAttribute("src"));
        Assert.True(File.Exists(Path.Combine(built.Output, "test-county", "assets", "coalition.svg")));
    }

    [Fact]
    public void Heading_levels_never_skip()
    {
        foreach (var (url, page) in built.Pages)
        {
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{url}: h{levels[i - 1]} is followed by h{levels[i]}");
        }
    }

    [Fact]
    public void Element_ids_are_unique_on_every_page()
    {
        foreach (var (url, page) in built.Pages)
        {
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{url}: duplicate ids {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    [Fact]
    public void Every_fragment_link_points_at_an_element_of_its_page()
    {
        foreach (var (url, page) in built.Pages)
        foreach (var link in page.QuerySelectorAll("a[href^='#']"))
        {
            var id = Uri.UnescapeDataString(link.GetAttribute("href")![1..]);
            Assert.True(page.GetElementById(id) is not null, $"{url}: #{id}");
        }
    }
}
