using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>The fixture plan with a Spanish edition (<see cref="SpanishEdition"/>), built once with --base-url.</summary>
public sealed class SpanishSite : IDisposable
{
    public BuiltSite Built { get; } = new(new SiteOptions(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider }, () => SpanishEdition.Install());

    public void Dispose() => Built.Dispose();
}

/// <summary>Publishing a plan in every language of Plan.Editions: URLs, language switch, alternates, homes, feeds, notices.</summary>
public class PublishingTests(SpanishSite fixture) : IClassFixture<SpanishSite>
{
    private readonly BuiltSite _site = fixture.Built;

    private static readonly string[] SpanishPlanPages =
    [
        "/es/test-county/", "/es/test-county/how-we-got-here/", "/es/test-county/findings/", "/es/test-county/theory-of-change/",
        "/es/test-county/measurement-plan/", "/es/test-county/sustainability/", "/es/test-county/progress/",
        "/es/test-county/progress/2024/", "/es/test-county/status/", "/es/test-county/print/",
    ];

    [Fact]
    public void Every_page_of_the_translation_is_published_under_es_with_lang_es()
    {
        foreach (var url in SpanishPlanPages.Concat(["/es/", "/es/search/", "/es/accessibility/"]))
            Assert.Equal("es", _site.Page(url).DocumentElement.GetAttribute("lang"));
        // The English pages stay where they were, in English.
        Assert.Equal("en", _site.Page("/test-county/findings/").DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hallazgos", _site.Page("/es/test-county/findings/").QuerySelector("h1")!.TextContent);
        // Spanish navigation around the Spanish page.
        var planNav = _site.Page("/es/test-county/findings/").QuerySelectorAll("nav.plan-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal(("Resumen", "/es/test-county/"), planNav[0]);
        Assert.Contains(("Hallazgos", "/es/test-county/findings/"), planNav);
        var crumbs = _site.Page("/es/test-county/findings/").QuerySelectorAll("nav.breadcrumbs a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Inicio", "/es/"), (SpanishEdition.Title, "/es/test-county/"), ("Hallazgos", "/es/test-county/findings/")], crumbs);
    }

    [Fact]
    public void The_language_switch_links_each_page_to_the_same_page_in_the_other_language_named_in_its_own()
    {
        var english = Switch(_site.Page("/test-county/findings/"));
        Assert.Equal([("Español", "/es/test-county/findings/", "es", "es")], english);
        var spanish = Switch(_site.Page("/es/test-county/findings/"));
        Assert.Equal([("English", "/test-county/findings/", "en", "en")], spanish);
        Assert.Equal("Otros idiomas", _site.Page("/es/test-county/findings/").QuerySelector("nav.language-switch")!.GetAttribute("aria-label"));
        Assert.Equal("Other languages", _site.Page("/test-county/findings/").QuerySelector("nav.language-switch")!.GetAttribute("aria-label"));
        // Site-wide pages too: the homes, the search pages, a site page written in both languages.
        Assert.Equal([("Español", "/es/", "es", "es")], Switch(_site.Page("/")));
        Assert.Equal([("English", "/search/", "en", "en")], Switch(_site.Page("/es/search/")));
        Assert.Equal([("Español", "/es/accessibility/", "es", "es")], Switch(_site.Page("/accessibility/")));
    }

