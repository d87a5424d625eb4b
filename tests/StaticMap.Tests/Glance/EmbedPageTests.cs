using AngleSharp.Html.Parser;

namespace StaticMap.Tests.Glance;

/// <summary>A chart's embeddable page and the "Share or embed this chart" control, in English and Spanish, as readers get them.</summary>
public class EmbedPageTests(GlanceSite fixture) : IClassFixture<GlanceSite>
{
    private const string Chart = "sm-chart-share_employed-trend";

    [Fact]
    public void The_embed_page_shows_the_chart_its_summary_its_table_the_source_and_a_link_back_and_is_noindex()
    {
        var page = fixture.Page("/test-county/embed/share_employed-trend/");
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
        Assert.NotNull(page.QuerySelector($"figure#{Chart} canvas[role=img]"));
        // Open as written, so a reader without JavaScript has the numbers; js/charts.js closes it once the chart is drawn.
        Assert.True(page.QuerySelector($"#{Chart} details.chart-data")!.HasAttribute("open"));
        Assert.Equal("Source: Urban Institute, Mobility Metrics.", page.QuerySelector(".embed-source")!.TextContent);
        var back = page.QuerySelector(".embed-link a")!;
        Assert.Equal("https://maps.example.org/test-county/findings/#" + Chart, back.GetAttribute("href"));
        Assert.Equal("_top", back.GetAttribute("target"));
        Assert.Equal("See this chart in the Test County Mobility Action Plan", back.TextContent);
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src") == "/static/js/embed.js");
        // No share control inside the embed, and the embed pages are not in the sitemap.
        Assert.Null(page.QuerySelector(".chart-share"));
        Assert.DoesNotContain("/embed/", File.ReadAllText(Path.Combine(fixture.Site.Output, "sitemap.xml")));
    }

    [Fact]
    public void The_Spanish_embed_page_is_in_Spanish()
    {
        var page = fixture.Page("/es/test-county/embed/share_employed-trend/");
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Fuente: Urban Institute, Mobility Metrics.", page.QuerySelector(".embed-source")!.TextContent);
        Assert.StartsWith("Ver este gráfico en el ", page.QuerySelector(".embed-link a")!.TextContent);
        Assert.Equal("https://maps.example.org/es/test-county/findings/#" + Chart, page.QuerySelector(".embed-link a")!.GetAttribute("href"));
    }

    [Fact]
    public void Under_every_chart_the_share_control_gives_the_link_the_embed_code_and_the_downloads()
    {
        var page = fixture.Page("/test-county/findings/");
        var charts = page.QuerySelectorAll("figure.chart").Length;
        Assert.True(charts > 0);
        Assert.Equal(charts, page.QuerySelectorAll("figure.chart + details.chart-share").Length);
        var share = page.QuerySelector($"#{Chart} + details.chart-share")!;
        Assert.StartsWith("Share or embed this chart", share.QuerySelector("summary")!.TextContent);
        Assert.Equal($"https://maps.example.org/test-county/findings/#{Chart}", share.QuerySelector("input[readonly]")!.GetAttribute("value"));
        // The embed code: an iframe with a title and a fallback link, and the listener that sizes it.
        var code = share.QuerySelector("textarea[readonly]")!.TextContent;
        var iframe = new HtmlParser().ParseDocument("<body>" + code).QuerySelector("iframe")!;
        Assert.Equal("https://maps.example.org/test-county/embed/share_employed-trend/", iframe.GetAttribute("src"));
        Assert.StartsWith("Employment rate, ages 25–54, ", iframe.GetAttribute("title"));
        Assert.Contains($"<a href=\"https://maps.example.org/test-county/findings/#{Chart}\">", code);
        Assert.Contains("if(e.origin!==\"https://maps.example.org\")return;", code);
        // Copy buttons wait for js/share.js; the status region announces "Copied".
        Assert.All(share.QuerySelectorAll("button.copy-button"), b => Assert.True(b.HasAttribute("hidden")));
        Assert.Equal("Copied", share.QuerySelector("[role=status]")!.GetAttribute("data-copied"));
        Assert.Equal(["/test-county/embed/share_employed-trend/", "/test-county/downloads/share_employed-trend.csv",
            "/test-county/downloads/share_employed-trend.svg"],
            share.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList());
    }
}
