using StaticMap.Core.Model;
using StaticMap.Core.Parsing;

namespace StaticMap.Tests.Parsing;

/// <summary>
/// The raw HTML's ids, names and addresses a narrative's inventory holds (MAP056, the link rules). AngleSharp is asked only
/// when a fragment's text holds one of the wanted names in some case; a fragment without them ("&lt;span lang="en"&gt;")
/// is not parsed (docs/performance.md, "Start-up", runtime).
/// </summary>
public class RawHtmlAttributesTests
{
    private static (string Element, string Name, string Value, int Line, int Column)[] Found(string markdown) =>
        MarkdownParser.Parse("x.md", markdown, 1).Inventory.RawHtmlAttributes
            .Select(a => (a.Element, a.Name, a.Value, a.Line, a.Column)).ToArray();

    [Fact]
    public void Attributes_written_in_capitals_are_found_as_a_browser_reads_them()
    {
        Assert.Equal(
            [("a", "href", "other.md", 0, 5), ("span", "id", "k", 0, 32), ("img", "src", "i.png", 1, 1), ("a", "name", "n", 1, 30)],
            Found("See <A HREF=\"other.md\">it</A>, <SPAN Id=\"k\">here</SPAN>\n<IMG SRC=\"i.png\" alt=\"\"> and <a NaMe=\"n\"></a>.\n"));
    }

    [Fact]
    public void A_block_with_an_address_among_marked_words_is_read()
    {
        Assert.Equal([("a", "href", "https://example.org/")],
            Found("<p lang=\"en\"><a\nhref=\"https://example.org/\">words</a></p>\n").Select(a => (a.Element, a.Name, a.Value)).ToArray());
    }

    [Fact]
    public void Untranslated_words_marked_with_lang_hold_nothing_wanted()
    {
        Assert.Empty(Found("Las <span lang=\"en\">Upward Mobility</span> y <i lang=\"en\">Boosting</i>.\n\n<p lang=\"en\">Text.</p>\n"));
        Assert.False(RawHtmlAttributes.MayHoldWantedAttribute("<span lang=\"en\">"));
        Assert.False(RawHtmlAttributes.MayHoldWantedAttribute("<i lang=\"en\" class=\"term\">"));
    }

    [Theory]
    [InlineData("<a HREF=\"x\">")]
    [InlineData("<p Id=\"x\">")]
    [InlineData("<a NAME=\"x\">")]
    [InlineData("<img sRc=\"x\">")]
    [InlineData("<img width=\"3\">")]
    public void A_fragment_with_a_wanted_name_in_any_case_is_parsed(string html)
    {
        Assert.True(RawHtmlAttributes.MayHoldWantedAttribute(html));
    }
}
