using System.Xml.Linq;
using AngleSharp.Html.Parser;
using StaticMap.Core;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Html;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>A page kind written outside StaticMap.Core: a glossary page for each plan, in each of its languages. It is one
/// class: it declares its pages (and their ids) for the site map, and writes them.</summary>
public sealed class GlossaryPageKind : IPageKind
{
    public int Order => 75;

    public static string Url(Plan edition) => SiteUrls.Plan(edition) + "glossary/";

    private static string Title(string language) => language == "es" ? "Glosario" : "Glossary";

    public IEnumerable<SitePage> Declare(SiteInput site, ComponentRegistry components) =>
        Declarations.PlanEditions(site).Select(e => Declarations.PlanPage(this, "glossary", e.Main, e.Segment, Url(e.Edition),
            () => ThemeIds.Page().Add("sm-glossary-terms")) with
        {
            Nav = t => new NavEntry(Title(t.Language)),
            Modified = e.Edition.Metadata.Released,
        });

    public IEnumerable<Page> Pages(RenderContext context)
    {
        foreach (var plan in context.PlansInScope)
        {
            var url = Url(plan);
            var title = Title(plan.Metadata.Language);
            yield return new Page(url, "layouts/page.sbn-html",
                context.Layout(url, title, title, plan, [(plan.Metadata.Title, SiteUrls.Plan(plan))], "page"),
                new ContentPageModel(new RawHtml("<dl id=\"sm-glossary-terms\"><dt>MAP</dt><dd>Mobility Action Plan</dd></dl>"), []));
        }
    }
}

/// <summary>The fixture with its Spanish edition, built with the glossary kind added and a link to the glossary in findings.md.</summary>
public sealed class GlossarySite : IDisposable
{
    public static readonly SiteOptions Options =
        new(BaseUrl: "https://maps.example.org/") { Registry = StaticMapBuilder.Default().AddPageKind(new GlossaryPageKind()).Build(), Clock = TestClock.Provider };

    public TestSite Site { get; } = TestSite.Valid();
    public BuildResult Result { get; }

    public GlossarySite()
    {
        Site.Write(TestSite.Plan + "/findings.md", Site.Read(TestSite.Plan + "/findings.md") +
            "\nSee [the glossary](../glossary/) and [its terms](/test-county/glossary/#sm-glossary-terms).\n");
        using (SpanishEdition.Install()) Result = Site.Build(Options);
    }

    public AngleSharp.Html.Dom.IHtmlDocument Page(string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Site.Output, SiteUrls.OutputPath(url))));

    public void Dispose() => Site.Dispose();
}

public class NewPageKindTests(GlossarySite fixture) : IClassFixture<GlossarySite>
{
    private static List<(string Label, string? Href)> PlanNav(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("nav.plan-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

    [Fact]
    public void The_build_has_no_broken_link_and_writes_the_page_in_both_languages()
    {
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));
        Assert.DoesNotContain(fixture.Result.Diagnostics, d => d.Code == "MAP063");
        Assert.Equal("en", fixture.Page("/test-county/glossary/").DocumentElement.GetAttribute("lang"));
        Assert.Equal("Glossary", fixture.Page("/test-county/glossary/").QuerySelector("h1")!.TextContent);
        Assert.Equal("es", fixture.Page("/es/test-county/glossary/").DocumentElement.GetAttribute("lang"));
        Assert.Equal("Glosario", fixture.Page("/es/test-county/glossary/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void The_plan_navigation_lists_it_in_its_order_in_each_language()
    {
        Assert.Equal(
        [
            ("Overview", "/test-county/"), ("How we got here", "/test-county/how-we-got-here/"), ("Summary of upward mobility findings", "/test-county/findings/"),
            ("Theory of change and logic model", "/test-county/theory-of-change/"), ("Measurement plan", "/test-county/measurement-plan/"),
            ("Sustainability considerations", "/test-county/sustainability/"), ("Progress", "/test-county/progress/"), ("Reporting status", "/test-county/status/"),
            ("Glossary", "/test-county/glossary/"), ("Whole plan (print)", "/test-county/print/"),
        ], PlanNav(fixture.Page("/test-county/findings/")));
        var spanish = PlanNav(fixture.Page("/es/test-county/findings/"));
        Assert.Contains(("Glosario", "/es/test-county/glossary/"), spanish);
        Assert.Equal(spanish.IndexOf(("Glosario", "/es/test-county/glossary/")) + 1, spanish.FindIndex(l => l.Href == "/es/test-county/print/"));
        var current = fixture.Page("/es/test-county/glossary/").QuerySelector("nav.plan-nav a[aria-current=page]")!;
        Assert.Equal("/es/test-county/glossary/", current.GetAttribute("href"));
    }

    [Fact]
    public void The_sitemap_lists_it_in_both_languages_with_its_alternates()
    {
        var doc = XDocument.Parse(File.ReadAllText(Path.Combine(fixture.Site.Output, "sitemap.xml")));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var locs = doc.Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Equal(locs.IndexOf("https://maps.example.org/test-county/status/") + 1, locs.IndexOf("https://maps.example.org/test-county/glossary/"));
        var spanish = doc.Descendants(sm + "url").Single(u => u.Element(sm + "loc")!.Value == "https://maps.example.org/es/test-county/glossary/");
        Assert.Equal("2024-05-01", spanish.Element(sm + "lastmod")!.Value);
        Assert.Equal(["https://maps.example.org/test-county/glossary/", "https://maps.example.org/es/test-county/glossary/"],
            spanish.Elements(xhtml + "link").Select(l => (string?)l.Attribute("href")));
    }

    [Fact]
    public void A_markdown_link_to_it_leads_to_the_page_and_its_ids()
    {
        var hrefs = fixture.Page("/test-county/findings/").QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/test-county/glossary/", hrefs);
        Assert.Contains("/test-county/glossary/#sm-glossary-terms", hrefs);
    }

    [Fact]
    public void Links_resolve_against_the_declared_pages_and_only_those()
    {
        using var site = TestSite.Valid();
        var parsed = SpanishEdition.Add(SiteBuilder.Check(site.Root, new SiteOptions()).Site!.Site, SpanishEdition.Title);
        var with = new LinkResolver(parsed, SiteRenderer.Map(parsed, GlossarySite.Options.Kinds));
        var findings = TestSite.Plan + "/findings.md";
        Assert.Equal(new LinkTarget(LinkKind.Internal, "/test-county/glossary/"), with.Resolve(findings, "../glossary/"));
        Assert.Equal(new LinkTarget(LinkKind.MissingFragment, "/test-county/glossary/#nope"), with.Resolve(findings, "../glossary/#nope"));
        // From the Spanish text, the Spanish glossary.
        Assert.Equal(new LinkTarget(LinkKind.Internal, "/es/test-county/glossary/"), with.Resolve(SpanishEdition.HowWeGotHere, "../glossary/"));
        // StaticMap's own kinds have no glossary: the same link is broken.
        var without = new LinkResolver(parsed, SiteRenderer.Map(parsed, TestRegistry.Default));
        Assert.Equal(LinkKind.Broken, without.Resolve(findings, "../glossary/").Kind);
    }
}
