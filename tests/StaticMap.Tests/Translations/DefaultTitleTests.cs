using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace StaticMap.Tests.Translations;

/// <summary>A component or report without a 'title' has none in the model; every page and file writes its default title in its
/// own language (the theme's strings), never an English default the parser wrote.</summary>
public class DefaultTitleTests(SpanishSite fixture) : IClassFixture<SpanishSite>
{
    [Fact]
    public void Plan_json_gives_each_translated_page_the_title_its_page_shows()
    {
        var json = JsonNode.Parse(fixture.Built.File("test-county/plan.json"))!;
        var spanish = json["translations"]![0]!;
        foreach (var (slug, component) in spanish["components"]!.AsObject())
        {
            var h1 = fixture.Built.Page($"/es/test-county/{slug}/").QuerySelector("h1")!.TextContent;
            Assert.Equal(h1, (string?)component!["title"]);
        }
        // An untranslated component without a title of its own: the guide's name in Spanish, as its page says.
        Assert.Equal("Teoría del cambio y modelo lógico", (string?)spanish["components"]!["theory-of-change"]!["title"]);
        Assert.Equal("Informe de avance de 2024", (string?)spanish["progress"]![0]!["title"]);
        // The plan as written keeps its English defaults.
        Assert.Equal("2024 progress report", (string?)json["progress"]![0]!["title"]);
    }

    [Fact]
    public void The_spanish_feed_titles_a_report_without_a_title_in_spanish()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var titles = XDocument.Parse(fixture.Built.File("es/feed.xml")).Descendants(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToList();
        Assert.Equal([$"{SpanishEdition.Title}: Informe de avance de 2024"], titles);
    }
}
