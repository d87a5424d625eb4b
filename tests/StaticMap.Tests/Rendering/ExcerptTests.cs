using StaticMap.Core.Parsing;
using StaticMap.Core.Rendering.Markdown;

namespace StaticMap.Tests.Rendering;

/// <summary>The plan overview's excerpts read well out of context: nothing that points to "above" or ends with a colon.</summary>
public class ExcerptTests
{
    private static string Excerpt(string markdown) => PlainText.Excerpt(MarkdownParser.Parse("x.md", markdown, 1));

    [Fact]
    public void A_paragraph_that_starts_by_pointing_above_is_passed_over()
    {
        Assert.Equal("Mobility Metrics are published with a lag of one to two years.",
            Excerpt("Each indicator above is tied to one input of our logic model.\n\nMobility Metrics are published with a lag of one to two years.\n"));
    }

    [Fact]
    public void Sentences_stop_before_one_that_ends_with_a_colon()
    {
        Assert.Equal("Our data tell a story that starts early in life. In 2021, only 38% of children were enrolled in preschool.",
            Excerpt("Our data tell a story that starts early in life. In 2021, only 38% of children were enrolled in preschool. " +
                    "By the end of high school the gaps remain:\n\n- one\n"));
    }

    [Fact]
    public void A_colon_inside_a_sentence_keeps_the_paragraph()
    {
        Assert.Equal("Housing: rents rose 40% from 2014 to 2023. Wages did not: they rose 12%.",
            Excerpt("Housing: rents rose 40% from 2014 to 2023. Wages did not: they rose 12%.\n\nSecond paragraph.\n"));
        Assert.Equal("Three findings stand out.", Excerpt("Three findings stand out. Residents told us two things:\n\n- one\n"));
    }

    [Fact]
    public void A_plain_first_paragraph_is_the_excerpt()
    {
        Assert.Equal("A plan is only as strong as the commitments behind it.", Excerpt("# Title\n\nA plan is only as strong as the commitments behind it.\n"));
        Assert.Equal("", Excerpt(""));
    }
}
