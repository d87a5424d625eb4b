using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Glance;

/// <summary>A plan's embed page (one per plan and language, every chart of the plan on it, one chosen by the fragment) and the
/// "Share or embed this chart" control, in English and Spanish, as readers get them.</summary>
public class EmbedPageTests(GlanceSite fixture) : IClassFixture<GlanceSite>
{
    private const string Chart = "sm-chart-share_employed-trend";

    /// <summary>Every chart id the plan's pages in <paramref name="language"/> show with a share control.</summary>
    private List<string> SharedCharts(string prefix) =>
        Directory.EnumerateFiles(Path.Combine(fixture.Site.Output, prefix.Trim('/')), "index.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}embed{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}print{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelectorAll("figure.chart + details.chart-share")
                .Select(d => d.PreviousElementSibling!.Id!))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Each_plan_has_one_embed_page_per_language_and_none_per_chart()
    {
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(Path.Combine(fixture.Site.Output, "test-county", "embed")).Select(Path.GetFileName));
        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(Path.Combine(fixture.Site.Output, "es", "test-county", "embed")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("/test-county/")]
    [InlineData("/es/test-county/")]
    public void The_embed_page_holds_one_figure_per_chart_of_the_plan_each_with_its_id_heading_source_and_link_back(string plan)
    {
        var page = fixture.Page(plan + "embed/");
        var figures = page.QuerySelectorAll("section.embed-chart > figure.chart").Select(f => f.Id!).ToList();
        Assert.Equal(figures.Count, figures.Distinct().Count());
        // Every chart the plan's pages offer to share, findings and progress reports: each is on the embed page, and nothing else.
        Assert.Equal(SharedCharts(plan), figures.Order(StringComparer.Ordinal).ToList());
        Assert.Contains(Chart, figures);
        Assert.Contains(figures, f => f.StartsWith("sm-chart-2024-", StringComparison.Ordinal));
        // Each heading names one chart: a progress report's charts name their report, as each year charts the same indicators.
        var headings = page.QuerySelectorAll("section.embed-chart > h2").Select(h => h.TextContent).ToList();
        Assert.Equal(headings.Count, headings.Distinct().Count());
        Assert.EndsWith(plan.StartsWith("/es/", StringComparison.Ordinal) ? ", informe de avance de 2024" : ", 2024 progress report",
            page.QuerySelector("h2[id^='sm-chart-2024-']")!.TextContent);
        foreach (var section in page.QuerySelectorAll("section.embed-chart"))
        {
            var id = section.QuerySelector("figure.chart")!.Id;
            Assert.False(string.IsNullOrWhiteSpace(section.QuerySelector($"h2#{id}-embed-heading")!.TextContent));
            Assert.NotNull(section.QuerySelector($"#{id} canvas[role=img]"));
            Assert.NotNull(section.QuerySelector(".embed-source"));
            Assert.Equal("_top", section.QuerySelector(".embed-link a")!.GetAttribute("target"));
        }
    }

