using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Rules;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// Every way the authoring contract ("Links in the narrative") lets a link be written, from each kind of file that
/// has a narrative: as the file it leads to, relative to the file that links, or as the address of the published
/// page, absolute or relative to the linking page as a browser reads it. Each must check clean and be rendered as
/// the published address.
/// </summary>
public sealed class LinkFormTests(LinkFormTests.Site site) : IClassFixture<LinkFormTests.Site>
{
    private const string History = TestSite.Plan + "/how-we-got-here.md";
    private const string Report = TestSite.Plan + "/progress/2024.md";
    private const string About = "input/about.md";
    private const string Home = "input/index.md";
    private const string NotFound = "input/404.md";

    /// <summary>(file that links, address as written, href on the published page).</summary>
    public static readonly (string Source, string Address, string Href)[] Forms =
    [
        // A component, shown at /test-county/how-we-got-here/.
        (History, "findings.md", "/test-county/findings/"),
        (History, "./findings.md", "/test-county/findings/"),
        (History, "../other-county/findings.md", "/other-county/findings/"),
        (History, "progress/2024.md", "/test-county/progress/2024/"),
        (History, "assets/map.pdf", "/test-county/assets/map.pdf"),
        (History, "data/jobs-program.csv", "/test-county/data/jobs-program.csv"),
        (History, "plan.yml", "/test-county/"),
        (History, "../other-county/", "/other-county/"),
        (History, "/test-county/findings/", "/test-county/findings/"),
        (History, "/test-county/findings", "/test-county/findings/"),
        (History, "/test-county/findings/index.html", "/test-county/findings/"),
        (History, "/other-county/progress/2024/", "/other-county/progress/2024/"),
        (History, "/", "/"),
        (History, "/about/", "/about/"),
        (History, "../findings/", "/test-county/findings/"),
        (History, "../findings", "/test-county/findings/"),
        (History, "../findings/index.html", "/test-county/findings/"),
        (History, "./", "/test-county/how-we-got-here/"),
        (History, ".", "/test-county/how-we-got-here/"),
        (History, "../", "/test-county/"),
        (History, "..", "/test-county/"),
        (History, "../status/", "/test-county/status/"),
        (History, "../progress/", "/test-county/progress/"),
        (History, "../progress/2024/", "/test-county/progress/2024/"),
        (History, "../plan.json", "/test-county/plan.json"),
        (History, "../assets/map.pdf", "/test-county/assets/map.pdf"),
        (History, "../../other-county/", "/other-county/"),
        (History, "../../other-county/findings/", "/other-county/findings/"),
        (History, "../../about/", "/about/"),
        (History, "../../", "/"),
        (History, "findings.md#what-the-data-say", "/test-county/findings/#what-the-data-say"),
        (History, "../findings/#what-the-data-say", "/test-county/findings/#what-the-data-say"),
        (History, "../findings#fn:1", "/test-county/findings/#fn:1"),
        (History, "/test-county/findings/#sm-metrics-heading", "/test-county/findings/#sm-metrics-heading"),
        (History, "measurement-plan.md#sm-indicator-trainees", "/test-county/measurement-plan/#sm-indicator-trainees"),
        (History, "../theory-of-change/#sm-logic-model-heading", "/test-county/theory-of-change/#sm-logic-model-heading"),
        (History, "#where-to-read-more", "#where-to-read-more"),
        (History, "#sm-timeline-heading", "#sm-timeline-heading"),
        (History, "../findings/?print=1", "/test-county/findings/?print=1"),
        // A progress report, shown at /test-county/progress/2024/.
        (Report, "../findings.md", "/test-county/findings/"),
        (Report, "../assets/map.pdf", "/test-county/assets/map.pdf"),
        (Report, "../../findings/", "/test-county/findings/"),
        (Report, "../../findings", "/test-county/findings/"),
        (Report, "/test-county/findings/", "/test-county/findings/"),
        (Report, "./", "/test-county/progress/2024/"),
        (Report, "../", "/test-county/progress/"),
        (Report, "../../", "/test-county/"),
        (Report, "../../../other-county/", "/other-county/"),
        (Report, "../../../assets/logo.svg", "/assets/logo.svg"),
        // A site page of input/, shown at /about/.
        (About, "../plans/test-county/findings.md", "/test-county/findings/"),
        (About, "../plans/test-county/", "/test-county/"),
        (About, "accessibility.md", "/accessibility/"),
        (About, "assets/logo.svg", "/assets/logo.svg"),
        (About, "/test-county/findings/", "/test-county/findings/"),
        (About, "../test-county/findings/", "/test-county/findings/"),
        (About, "../test-county/findings/#what-the-data-say", "/test-county/findings/#what-the-data-say"),
        (About, "../test-county/", "/test-county/"),
        (About, "../test-county", "/test-county/"),
        (About, "../accessibility/", "/accessibility/"),
        (About, "./", "/about/"),
        (About, "../", "/"),
        (About, "../search/", "/search/"),
        // The home page, shown at /.
        (Home, "test-county/findings/", "/test-county/findings/"),
        (Home, "./test-county/", "/test-county/"),
        (Home, "about.md", "/about/"),
        (Home, "about/", "/about/"),
        (Home, "index.html", "/"),
        // The 404 page, shown at any address (written to /404.html): links are written out as absolute addresses.
        (NotFound, "/test-county/", "/test-county/"),
        (NotFound, "about.md", "/about/"),
        (NotFound, "../plans/test-county/findings.md", "/test-county/findings/"),
    ];

    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        for (var i = 0; i < Forms.Length; i++) data.Add(i, Forms[i].Source, Forms[i].Address, Forms[i].Href);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_link_checks_clean_and_leads_to_the_published_address(int n, string source, string address, string href)
    {
        Assert.DoesNotContain(site.Diagnostics, d => d.Span.Path == source && d.Message.Contains($"'{address}'", StringComparison.Ordinal));
        var page = site.Page(source);
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == $"case {n}");
        Assert.Equal(href, link.GetAttribute("href"));
    }

    [Fact]
    public void The_site_with_every_form_has_no_diagnostic() => Assert.Empty(site.Diagnostics);

    [Fact]
    public void Every_id_on_a_built_page_is_one_a_fragment_may_name()
    {
        var links = site.Links;
        foreach (var (url, page) in site.Pages)
        {
            var ids = links.IdsOf(url);
            Assert.True(ids is not null, $"no ids for {url}");
            foreach (var element in page.QuerySelectorAll("[id]"))
                Assert.True(ids.Contains(element.Id!), $"{url} has id '{element.Id}', which a link's #fragment could not name");
        }
    }

    /// <summary>The valid fixture plus a second plan, a PDF, an about page, a 404 page and a site asset, with each
    /// form above appended to its source file as "[case n](address)".</summary>
    public sealed class Site : IDisposable
    {
        private static readonly HtmlParser Parser = new();
        private readonly TestSite _site;

        public Site()
        {
            _site = TestSite.Valid();
            _site.CopyFolder(TestSite.Plan, "plans/other-county")
                .Replace("plans/other-county/plan.yml", "title: ", "title: Other ")
                .WriteBytes(TestSite.Plan + "/assets/map.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())
                .Write("input/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><title>Logo</title></svg>")
                .Write(About, "---\ntitle: About\n---\nAbout this site.\n")
                .Write(NotFound, "---\ntitle: Page not found\n---\nSorry.\n");
            _site.Write(History, _site.Read(History) + "\n## Where to read more\n");
            for (var i = 0; i < Forms.Length; i++)
                _site.Write(Forms[i].Source, _site.Read(Forms[i].Source) + $"\n[case {i}]({Forms[i].Address})\n");
            Diagnostics = _site.Check();
            var result = _site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider });
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
            Pages = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories)
                .ToDictionary(UrlOf, f => Parser.ParseDocument(File.ReadAllText(f)));
            Links = StaticMap.Core.SiteBuilder.Check(_site.ReadRoot, new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }).Site!.Links;
        }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public IReadOnlyDictionary<string, IHtmlDocument> Pages { get; }

        public StaticMap.Core.Model.LinkResolver Links { get; }

        /// <summary>The page a source file is published as.</summary>
        public IHtmlDocument Page(string source) => Pages[source switch
        {
            History => "/test-county/how-we-got-here/",
            Report => "/test-county/progress/2024/",
            About => "/about/",
            Home => "/",
            NotFound => "/404.html",
            _ => throw new ArgumentException(source),
        }];

        private string UrlOf(string file)
        {
            var relative = "/" + Path.GetRelativePath(_site.Output, file).Replace(Path.DirectorySeparatorChar, '/');
            return relative.EndsWith("/index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative;
        }

        public void Dispose() => _site.Dispose();
    }
}
