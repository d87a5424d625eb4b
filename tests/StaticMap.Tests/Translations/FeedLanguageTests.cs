using System.Xml.Linq;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>es/feed.xml: an untranslated report's paragraph is English and says so (xml:lang="en"), the whole summary when it
/// is that paragraph alone, else its span beside the Spanish sentences StaticMap writes (review3, 2026-12-07).</summary>
public class FeedLanguageTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static XElement Summary(TestSite site, string feed, int year)
    {
        var result = site.Build(new SiteOptions(BaseUrl: "https://maps.example.org/"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var doc = XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, feed)));
        return doc.Root!.Elements(Atom + "entry")
            .Single(e => e.Element(Atom + "id")!.Value.EndsWith($"/progress/{year}/", StringComparison.Ordinal))
            .Element(Atom + "summary")!;
    }

    [Fact]
    public void An_untranslated_reports_english_summary_is_marked_english()
    {
        using var site = SpanishFixture.Create().Delete(SpanishFixture.P + "/progress/2024.es.md")
            .Replace(SpanishFixture.P + "/how-we-got-here.es.md", "progress/2024.es.md", "progress/2024.md");
        var summary = Summary(site, "es/feed.xml", 2024);
        Assert.Equal("en", summary.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("The first year of the plan, with links back to the measurement plan.", summary.Value);
        // The English feed and a translated report: the feed's own language, nothing to mark.
        Assert.Null(Summary(site, "feed.xml", 2024).Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public void A_translated_reports_summary_is_not_marked()
    {
        using var site = SpanishFixture.Create();
        Assert.Null(Summary(site, "es/feed.xml", 2024).Attribute(XNamespace.Xml + "lang"));
    }

    [Fact]
    public void Beside_spanish_sentences_the_english_paragraph_is_a_span_marked_english()
    {
        using var site = SpanishFixture.Create();
        site.Write(SpanishFixture.P + "/progress/2025.md", site.Read(SpanishFixture.P + "/progress/2024.md")
            .Replace("year: 2024", "year: 2025").Replace("status: on-track", "status: off-track")
            .Replace("The first year of the plan", "The second year of the plan"));
        var summary = Summary(site, "es/feed.xml", 2025);
        Assert.Equal("xhtml", summary.Attribute("type")?.Value);
        var span = summary.Element(Xhtml + "div")!.Element(Xhtml + "span")!;
        Assert.Equal("en", span.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal("The second year of the plan, with links back to the measurement plan.", span.Value);
        Assert.Contains("Desde el informe anterior:", summary.Value);
    }

    /// <summary>A measurement plan not translated: the English indicator names inside the Spanish "Desde el informe anterior"
    /// sentences are marked xml:lang="en", as the progress page marks them lang="en" (review4, 2026-12-07).</summary>
    [Fact]
    public void An_english_indicator_name_in_the_spanish_changes_is_marked_english()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(TestSite.Plan + "/plan.es.yml", "title: Plan de prueba\nsummary: Un plan pequeño.\njurisdiction:\n  name: Condado de Prueba\n");
        site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\npublished: 2026-03-15\nupdates:\n  - indicator: employment-rate\n    value: 78\n    status: on-track\n---\nThe second year.\n");
        site.Write(TestSite.Plan + "/progress/2025.es.md", "---\nyear: 2025\n---\nEl segundo año.\n");
        var summary = Summary(site, "es/feed.xml", 2025);
        Assert.Equal("xhtml", summary.Attribute("type")?.Value);
        var div = summary.Element(Xhtml + "div")!;
        Assert.True(div.Value.StartsWith("El segundo año. Desde el informe anterior: ", StringComparison.Ordinal) && div.Value.Contains(" Employment rate: bajó de 80.9", StringComparison.Ordinal), div.Value);
        var names = div.Elements(Xhtml + "span").ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Equal("en", n.Attribute(XNamespace.Xml + "lang")?.Value));
        Assert.Contains(names, n => n.Value == "Employment rate");
        // The English feed: its own language throughout, a plain summary as before.
        var english = Summary(site, "feed.xml", 2025);
        Assert.Null(english.Attribute("type"));
        Assert.StartsWith("The second year. Since the previous report: ", english.Value);
    }
}
