using AngleSharp.Dom;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>The labels and dates readers see, in one style on every page ("Release quality"), on the built fixture site.</summary>
public class ReleaseTextTests(BuiltSite built) : IClassFixture<BuiltSite>
{
    private IElement Main(string url) => built.Page(url).QuerySelector("main")!;

    [Fact]
    public void The_jurisdiction_is_not_followed_by_its_kind_when_its_name_says_it()
    {
        var facts = Main("/test-county/").QuerySelector("dl.facts")!;
        Assert.Equal("Alameda County, California", facts.QuerySelector("dd")!.TextContent);
    }

    [Fact]
    public void Timeline_dates_are_written_in_words()
    {
        var dates = Main("/test-county/how-we-got-here/").QuerySelectorAll("time.timeline-date").ToList();
        Assert.Contains(dates, t => t.GetAttribute("datetime") == "2021-06" && t.TextContent == "June 2021");
        Assert.Contains(dates, t => t.GetAttribute("datetime") == "2022-03-15" && t.TextContent == "March 15, 2022");
    }

    [Fact]
    public void Status_counts_have_no_space_before_the_colon()
    {
        var items = Main("/test-county/progress/2024/").QuerySelectorAll(".status-summary li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("✓ On track: 1", items);
    }

    [Fact]
    public void Measurement_plan_values_and_breakdowns_read_as_words()
    {
        var text = Main("/test-county/measurement-plan/").TextContent;
        Assert.Contains("120 people (2023)", text);
        Assert.Contains("80.4% (2021)", text);
        Assert.Contains("race and ethnicity", text);
        Assert.DoesNotContain("race ethnicity", text);
    }

    [Fact]
    public void The_print_title_names_the_plan_once()
    {
        Assert.Equal("Whole plan: Test County Mobility Action Plan | " + built.Page("/").Title!.Split(" | ")[^1],
            built.Page("/test-county/print/").Title);
    }
}