    [Fact]
    public void The_head_lists_every_language_with_hreflang_and_x_default_the_main_language()
    {
        var links = _site.Page("/es/test-county/progress/2024/").QuerySelectorAll("head link[rel=alternate][hreflang]")
            .Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("en", "https://maps.example.org/test-county/progress/2024/"),
            ("es", "https://maps.example.org/es/test-county/progress/2024/"),
            ("x-default", "https://maps.example.org/test-county/progress/2024/"),
        ], links);
    }

    [Fact]
    public void The_sitemap_gives_each_url_its_alternates()
    {
        var doc = XDocument.Parse(_site.File("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        IReadOnlyList<(string?, string?)> AlternatesOf(string loc) => doc.Descendants(sm + "url")
            .Single(u => u.Element(sm + "loc")!.Value == loc).Elements(xhtml + "link")
            .Select(l => ((string?)l.Attribute("hreflang"), (string?)l.Attribute("href"))).ToList();
        var both = new List<(string?, string?)>
        {
            ("en", "https://maps.example.org/test-county/findings/"), ("es", "https://maps.example.org/es/test-county/findings/"),
        };
        Assert.Equal(both, AlternatesOf("https://maps.example.org/test-county/findings/"));
        Assert.Equal(both, AlternatesOf("https://maps.example.org/es/test-county/findings/"));
        Assert.Equal([("en", "https://maps.example.org/"), ("es", "https://maps.example.org/es/")], AlternatesOf("https://maps.example.org/es/"));
        Assert.Equal("rel", doc.Descendants(xhtml + "link").First().Attributes().First().Name.LocalName);
    }

    [Fact]
    public void The_spanish_home_lists_the_plan_in_spanish()
    {
        var home = _site.Page("/es/");
        Assert.Equal("Planes de movilidad de prueba", home.QuerySelector("h1")!.TextContent);
        var card = home.QuerySelectorAll("main a").Single(a => a.GetAttribute("href") == "/es/test-county/");
        Assert.Equal(SpanishEdition.Title, card.TextContent.Trim());
        Assert.Contains(SpanishEdition.Summary, home.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Test County Mobility Action Plan", home.QuerySelector("main")!.TextContent);
        // The Spanish site navigation: its home, its pages, its search.
        var nav = home.QuerySelectorAll("nav.site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Inicio", "/es/"), ("Declaración de accesibilidad", "/es/accessibility/"), ("Buscar", "/es/search/")], nav);
        Assert.Equal("/es/", home.QuerySelector("a.site-title")!.GetAttribute("href"));
    }

    [Fact]
    public void An_untranslated_component_shows_the_authors_english_marked_lang_en_inside_spanish_words_below_a_spanish_notice()
    {
        var page = _site.Page("/es/test-county/theory-of-change/");
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        var main = page.QuerySelector("main")!;
        // The title is the guide's name, which StaticMap writes: in Spanish, with the page's language.
        var h1 = main.QuerySelector("h1")!;
        Assert.Equal(("Teoría del cambio y modelo lógico", null), (h1.TextContent, h1.GetAttribute("lang")));
        var notice = main.QuerySelector("p.notice-untranslated")!;
        Assert.StartsWith("Esta sección aún no está traducida al español; se muestra en inglés.", notice.TextContent);
        var original = notice.QuerySelector("a")!;
        Assert.Equal(("/test-county/theory-of-change/", "en", "Ver la página original"), (original.GetAttribute("href"), original.GetAttribute("hreflang"), original.TextContent));
        var content = main.QuerySelector("div.untranslated")!;
        Assert.Null(content.GetAttribute("lang"));
        Assert.Same(notice.NextElementSibling, content);
        // StaticMap's words in Spanish, unmarked; the author's words in English, marked lang="en".
        Assert.Equal(["Visión", "Teoría del cambio", "Modelo lógico"], content.QuerySelectorAll("h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("es", content.QuerySelector("h2")!.Closest("[lang]")!.GetAttribute("lang"));
        var vision = content.QuerySelector(".vision-statement")!;
        Assert.Equal(("Everyone can earn a good living.", "en"), (vision.TextContent, vision.GetAttribute("lang")));
        Assert.All(content.QuerySelectorAll(".lm-text"), e => Assert.Equal("en", e.GetAttribute("lang")));
        Assert.DoesNotContain("Vision", content.TextContent.Replace("Visión", ""), StringComparison.Ordinal);
        Assert.DoesNotContain("Logic model", content.TextContent, StringComparison.Ordinal);
        // The plan navigation names it in Spanish, unmarked.
        var nav = page.QuerySelectorAll("nav.plan-nav a").Single(a => a.GetAttribute("href") == "/es/test-county/theory-of-change/");
        Assert.Equal(("Teoría del cambio y modelo lógico", null), (nav.TextContent, nav.GetAttribute("lang")));
        // A translated page has neither (lang="zxx" marks code, no language: the share control's link and embed code).
        Assert.Null(_site.Page("/es/test-county/findings/").QuerySelector(".notice-untranslated, .untranslated, main [lang]:not([lang=zxx])"));
        // The overview lists it by its Spanish title and its English summary, the summary marked lang="en".
        var parts = _site.Page("/es/test-county/").QuerySelectorAll("ol.part-list > li").ToList();
        var part = parts.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/es/test-county/theory-of-change/");
        Assert.Null(part.GetAttribute("lang"));
        Assert.Null(part.QuerySelector("a")!.GetAttribute("lang"));
        Assert.Equal("en", part.QuerySelector("p")!.GetAttribute("lang"));
        Assert.Null(parts.Single(li => li.QuerySelector("a")!.GetAttribute("href") == "/es/test-county/findings/").QuerySelector("[lang]"));
        // The print page: Spanish headings, the author's text marked.
        var print = _site.Page("/es/test-county/print/");
        var section = print.QuerySelector("#sm-part-theory-of-change")!;
        Assert.Null(section.GetAttribute("lang"));
        Assert.Equal("en", section.QuerySelector(".vision-statement")!.GetAttribute("lang"));
        Assert.Null(print.QuerySelector("#sm-part-findings")!.GetAttribute("lang"));
        // The untranslated report: its default title and every label StaticMap writes in Spanish; its narrative and notes in English.
        var report = _site.Page("/es/test-county/progress/2024/");
        Assert.Equal(("Informe de avance de 2024", null), (report.QuerySelector("h1")!.TextContent, report.QuerySelector("h1")!.GetAttribute("lang")));
        var body = report.QuerySelector("main div.untranslated")!;
        Assert.Null(body.GetAttribute("lang"));
        Assert.Equal("en", body.QuerySelector("div.prose")!.GetAttribute("lang"));
        Assert.Contains("Actualización de los indicadores, 2024", body.TextContent);
        // The notes column: an English note is marked; an empty cell has no language to mark (review6: lang="en" on nothing).
        var notes = body.QuerySelectorAll(".updates-table td[data-label=\"Nota\"]").Select(td => (td.TextContent, td.GetAttribute("lang"))).ToList();
        Assert.Equal([("Two cohorts completed.", "en"), ("", null)], notes);
        foreach (var english in new[] { "Reported:", "By the numbers", "Indicator updates", "Data table" })
            Assert.DoesNotContain(english, SpanishText(body));
    }

    /// <summary>The text of an element outside every descendant marked with another language than Spanish.</summary>
    private static string SpanishText(IElement root) => string.Join(" ", root.Descendants<IText>()
        .Where(t => t.ParentElement?.Closest("[lang]") is not { } marked || marked == root.Owner!.DocumentElement || marked.GetAttribute("lang")!.StartsWith("es", StringComparison.Ordinal))
        .Select(t => t.Data));

    [Fact]
    public void Links_in_a_translation_lead_to_the_pages_in_its_language()
    {
        var hrefs = _site.Page("/es/test-county/how-we-got-here/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/es/test-county/findings/#lo-que-dicen-los-datos", hrefs);
        Assert.Contains("/es/test-county/measurement-plan/", hrefs);
        Assert.Contains("/es/accessibility/", hrefs);
        // An untranslated page's English text links to Spanish pages too, since it is shown in the Spanish site.
        var report = _site.Page("/es/test-county/progress/2024/").QuerySelectorAll("main div.untranslated a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain(report, h => h is not null && h.StartsWith("/test-county/", StringComparison.Ordinal) && !h.Contains("/downloads/") && !h.EndsWith(".csv"));
    }

    [Fact]
    public void Fragments_of_links_in_a_translation_are_checked_against_the_page_in_its_language()
    {
        using var site = TestSite.Valid();
        var parsed = StaticMap.Core.SiteBuilder.Check(site.ReadRoot, new SiteOptions { Clock = TestClock.Provider }).Site!.Site;
        var spanish = SpanishEdition.Add(parsed, SpanishEdition.Title);
        var links = new LinkResolver(spanish, SiteRenderer.Map(spanish, StaticMap.Tests.Support.TestRegistry.Default));
        Assert.Equal(new LinkTarget(LinkKind.Internal, "/es/test-county/findings/#lo-que-dicen-los-datos"),
            links.Resolve(SpanishEdition.HowWeGotHere, "findings.md#lo-que-dicen-los-datos"));
        Assert.Equal(new LinkTarget(LinkKind.MissingFragment, "/es/test-county/findings/#what-the-data-say"),
            links.Resolve(SpanishEdition.HowWeGotHere, "findings.md#what-the-data-say"));
        // From the English file: findings.es.md is the Spanish page, findings.md the English one.
        Assert.Equal(new LinkTarget(LinkKind.Internal, "/es/test-county/findings/"), links.Resolve(TestSite.Plan + "/how-we-got-here.md", "findings.es.md"));
        Assert.Equal(new LinkTarget(LinkKind.Internal, "/test-county/findings/"), links.Resolve(TestSite.Plan + "/how-we-got-here.md", "findings.md"));
        // The English text shown on a Spanish page, resolved for that page.
        Assert.Equal(new LinkTarget(LinkKind.Internal, "/es/test-county/findings/"), links.Resolve(TestSite.Plan + "/how-we-got-here.md", "findings.md", "es"));
    }

    [Fact]
    public void Each_language_has_its_feed_linking_to_its_pages()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var spanish = XDocument.Parse(_site.File("es/feed.xml"));
        Assert.Equal("https://maps.example.org/es/feed.xml", spanish.Root!.Element(atom + "id")!.Value);
        Assert.Equal("Planes de movilidad de prueba: informes de avance", spanish.Root.Element(atom + "title")!.Value);
        var entry = Assert.Single(spanish.Root.Elements(atom + "entry"));
        Assert.Equal("https://maps.example.org/es/test-county/progress/2024/", entry.Element(atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith(SpanishEdition.Title + ":", entry.Element(atom + "title")!.Value);
        var english = XDocument.Parse(_site.File("feed.xml"));
        Assert.Equal("https://maps.example.org/test-county/progress/2024/",
            Assert.Single(english.Root!.Elements(atom + "entry")).Element(atom + "link")!.Attribute("href")!.Value);
        // Each page offers the feed of its language.
        Assert.Equal("/es/feed.xml", _site.Page("/es/test-county/findings/").QuerySelector("head link[type='application/atom+xml']")!.GetAttribute("href"));
    }

    [Fact]
    public void Downloads_and_plan_json_are_language_neutral_and_plan_json_carries_the_translation()
    {
        Assert.False(File.Exists(Path.Combine(_site.Output, "es", "test-county", "plan.json")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "es", "test-county", "downloads")));
        Assert.False(File.Exists(Path.Combine(_site.Output, "es", "test-county", "measurement-plan.csv")));
        var hrefs = _site.Page("/es/test-county/measurement-plan/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/test-county/measurement-plan.csv", hrefs);
        Assert.Contains(_site.Page("/es/test-county/findings/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")),
            h => h!.StartsWith("/test-county/downloads/", StringComparison.Ordinal));

        var json = System.Text.Json.Nodes.JsonNode.Parse(_site.File("test-county/plan.json"))!;
        Assert.Equal("en", (string?)json["language"]);
        var es = json["translations"]![0]!;
        Assert.Equal(("es", SpanishEdition.Title, "https://maps.example.org/es/test-county/"), ((string?)es["language"], (string?)es["title"], (string?)es["url"]));
        Assert.Equal("Hallazgos", (string?)es["components"]!["findings"]!["title"]);
        Assert.True((bool)es["components"]!["findings"]!["translated"]!);
        Assert.False((bool)es["components"]!["theory-of-change"]!["translated"]!);
        Assert.Equal("https://maps.example.org/es/test-county/progress/2024/", (string?)es["progress"]![0]!["url"]);
    }

    [Fact]
    public void A_site_in_one_language_has_no_language_switch_no_alternates_and_no_language_homes()
    {
        using var site = new BuiltSite();
        var page = site.Page("/test-county/findings/");
        Assert.Null(page.QuerySelector(".language-switch, link[hreflang]"));
        Assert.DoesNotContain("xhtml", site.File("sitemap.xml"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "es")));
        Assert.DoesNotContain("translations", site.File("test-county/plan.json"));
    }

    private static List<(string, string?, string?, string?)> Switch(IHtmlDocument page) =>
        page.QuerySelectorAll("nav.language-switch a")
            .Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("lang"), a.GetAttribute("hreflang"))).ToList();
}

/// <summary>What a translation changes for the checks of URLs (MAP068).</summary>
public class PublishingUrlTests
{
    [Fact]
    public void A_plan_folder_named_like_a_language_of_the_site_is_MAP068()
    {
        using var site = TestSite.Valid();
        site.CopyFolder(TestSite.Plan, "plans/es");
        using var seam = SpanishEdition.Install();
        var diagnostic = Assert.Single(site.Check(), d => d.Code == "MAP068");
        Assert.Equal("plans/es", diagnostic.Span.Path);
        Assert.Equal("plan folder 'es' has the name of a language the site is published in, whose pages are under /es/; rename the folder, e.g. to 'es-plan'",
            diagnostic.Message);
    }

    [Fact]
    public void A_site_page_and_its_translation_do_not_collide()
    {
        using var site = TestSite.Valid();
        using var seam = SpanishEdition.Install();
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP068");
    }
}
