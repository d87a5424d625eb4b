using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMap.Core.Parsing;

namespace StaticMap.Tests.Parsing;

public class MarkdownParserTests
{
    private static int[] Levels(string markdown) =>
        MarkdownParser.Parse("x.md", markdown, 1).Document.Descendants<HeadingBlock>().Select(h => h.Level).ToArray();

    [Fact]
    public void Top_headings_become_h2_because_the_page_title_is_the_h1()
    {
        Assert.Equal([2, 3, 2], Levels("# A\n## B\n# C\n"));
        Assert.Equal([2, 3, 2], Levels("## A\n### B\n## C\n"));
    }

    [Fact]
    public void Sibling_headings_keep_the_same_level()
    {
        Assert.Equal([2, 3, 3, 3, 2], Levels("## A\n### B\n### C\n### D\n## E\n"));
    }

    [Fact]
    public void Skipped_levels_are_closed_up_and_siblings_follow()
    {
        Assert.Equal([2, 3, 3, 2], Levels("## A\n#### B\n#### C\n## D\n"));
        Assert.Equal([2, 3, 4, 3], Levels("## A\n#### B\n###### C\n#### D\n"));
    }

    [Fact]
    public void Heading_ids_never_take_the_theme_prefix()
    {
        var heading = MarkdownParser.Parse("x.md", "## SM Main\n", 1).Document.Descendants<HeadingBlock>().Single();
        Assert.Equal("section-sm-main", heading.GetAttributes().Id);
    }
}