    [Fact]
    public void The_embed_page_has_a_light_layout_the_chart_its_summary_its_table_the_source_and_a_link_back_and_is_noindex()
    {
        var page = fixture.Page("/test-county/embed/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("kind-embed", page.Body!.ClassName);
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
        // No site header, navigation, breadcrumbs, language switch or footer: the page's h1, then the plan's charts.
        Assert.Empty(page.QuerySelectorAll("header, nav, footer, .skip-link"));
        Assert.Equal("Charts from the Test County Mobility Action Plan", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Charts from the Test County Mobility Action Plan | ", page.Title);
        var section = page.QuerySelector($"#{Chart}")!.ParentElement!;
        Assert.StartsWith("Employment rate, ages 25–54, ", section.QuerySelector("h2")!.TextContent);
        Assert.NotNull(section.QuerySelector($"figure#{Chart} canvas[role=img]"));
        Assert.NotNull(section.QuerySelector($"#{Chart} .chart-summary"));
        // Open as written, so a reader without JavaScript has the numbers; js/charts.js closes it once the chart is drawn.
        Assert.True(section.QuerySelector($"#{Chart} details.chart-data")!.HasAttribute("open"));
        Assert.Equal("Source: Urban Institute, Mobility Metrics.", section.QuerySelector(".embed-source")!.TextContent);
        var back = section.QuerySelector(".embed-link a")!;
        Assert.Equal("https://maps.example.org/test-county/findings/#" + Chart, back.GetAttribute("href"));
        var site = page.Title!.Split(" | ")[^1];
        Assert.Equal($"From the Test County Mobility Action Plan — {site}: {section.QuerySelector("h2")!.TextContent}", back.TextContent);
        Assert.Equal(section.QuerySelector("h2")!.TextContent, back.QuerySelector(".visually-hidden")!.TextContent.TrimStart(':', ' '));
        // embed.js before charts.js (it marks the chart the fragment names; charts.js draws the charts shown), no share.js.
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.True(scripts.IndexOf("/static/js/embed.js") is >= 0 and var e && e < scripts.IndexOf("/static/js/charts.js"), string.Join(", ", scripts));
        Assert.DoesNotContain("/static/js/share.js", scripts);
        // No share control inside the embed, and the embed pages are not in the sitemap.
        Assert.Null(page.QuerySelector(".chart-share"));
        Assert.DoesNotContain("/embed/", File.ReadAllText(Path.Combine(fixture.Site.Output, "sitemap.xml")));
    }

    /// <summary>The heading above each figure names the chart; the figure's caption says only what the chart's caption adds
    /// ("Higher is better."), or is left out when it adds nothing (a progress report's chart), and the figure is named by both
    /// (views' finding, 2026-12-07: the caption repeated the heading word for word).</summary>
    [Theory]
    [InlineData("/test-county/", "Higher is better.")]
    [InlineData("/es/test-county/", "Un valor más alto es mejor.")]
    public void The_figures_caption_does_not_repeat_the_heading_above_it(string plan, string better)
    {
        var page = fixture.Page(plan + "embed/");
        var findings = fixture.Page(plan + "findings/");
        var metric = page.QuerySelector($"#{Chart}")!;
        var heading = page.QuerySelector($"h2#{Chart}-embed-heading")!;
        Assert.Equal(better, metric.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(findings.QuerySelector($"#{Chart} figcaption")!.TextContent, heading.TextContent + ". " + better);
        Assert.Equal($"{Chart}-embed-heading {Chart}-caption", metric.GetAttribute("aria-labelledby"));
        var report = page.QuerySelector("figure[id^='sm-chart-2024-']")!;
        Assert.Null(report.QuerySelector("figcaption"));
        Assert.Equal(report.Id + "-embed-heading", report.GetAttribute("aria-labelledby"));
        foreach (var section in page.QuerySelectorAll("section.embed-chart"))
        {
            var text = section.QuerySelector("h2")!.TextContent;
            Assert.DoesNotContain(text, section.QuerySelector("figcaption")?.TextContent ?? "");
        }
    }

    [Fact]
    public void The_Spanish_embed_page_is_in_Spanish()
    {
        var page = fixture.Page("/es/test-county/embed/");
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Gráficos del ", page.QuerySelector("h1")!.TextContent);
        var section = page.QuerySelector($"#{Chart}")!.ParentElement!;
        Assert.Equal("Fuente: Urban Institute, Mobility Metrics.", section.QuerySelector(".embed-source")!.TextContent);
        Assert.StartsWith("Del ", section.QuerySelector(".embed-link a")!.TextContent);
        Assert.Equal("https://maps.example.org/es/test-county/findings/#" + Chart, section.QuerySelector(".embed-link a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("header, nav, footer"));
    }

    [Fact]
    public void Under_every_chart_the_share_control_gives_the_link_the_embed_code_with_the_fragment_and_the_downloads()
    {
        var page = fixture.Page("/test-county/findings/");
        var charts = page.QuerySelectorAll("figure.chart").Length;
        Assert.True(charts > 0);
        Assert.Equal(charts, page.QuerySelectorAll("figure.chart + details.chart-share").Length);
        var share = page.QuerySelector($"#{Chart} + details.chart-share")!;
        Assert.StartsWith("Share or embed this chart", share.QuerySelector("summary")!.TextContent);
        Assert.Equal($"https://maps.example.org/test-county/findings/#{Chart}", share.QuerySelector("input[readonly]")!.GetAttribute("value"));
        // The embed code: an iframe of the plan's embed page with the chart's id as its fragment, a title and a fallback link,
        // and the listener that sizes it.
        var code = share.QuerySelector("textarea[readonly]")!.TextContent;
        var iframe = new HtmlParser().ParseDocument("<body>" + code).QuerySelector("iframe")!;
        Assert.Equal($"https://maps.example.org/test-county/embed/#{Chart}", iframe.GetAttribute("src"));
        Assert.StartsWith("Employment rate, ages 25–54, ", iframe.GetAttribute("title"));
        Assert.Contains($"<a href=\"https://maps.example.org/test-county/findings/#{Chart}\">", code);
        Assert.Contains("if(e.origin!==\"https://maps.example.org\")return;", code);
        // What needs js/share.js (the copy buttons, the status region that announces "Copied", the PNG button) is written once
        // a page, in a template the script adds to every control: none of it is in the control without the script.
        Assert.Empty(share.QuerySelectorAll("button, [role=status]"));
        var tools = Assert.Single(page.QuerySelectorAll("template[data-share-tools]"));
        var parts = ((AngleSharp.Html.Dom.IHtmlTemplateElement)tools).Content;
        Assert.Equal(["Copy link", "Copy embed code", "Image (PNG)"], parts.QuerySelectorAll("button").Select(b => b.TextContent).ToList());
        Assert.Equal("Copied", parts.QuerySelector("[role=status]")!.GetAttribute("data-copied"));
        Assert.Equal("Source: Urban Institute, Mobility Metrics.", share.GetAttribute("data-source"));
        Assert.Equal([$"/test-county/embed/#{Chart}", "/test-county/downloads/share_employed-trend.csv",
            "/test-county/downloads/share_employed-trend.svg"],
            share.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList());
        // Every embed code of the page names a chart that is on the plan's embed page.
        var embed = fixture.Page("/test-county/embed/");
        foreach (var textarea in page.QuerySelectorAll("details.chart-share textarea"))
        {
            var src = new HtmlParser().ParseDocument("<body>" + textarea.TextContent).QuerySelector("iframe")!.GetAttribute("src")!;
            Assert.StartsWith("https://maps.example.org/test-county/embed/#", src);
            Assert.NotNull(embed.GetElementById(new Uri(src).Fragment.TrimStart('#')));
        }
    }

    /// <summary>The chart's SVG download has the value axis the page's chart has: from zero for a share, its ticks written as the
    /// page writes them ("20%", not "20.0%"); review, 2026-12-07: the SVG's axis ran from 65.0% to 90.0% and stretched the gaps
    /// the page and the PNG show from 0%.</summary>
    [Fact]
    public void The_chart_SVG_starts_its_value_axis_at_zero_as_the_page_does_with_the_pages_tick_labels()
    {
        var svg = File.ReadAllText(Path.Combine(fixture.Site.Output, "test-county", "downloads", "share_employed-trend.svg"));
        var texts = System.Text.RegularExpressions.Regex.Matches(svg, @"<text[^>]*>\s*([^<]*?)\s*</text>").Select(m => m.Groups[1].Value).ToList();
        var ticks = texts.Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^[0-9.]+%$")).ToList();
        Assert.True(ticks.Count >= 3, string.Join(" | ", texts));
        Assert.Equal("0%", ticks[0]);
        Assert.All(ticks, t => Assert.DoesNotContain(".0%", t));
    }

    [Fact]
    public void The_redirects_file_leads_each_plans_old_per_chart_embed_addresses_to_its_embed_page()
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Site.Output, "_redirects")).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["/es/test-county/embed/* /es/test-county/embed/ 301", "/test-county/embed/* /test-county/embed/ 301"], lines);
    }

    /// <summary>A plan that could chart (a progress report updates an indicator) but has no value to chart (its one findings
    /// metric is one of Urban's text-valued ratios, listed by year and never charted; the update has no value): no embed page is written, so _redirects has no line leading to one (an old
    /// frame gets the 404 it would get anyway, not a redirect to one).</summary>
    [Fact]
    public void A_plan_whose_charts_all_lack_data_has_no_embed_page_and_no_redirect_to_one()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/findings.md",
            "metrics:\n  - metric: share_employed\n    subgroups: [race-ethnicity]\n    compare: peers\n    takeaway: Employment recovered after 2020.\n" +
            "  - file: data/jobs-program.csv\n    label: Youth jobs program placements\n    unit: people\n",
            "metrics:\n  - metric: ratio_black_nh_house_value_households\n");
        site.Write("input/data/house-value.csv",
            "year,state,county,ratio_black_nh_house_value_households,ratio_black_nh_house_value_households_quality\n2021,06,001,0.049:0.111,Strong\n");
        site.Replace(TestSite.Plan + "/progress/2024.md", "    value: 150\n", "");
        site.Replace(TestSite.Plan + "/progress/2024.md", "  - indicator: employment-rate\n    value: 80.9\n    status: at-risk\n", "");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "test-county", "embed")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "es", "test-county", "embed")));
        Assert.Equal([], File.ReadAllLines(Path.Combine(site.Output, "_redirects")).Where(l => !l.StartsWith('#')));
        // The progress report lists the update, and offers no chart to embed.
        var report = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "progress", "2024", "index.html")));
        Assert.Contains("People trained", report.QuerySelector(".updates-table")!.TextContent);
        Assert.Empty(report.QuerySelectorAll("details.chart-share"));
    }
}
