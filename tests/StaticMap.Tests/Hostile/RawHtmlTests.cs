using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Raw HTML in a narrative is sanitised, but two things pass a sanitiser: an id the theme uses (its scripts find their
/// elements by id, and a chart reads its numbers from "sm-chart-…-data"), and addresses that lead nowhere on the site.
/// Reserved ids are renamed and warned about (MAP056); a[href] and img[src] are checked like Markdown links (MAP063,
/// MAP061, MAP065) where they are written, and rewritten to the published address.
/// </summary>
public class RawHtmlTests
{
    private const string Findings = Plan + "/findings.md";

    private static string AddToFindings(TestSite site, string markdown)
    {
        site.Write(Findings, site.Read(Findings) + "\n" + markdown + "\n");
        return Findings;
    }

    [Fact]
    public void An_author_element_cannot_take_the_id_a_chart_reads_its_numbers_from()
    {
        using var site = Valid();
        var before = site.Build();
        Assert.True(before.Succeeded, string.Join("\n", before.Diagnostics));
        var clean = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        var chart = clean.QuerySelector("figure.chart[data-chart]")!.GetAttribute("data-chart")!;
        Directory.Delete(site.Output, recursive: true);

        AddToFindings(site, $"<div id=\"{chart}-data\" class=\"fake\">{{\"labels\":[\"x\"],\"datasets\":[]}}</div>");
        var result = HostileAssert.BuildSucceedsSafely(site);
        var d = HostileAssert.Has(result.Diagnostics, "MAP056", site.PositionOf(Findings, "<div id="));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal($"the id '{chart}-data' on <div> is reserved for the site's own elements (it starts with 'sm-'), so it becomes 'section-{chart}-data' on the page; choose one that does not start with 'sm-'", d.Message);

        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        var data = page.GetElementById(chart + "-data")!;
        Assert.Equal("script", data.LocalName);
        Assert.Equal("application/json", data.GetAttribute("type"));
        Assert.Equal(1, page.QuerySelectorAll($"[id='{chart}-data']").Length);
        Assert.Equal("fake", page.GetElementById($"section-{chart}-data")!.ClassName);
    }

    [Fact]
    public void Reserved_ids_names_and_references_to_them_are_renamed_and_each_is_reported()
    {
        using var site = Valid();
        AddToFindings(site, "<p id=\"sm-main\">Main?</p>\n\n<a name=\"sm-search\">anchor</a>\n\n" +
            "<table><tr><th id=\"sm-h\">H</th></tr><tr><td headers=\"sm-h other\">1</td></tr></table>\n\n<p id=\"mine\">fine</p>");
        var result = HostileAssert.BuildSucceedsSafely(site);
        var warnings = result.Diagnostics.Where(d => d.Code == "MAP056").ToList();
        Assert.Equal(
        [
            site.PositionOf(Findings, "<p id=\"sm-main\""),
            site.PositionOf(Findings, "<a name="),
            site.PositionOf(Findings, "<th id="),
        ], warnings.Select(w => w.Span));
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        Assert.Equal("main", page.GetElementById("sm-main")!.LocalName);
        Assert.Equal("Main?", page.GetElementById("section-sm-main")!.TextContent);
        Assert.Null(page.QuerySelector("a[name='sm-search']"));
        Assert.NotNull(page.QuerySelector("a[name='section-sm-search']"));
        Assert.Equal("section-sm-h other", page.QuerySelector("td[headers]")!.GetAttribute("headers"));
        Assert.NotNull(page.GetElementById("mine"));
    }

    [Fact]
    public void Raw_html_links_and_images_are_rewritten_to_the_published_address()
    {
        using var site = Valid();
        AddToFindings(site, "<p>See the <a href=\"measurement-plan.md#sm-indicators-heading\">measurement plan</a>, " +
            "<a href=\"progress/2024.md\">the 2024 report</a> and <a href=\"https://www.urban.org/\">Urban</a>.</p>\n\n" +
            "Inline: <a href=\"how-we-got-here.md\">history</a> and <img src=\"assets/coalition.svg\" alt=\"Coalition\">.\n\n" +
            "Markdown: [theory](theory-of-change.md) and ![Coalition](assets/coalition.svg).");
        var result = HostileAssert.BuildSucceedsSafely(site, new SiteOptions(BaseUrl: "https://maps.example.org/maps/") { Clock = TestClock.Provider });
        Assert.DoesNotContain(result.Diagnostics, d => d.Span.Path == Findings);
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        string Href(string text) => page.QuerySelectorAll("a").Single(a => a.TextContent == text).GetAttribute("href")!;
        Assert.Equal("/maps/test-county/measurement-plan/#sm-indicators-heading", Href("measurement plan"));
        Assert.Equal("/maps/test-county/progress/2024/", Href("the 2024 report"));
        Assert.Equal("https://www.urban.org/", Href("Urban"));
        Assert.Equal("/maps/test-county/how-we-got-here/", Href("history"));
        // Markdown's links in the same narrative are rewritten once, not twice.
        Assert.Equal("/maps/test-county/theory-of-change/", Href("theory"));
        var images = page.QuerySelectorAll("img[alt='Coalition']").Select(i => i.GetAttribute("src")).ToList();
        Assert.Equal(["/maps/test-county/assets/coalition.svg", "/maps/test-county/assets/coalition.svg"], images);
        // The footnote's own links stay fragments.
        Assert.All(page.QuerySelectorAll("a.footnote-ref, a.footnote-back-ref"), a => Assert.StartsWith("#", a.GetAttribute("href")));
    }

    [Fact]
    public void A_raw_html_link_that_leads_nowhere_is_an_error_where_written()
    {
        using var site = Valid();
        AddToFindings(site, "Read <a href=\"findingz.md\">this</a>.");
        var d = HostileAssert.FailsWith(site, "MAP063", site.PositionOf(Findings, "<a href=\"findingz.md\""));
        Assert.Equal("the link 'findingz.md' leads to nothing the site publishes; link the file: findings.md", d.Message);
    }

    [Fact]
    public void A_raw_html_image_that_is_missing_is_an_error_where_written()
    {
        using var site = Valid();
        AddToFindings(site, "<figure>\n  <img src=\"assets/missing.png\" alt=\"Missing\">\n</figure>");
        var d = HostileAssert.Has(HostileAssert.Check(site), "MAP063", site.PositionOf(Findings, "<img src=\"assets/missing.png\""));
        Assert.Equal("the image 'assets/missing.png' leads to nothing the site publishes; put the image in the plan's assets/ folder and write 'assets/<name>'", d.Message);
    }

    [Fact]
    public void A_raw_html_link_out_of_the_repository_is_refused()
    {
        using var site = Valid();
        AddToFindings(site, "<a href=\"../../../../etc/passwd\">secrets</a>");
        var diagnostics = HostileAssert.Check(site);
        Assert.Contains(diagnostics, d => d.Code == "MAP061" && d.Span == site.PositionOf(Findings, "<a href=\"../../"));
    }

    [Fact]
    public void A_raw_html_link_with_an_unsafe_scheme_is_a_warning_and_is_removed()
    {
        using var site = Valid();
        AddToFindings(site, "<a href=\"file:///etc/passwd\">local file</a>");
        var result = HostileAssert.BuildSucceedsSafely(site);
        var d = HostileAssert.Has(result.Diagnostics, "MAP065", site.PositionOf(Findings, "<a href=\"file:"));
        Assert.Equal("the link 'file:///etc/passwd' is removed: only https:, http:, mailto: and tel: links or site pages are allowed", d.Message);
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        Assert.Null(page.QuerySelectorAll("a").Single(a => a.TextContent == "local file").GetAttribute("href"));
    }

    [Fact]
    public void A_script_address_in_raw_html_is_reported_once_by_MAP064()
    {
        using var site = Valid();
        AddToFindings(site, "<a href=\"&#106;avascript:alert(1)\">x</a>");
        var diagnostics = HostileAssert.Check(site).Where(d => d.Span.Path == Findings).ToList();
        Assert.Equal("MAP064", Assert.Single(diagnostics).Code);
    }

    /// <summary>Positions of elements in HTML blocks inside lists, quotes and footnotes, on later lines, and of tags over two lines.</summary>
    [Theory]
    [InlineData("- item\n\n  <div>\n  <p>x</p> <a href=\"nowhere-1.md\">x</a>\n  </div>", "<a href=\"nowhere-1.md\"")]
    [InlineData("> <div>\n> <img src=\"assets/nowhere-2.png\" alt=\"x\">\n> </div>", "<img src=\"assets/nowhere-2.png\"")]
    [InlineData("Note[^raw].\n\n[^raw]: <a href=\"nowhere-3.md\">x</a>", "<a href=\"nowhere-3.md\"")]
    [InlineData("Text <a\nhref=\"nowhere-4.md\">x</a> more", "<a\nhref")]
    [InlineData("<table>\n<tr><td>1</td><td><a href=\"nowhere-5.md\">x</a></td></tr>\n</table>", "<a href=\"nowhere-5.md\"")]
    public void Raw_html_addresses_are_reported_where_the_element_starts(string markdown, string at)
    {
        using var site = Valid();
        AddToFindings(site, markdown);
        var d = Assert.Single(HostileAssert.Check(site), x => x.Code == "MAP063");
        Assert.Equal(site.PositionOf(Findings, at), d.Span);
    }
}
