using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Raw HTML that would swallow the rest of a narrative (an unclosed &lt;title&gt;, &lt;textarea&gt;, &lt;style&gt;, … or
/// comment, a &lt;plaintext&gt;) is MAP057, an error at the tag with its fix, instead of a page that silently ends there;
/// closed elements and the tag written as text keep every later heading.
/// </summary>
public class UnclosedHtmlTests
{
    private const string Findings = Plan + "/findings.md";
    private const string Later = "\n\n## A later heading\n\nText after the HTML.\n";

    [Theory]
    [InlineData("<title>", "title")]
    [InlineData("<textarea>", "textarea")]
    [InlineData("<style>", "style")]
    [InlineData("<script>", "script")]
    [InlineData("<xmp>", "xmp")]
    [InlineData("<iframe>", "iframe")]
    [InlineData("<noembed>", "noembed")]
    [InlineData("<noframes>", "noframes")]
    [InlineData("<TITLE class=\"x\">", "title")]
    public void An_unclosed_element_at_a_line_start_is_an_error_at_the_tag(string tag, string name)
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n" + tag + Later);
        var d = HostileAssert.FailsWith(site, "MAP057", site.PositionOf(Findings, tag));
        Assert.Equal($"this <{name}> is never closed, so the rest of the narrative, headings included, would become its text and disappear from the page; close the <{name}> element (</{name}>) or write it as text: `\\<{name}>`", d.Message);
    }

    [Fact]
    public void A_style_inside_math_inside_a_form_is_an_error_at_the_style()
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n<form><math><mtext></form><form><mglyph><style>" + Later);
        HostileAssert.FailsWith(site, "MAP057", site.PositionOf(Findings, "<style>"));
    }

    [Fact]
    public void Plaintext_and_an_unclosed_comment_are_errors()
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n<plaintext>" + Later);
        var d = HostileAssert.FailsWith(site, "MAP057", site.PositionOf(Findings, "<plaintext>"));
        Assert.StartsWith("<plaintext> turns everything after it into plain text", d.Message);

        using var other = Valid();
        other.Write(Findings, other.Read(Findings) + "\n<!-- a note" + Later);
        HostileAssert.FailsWith(other, "MAP057", other.PositionOf(Findings, "<!--"));
    }

    [Fact]
    public void An_unclosed_title_inside_a_paragraph_is_an_error_at_its_column()
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\nSee the <title> here." + Later);
        HostileAssert.FailsWith(site, "MAP057", site.PositionOf(Findings, "<title>"));
    }

    [Fact]
    public void Closed_elements_and_escaped_tags_keep_the_later_headings()
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n<pre>\nkept\n</pre>\n\nWrite \\<title> as text, and <!-- a note --> a comment." + Later);
        var result = HostileAssert.BuildSucceedsSafely(site);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "MAP057");
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "A later heading");
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent.Contains("Write <title> as text", StringComparison.Ordinal));
    }
}
