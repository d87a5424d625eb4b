using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>What Pagefind reads: which pages it indexes, the title each result shows, and text that keeps its words apart.</summary>
public sealed class SearchIndexMarkupTests : IDisposable
{
    private readonly TestSite _site = TestSite.Valid();

    public SearchIndexMarkupTests() => Assert.True(_site.Build().Succeeded);

    public void Dispose() => _site.Dispose();

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(_site.Read("_site" + path + "index.html"));

    [Fact]
    public void The_print_view_is_not_indexed_and_the_plan_pages_are()
    {
        Assert.Null(Page("/test-county/print/").QuerySelector("[data-pagefind-body]"));
        Assert.NotNull(Page("/test-county/findings/").QuerySelector("main[data-pagefind-body]"));
    }

    [Fact]
    public void A_result_on_a_plan_page_names_the_plan()
    {
        Assert.Equal("title:Measurement plan · Test County Mobility Action Plan",
            Page("/test-county/measurement-plan/").QuerySelector("main h1")!.GetAttribute("data-pagefind-meta"));
        // The overview's title is the plan's own: named once.
        Assert.Equal("title:Test County Mobility Action Plan", Page("/test-county/").QuerySelector("main h1")!.GetAttribute("data-pagefind-meta"));
    }

    [Fact]
    public void Labels_and_values_are_apart_in_the_indexed_text()
    {
        var main = Page("/test-county/measurement-plan/").QuerySelector("main")!;
        foreach (var dt in main.QuerySelectorAll(".measurement-wide dt"))
            Assert.True(dt.NextSibling is AngleSharp.Dom.IText { Data: " " }, $"'{dt.TextContent}' is glued to its value");
        Assert.Equal("", main.QuerySelector("thead")!.GetAttribute("data-pagefind-ignore"));
        Assert.Equal("", main.QuerySelector(".measurement-narrow")!.GetAttribute("data-pagefind-ignore"));
    }
}
