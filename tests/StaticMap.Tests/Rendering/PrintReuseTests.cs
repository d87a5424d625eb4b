using Scriban;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Tests.Support;
using Xunit;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The print view writes each component's and progress report's partial again from the HTML its own page wrote
/// (<c>include_reused</c>), its headings one level down and its narrative the one placed for print, instead of rendering
/// the partial a second time (docs/performance.md, "2026-12-07 (templates)").
/// </summary>
public class PrintReuseTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    private sealed class NoLoader : Scriban.Runtime.ITemplateLoader
    {
        public string GetPath(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templateName) => templateName;
        public string Load(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => throw new InvalidOperationException();
        public ValueTask<string?> LoadAsync(TemplateContext context, Scriban.Parsing.SourceSpan callerSpan, string templatePath) => throw new InvalidOperationException();
    }

    /// <summary>
    /// A component's <paramref name="partial"/> on its page (<c>include</c>, at heading level 2, the body <paramref name="onPage"/>)
    /// and in the print view (<c>include_reused</c>, at level 3, the body <paramref name="inPrint"/>), rendered in one context as
    /// a part's pages are; the partial counts its renders through <c>{{ counted }}</c>.
    /// </summary>
    private sealed class Partial
    {
        private readonly Dictionary<string, Template> _templates;
        private readonly HtmlTemplateContext _context;
        private readonly ComponentPageModel _page;
        private readonly ComponentPageModel _print;

        public Partial(string partial, string guideName, string onPage, string inPrint)
        {
            _templates = new Dictionary<string, Template>
            {
                ["partial"] = Template.Parse(partial),
                ["page"] = Template.Parse("{{ include 'partial' { component: page, heading_level: 2 } }}"),
            };
            Print("{{ include_reused 'partial' { component: print, heading_level: 3, tl: (lang_attr null) } }}");
            _context = new HtmlTemplateContext(new NoLoader(), _templates,
                new Dictionary<string, Delegate> { ["counted"] = new Func<string>(() => { Renders++; return ""; }) }) { Fragments = new PartFragments() };
            _page = new ComponentPageModel("findings", "partial", guideName, new RawHtml(onPage), new object(), null, null);
            _print = _page with { Body = new RawHtml(inPrint), OnItsPage = _page };
        }

        /// <summary>How many times the partial was rendered.</summary>
        public int Renders { get; private set; }

        /// <summary>The print view's template from now on.</summary>
        public void Print(string template) => _templates["print"] = Template.Parse(template);

        /// <summary>The page ("page") or the print view ("print"), rendered.</summary>
        public string Render(string name)
        {
            _context.PushGlobal(new Scriban.Runtime.ScriptObject { ["page"] = _page, ["print"] = _print, ["tl"] = RawHtml.Empty });
            _context.RenderInPlace(_templates[name]);
            _context.PopGlobal();
            return System.Text.Encoding.UTF8.GetString(_context.TakeUtf8Output());
        }
    }

    [Fact]
    public void The_print_view_writes_the_pages_partial_again_once_rendered_with_its_headings_moved_and_its_own_narrative()
    {
        var partial = new Partial("<div class=\"prose\"{{ tl }}>\n{{ component.body }}\n</div>\n{{ counted }}<h{{ heading_level }} id=\"x\">Data &amp; {{ component.guide_name }}</h{{ heading_level }}>\n<h{{ heading_level + 1 }}>Sub</h{{ heading_level + 1 }}>\n",
            "<Findings>", onPage: "<h2 id=\"jobs\">Jobs</h2>", inPrint: "<h3 id=\"sm-part-findings-jobs\">Jobs</h3>");

        var onPage = partial.Render("page");
        var inPrint = partial.Render("print");

        Assert.Equal(1, partial.Renders);
        Assert.Equal("<div class=\"prose\">\n<h2 id=\"jobs\">Jobs</h2>\n</div>\n<h2 id=\"x\">Data &amp; &lt;Findings&gt;</h2>\n<h3>Sub</h3>\n", onPage);
        Assert.Equal("<div class=\"prose\">\n<h3 id=\"sm-part-findings-jobs\">Jobs</h3>\n</div>\n<h3 id=\"x\">Data &amp; &lt;Findings&gt;</h3>\n<h4>Sub</h4>\n", inPrint);

        // Another tl than the page's (an untranslated component marked with its language) renders the partial again.
        partial.Print("{{ include_reused 'partial' { component: print, heading_level: 3, tl: (lang_attr 'en') } }}");
        Assert.StartsWith("<div class=\"prose\" lang=\"en\">", partial.Render("print"));
        Assert.Equal(2, partial.Renders);
    }

    [Theory]
    [InlineData("<h2 id=\"a\">x</h2>\n<h3>y</h3>", 1, "<h3 id=\"a\">x</h3>\n<h4>y</h4>")]
    [InlineData("<header><hr><h2\tclass=\"c\">x</h2><hgroup>", 1, "<header><hr><h3\tclass=\"c\">x</h3><hgroup>")]
    [InlineData("&lt;h2&gt; <h4>", 2, "&lt;h2&gt; <h6>")]
    [InlineData("<h2>x</h2>", 0, "<h2>x</h2>")]
    public void Headings_move_and_nothing_else_does(string html, int shift, string expected) =>
        Assert.Equal(expected, HtmlTemplateContext.ShiftHeadings(html, shift));

    [Theory]
    [InlineData("/test-county/findings/", "findings")]
    [InlineData("/test-county/theory-of-change/", "theory-of-change")]
    [InlineData("/test-county/measurement-plan/", "measurement-plan")]
    [InlineData("/test-county/sustainability/", "sustainability")]
    [InlineData("/test-county/how-we-got-here/", "how-we-got-here")]
    public void Each_print_section_shows_what_its_page_shows_one_heading_level_down(string url, string slug)
    {
        var main = built.Page(url).QuerySelector("main")!;
        var section = built.Page("/test-county/print/").QuerySelector($"#sm-part-{slug}")!;
        // Everything after the narrative: the partial's own markup, as on the page (the pager and the page's h1 aside).
        // The charts' share controls (screen_only in the chart partial) are the page's only, never the print view's.
        var pageParts = main.Children.SkipWhile(e => !e.ClassList.Contains("prose")).Skip(1).Where(e => !e.ClassList.Contains("pager") && e.LocalName != "nav")
            .Where(e => !e.ClassList.Contains("chart-share")).Select(WithoutShareControls).ToList();
        var printParts = section.Children.SkipWhile(e => !e.ClassList.Contains("prose")).Skip(1).ToList();
        Assert.NotEmpty(pageParts);
        // Words compared, not the blank lines between elements (one fewer where a share control was left out).
        static string Words(AngleSharp.Dom.IElement e) => System.Text.RegularExpressions.Regex.Replace(e.TextContent, @"\s+", " ").Trim();
        Assert.Equal(pageParts.Select(Words), printParts.Select(Words));
        static IEnumerable<string> Headings(IEnumerable<AngleSharp.Dom.IElement> parts) =>
            parts.SelectMany(e => e.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Prepend(e)).Where(e => e.LocalName is ['h', >= '1' and <= '6']).Select(e => $"{e.LocalName} {e.TextContent.Trim()}");
        var onPage = Headings(pageParts).ToList();
        Assert.NotEmpty(onPage);
        Assert.Equal(onPage.Select(h => $"h{h[1] - '0' + 1}{h[2..]}"), Headings(printParts));
    }

    private static AngleSharp.Dom.IElement WithoutShareControls(AngleSharp.Dom.IElement element)
    {
        var copy = (AngleSharp.Dom.IElement)element.Clone(deep: true);
        foreach (var share in copy.QuerySelectorAll(".chart-share").ToList()) share.Remove();
        return copy;
    }

    [Fact]
    public void What_a_partial_marks_screen_only_is_on_its_page_and_left_out_of_the_print_view_kept_or_rendered_again()
    {
        var partial = new Partial("<div{{ tl }}>{{ component.body }}</div>\n{{ counted }}<figure>chart</figure>\n{{~ screen_only ~}}\n<details class=\"chart-share\">share</details>\n{{~ end_screen_only ~}}\n<p>after</p>\n",
            "Findings", onPage: "<h2>Jobs</h2>", inPrint: "<h3>Jobs</h3>");

        Assert.Equal("<div><h2>Jobs</h2></div>\n<figure>chart</figure>\n<details class=\"chart-share\">share</details>\n<p>after</p>\n", partial.Render("page"));
        Assert.Equal("<div><h3>Jobs</h3></div>\n<figure>chart</figure>\n<p>after</p>\n", partial.Render("print"));
        Assert.Equal(1, partial.Renders);

        // Rendered again (another tl than the page's): the screen_only part is written nowhere, and what follows it is.
        partial.Print("{{ include_reused 'partial' { component: print, heading_level: 3, tl: (lang_attr 'en') } }}<p>end</p>");
        Assert.Equal("<div lang=\"en\"><h3>Jobs</h3></div>\n<figure>chart</figure>\n<p>after</p>\n<p>end</p>", partial.Render("print"));
        Assert.Equal(2, partial.Renders);
    }

    [Fact]
    public void The_print_view_has_every_chart_of_the_plans_pages_and_none_of_their_share_controls()
    {
        var findings = built.Page("/test-county/findings/");
        var print = built.Page("/test-county/print/");
        Assert.NotEmpty(findings.QuerySelectorAll("details.chart-share"));
        Assert.Empty(print.QuerySelectorAll(".chart-share"));
        var charts = findings.QuerySelectorAll("figure.chart").Select(f => f.Id).ToList();
        Assert.NotEmpty(charts);
        Assert.All(charts, id => Assert.NotNull(print.GetElementById(id!)));
        // Each chart's data table and its CSV link stay in the print view.
        Assert.Equal(findings.QuerySelectorAll("figure.chart table").Length, charts.Count(id => print.GetElementById(id!)!.QuerySelector("table") is not null));
    }
}
