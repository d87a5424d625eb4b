using AngleSharp.Dom;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The reader-facing markup of the "release quality" work: links whose names say where they go (WCAG 2.4.4, 2.4.9),
/// a heading per chart on progress pages, the print view's charts and footer, and the measurement plan's two forms.
/// </summary>
public class ReleaseQualityTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    private static readonly string[] ChartPages = ["/test-county/findings/", "/test-county/progress/2024/", "/test-county/print/"];

    /// <summary>A link's accessible name as a screen reader gets it here: its text (visually hidden text included) or aria-label.</summary>
    private static string Name(IElement link) =>
        string.Join(' ', (link.GetAttribute("aria-label") ?? link.TextContent).Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [MemberData(nameof(PageStructureTests.PlanPages), MemberType = typeof(PageStructureTests))]
    public void No_two_links_on_a_page_share_a_name_but_not_a_target(string url)
    {
        var clashes = built.Page(url).QuerySelectorAll("a[href]")
            .GroupBy(Name)
            .Where(g => g.Select(a => a.GetAttribute("href")).Distinct().Count() > 1)
            .Select(g => $"\"{g.Key}\" → {string.Join(", ", g.Select(a => a.GetAttribute("href")).Distinct())}")
            .ToList();
        Assert.True(clashes.Count == 0, $"{url}: links with the same name lead to different places:\n" + string.Join("\n", clashes));
    }


    [Fact]
    public void Every_download_link_names_its_chart()
    {
        foreach (var url in ChartPages)
        {
            var figures = built.Page(url).QuerySelectorAll("figure.chart");
            Assert.NotEmpty(figures);
            foreach (var figure in figures)
            {
                var link = figure.QuerySelector(".downloads a")!;
                // The caption as a name inside the link: without "Higher is better." and without its closing full stop,
                // so "…, 2024: reported values, 2024 progress report (CSV)" has no stray full stop before the comma.
                var caption = figure.QuerySelector("figcaption")!.TextContent.Trim()
                    .Replace(" Higher is better.", "").Replace(" Lower is better.", "").TrimEnd('.');
                Assert.StartsWith("Download this data: " + caption, Name(link));
                Assert.EndsWith("(CSV)", Name(link));
                Assert.DoesNotContain(".,", Name(link));
                Assert.DoesNotContain(". (CSV)", Name(link));
                Assert.Equal(": " + caption, link.QuerySelector(".visually-hidden")!.TextContent[..(caption.Length + 2)]);
            }
        }
    }

    [Fact]
    public void Progress_charts_have_a_heading_each_and_year_in_their_download_names()
    {
        var main = built.Page("/test-county/progress/2024/").QuerySelector("main")!;
        var section = main.QuerySelector("section.indicator-charts")!;
        Assert.Equal("H2", section.QuerySelector("#sm-charts-2024")!.TagName);
        foreach (var figure in section.QuerySelectorAll("figure.chart"))
        {
            var heading = figure.QuerySelector("figcaption > h3.chart-heading");
            Assert.NotNull(heading);
            Assert.Equal(figure.QuerySelector("figcaption")!.TextContent.Trim(), heading.TextContent.Trim());
            Assert.EndsWith(", 2024 progress report (CSV)", Name(figure.QuerySelector(".downloads a")!));
        }
        // One level down in the print view, under the report's h2 and the section's h3.
        foreach (var figure in built.Page("/test-county/print/").QuerySelectorAll("#sm-progress-2024 figure.chart"))
            Assert.NotNull(figure.QuerySelector("figcaption > h4.chart-heading"));
        // Findings charts sit under their metric's heading and keep a plain caption.
        Assert.Empty(built.Page("/test-county/findings/").QuerySelectorAll("figure.chart .chart-heading"));
    }

    [Fact]
    public void Footnote_back_links_say_where_they_go()
    {
        var back = built.Page("/test-county/findings/").QuerySelectorAll("a.footnote-back-ref");
        Assert.NotEmpty(back);
        Assert.Equal("↩ Back to reference 1", Name(back[0]));
        Assert.All(back, a => Assert.Contains("Back to reference", a.QuerySelector(".visually-hidden")!.TextContent));
        var reference = built.Page("/test-county/findings/").QuerySelector("a.footnote-ref")!;
        Assert.Equal("1 (note 1)", Name(reference));
        // In the print view several narratives have a note 1: the section is part of the name.
        var printed = built.Page("/test-county/print/").QuerySelector("a.footnote-back-ref")!;
        Assert.Matches(@"^↩ Back to reference 1, \S", Name(printed));
    }

    [Fact]
    public void The_footer_is_a_list_without_empty_separators()
    {
        foreach (var url in (string[])["/", "/test-county/print/", "/test-county/findings/"])
        {
            var items = built.Page(url).QuerySelectorAll("footer .footer-links > li");
            Assert.Equal(["Accessibility statement", "Progress reports feed", "Built with StaticMap"], items.Select(li => li.TextContent.Trim()));
            Assert.Contains("footer-feed", items[1].ClassList);
            Assert.DoesNotContain("·", built.Page(url).QuerySelector("footer")!.TextContent);
        }
    }

    [Fact]
    public void The_print_view_draws_its_charts_and_keeps_their_tables()
    {
        var print = built.Page("/test-county/print/");
        var scripts = print.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Contains(scripts, s => s!.EndsWith("/js/charts.js", StringComparison.Ordinal));
        Assert.Contains(scripts, s => s!.EndsWith("/chart.umd.js", StringComparison.Ordinal));
        var figures = print.QuerySelectorAll("figure.chart");
        Assert.NotEmpty(figures);
        Assert.All(figures, f =>
        {
            Assert.NotNull(f.QuerySelector("canvas[role=img][aria-label]"));
            Assert.NotNull(f.QuerySelector("script[type='application/json']"));
            Assert.True(f.QuerySelector("details.chart-data")!.HasAttribute("open"));
        });
        Assert.Equal("kind-print", print.Body!.ClassName);
    }

    [Fact]
    public void The_measurement_plan_is_a_compact_table_and_the_same_indicators_as_cards()
    {
        var main = built.Page("/test-county/measurement-plan/").QuerySelector("main")!;
        var table = main.QuerySelector(".measurement-wide table.measurement-table")!;
        Assert.Equal(["Indicator", "Measures", "Baseline", "Target", "Frequency", "Details"],
            table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()));
        Assert.StartsWith("The measurement plan: ", table.QuerySelector("caption")!.TextContent);
        var rows = table.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.NotNull(r.QuerySelector("th[scope=row]"));
            Assert.StartsWith("sm-indicator-", r.Id);
            // "Broken down by" only where the indicator is; the others are said once, above the table.
            var terms = r.QuerySelectorAll(".indicator-details dt").Select(d => d.TextContent).ToList();
            // "Direction" only where the author gave one: never a term with nothing after it.
            Assert.Equal(new[] { "Source", "Responsible", "Direction", "Broken down by" }.Where(terms.Contains), terms);
            Assert.Equal(["Source", "Responsible"], terms.Take(2));
        });
        if (rows.Any(r => r.QuerySelectorAll(".indicator-details dt").All(d => d.TextContent != "Broken down by")))
            Assert.NotNull(main.QuerySelector("p.measurement-note"));

        var cards = main.QuerySelectorAll(".measurement-narrow .indicator-cards > li.indicator-card");
        Assert.Equal(rows.Length, cards.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(rows[i].QuerySelector("th[scope=row]")!.ChildNodes[0].TextContent.Trim(), cards[i].QuerySelector("h3.indicator-card-title")!.TextContent.Trim());
            var terms = cards[i].QuerySelectorAll("dt").Select(d => d.TextContent).ToList();
            Assert.Equal(new[] { "Measures", "Baseline", "Target", "Frequency", "Source", "Responsible", "Direction", "Broken down by" }.Where(terms.Contains),
                terms.Where(t => t != "Mobility Metric"));
            Assert.Equal(["Measures", "Baseline", "Target", "Frequency", "Source", "Responsible"], terms.Where(t => t != "Mobility Metric").Take(6));
            // The cards carry no ids: fragments name the table's rows.
            Assert.Empty(cards[i].QuerySelectorAll("[id]"));
        }
    }
}
