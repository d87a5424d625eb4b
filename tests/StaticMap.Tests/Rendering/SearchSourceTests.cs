using AngleSharp.Html.Parser;
using StaticMap.Core.Writing;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// What Pagefind is given to read (SearchSource): for an indexed page, its language and its indexed text with the
/// headings a result links to; no data tables, scripts or notices; nothing of a page that is not indexed.
/// </summary>
public sealed class SearchSourceTests : IDisposable
{
    private readonly TestSite _site = TestSite.Valid();

    public SearchSourceTests() => Assert.True(_site.Build().Succeeded);

    public void Dispose() => _site.Dispose();

    private string Html(string path) => _site.Read("_site" + path + "index.html");

    [Fact]
    public void A_findings_page_keeps_its_title_headings_and_metric_names_and_drops_charts_data_tables_and_scripts()
    {
        var original = new HtmlParser().ParseDocument(Html("/test-county/findings/"));
        Assert.NotEmpty(original.QuerySelectorAll("details.chart-data tbody tr"));
        var trimmed = new HtmlParser().ParseDocument(SearchSource.Trim(Html("/test-county/findings/"))!);

        Assert.Equal("en", trimmed.DocumentElement.GetAttribute("lang"));
        var main = trimmed.QuerySelector("main[data-pagefind-body]")!;
        Assert.Equal(original.QuerySelector("main h1")!.GetAttribute("data-pagefind-meta"), main.QuerySelector("h1")!.GetAttribute("data-pagefind-meta"));
        // Every heading of the page with its id, so a result still offers the page's sections.
        Assert.Equal(original.QuerySelectorAll("main h2[id]").Select(h => h.Id + " " + h.TextContent),
            main.QuerySelectorAll("h2[id]").Select(h => h.Id + " " + h.TextContent));
        Assert.Equal(original.QuerySelectorAll("main .metric h3[id]").Select(h => h.Id + " " + h.TextContent),
            main.QuerySelectorAll(".metric h3[id]").Select(h => h.Id + " " + h.TextContent));
        // A chart's summary is computed from its data: on the page, not in the index (docs/theme.md, "What is indexed").
        Assert.NotEmpty(original.QuerySelectorAll("main .chart-summary"));
        Assert.Empty(main.QuerySelectorAll("figure, .chart-summary, details.chart-data, script, [data-pagefind-ignore], nav"));
        Assert.Null(trimmed.QuerySelector("header, footer"));
    }

    [Fact]
    public void A_page_that_is_not_indexed_gives_nothing()
    {
        Assert.Null(SearchSource.Trim(Html("/test-county/print/")));
        Assert.Null(SearchSource.Trim(Html("/search/")));
    }

    [Fact]
    public void A_folder_that_cannot_be_written_leaves_a_reason_and_no_exception()
    {
        var source = SearchSource.CreateTemporary();
        try
        {
            // Where the page's folder should go there is a file: writing the copy fails.
            File.WriteAllText(Path.Combine(source.Folder, "test-county"), "");
            source.Add("test-county/findings/index.html", System.Text.Encoding.UTF8.GetBytes(Html("/test-county/findings/")));
            Assert.Equal(0, source.Pages);
            Assert.StartsWith($"the pages for Pagefind could not be written to {source.Folder}: ", source.Problem);
            source.Add("test-county/print/index.html", System.Text.Encoding.UTF8.GetBytes(Html("/test-county/print/")));
            source.Add("index.html", System.Text.Encoding.UTF8.GetBytes(Html("/")));
            Assert.Equal(0, source.Pages); // once a write failed, the index is not built from a partial folder
        }
        finally
        {
            source.Dispose();
        }
        Assert.False(Directory.Exists(source.Folder));
    }

    [Fact]
    public void Nested_ignored_elements_are_left_out_whole_and_the_text_around_them_is_kept()
    {
        const string page = """
            <!DOCTYPE html><html lang="es"><head><title>t</title><script>var a = "<main>";</script></head><body>
            <nav>menu</nav><main id="m" data-pagefind-body><h1 data-pagefind-meta="title:T">Título</h1>
            <p>antes</p><div data-pagefind-ignore><div><p>fuera</p></div><br><img src="x.png" alt="y"></div><p>después</p>
            <svg><g><text>dibujo</text></g></svg><input value="v"><p>fin</p></main><footer>pie</footer></body></html>
            """;
        var trimmed = new HtmlParser().ParseDocument(SearchSource.Trim(page)!);
        Assert.Equal("es", trimmed.DocumentElement.GetAttribute("lang"));
        var main = trimmed.QuerySelector("main")!;
        Assert.Equal("Título antes después fin", string.Join(" ", main.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Multi_byte_characters_beside_tags_are_copied_byte_for_byte()
    {
        // The scan is over the page's UTF-8 bytes: "ñ", "é" and an emoji (four bytes, a surrogate pair in .NET) right against
        // a tag, in an attribute, before and after a left-out element, must come out as the same bytes.
        const string page = "<!DOCTYPE html><html lang=\"es\"><head><title>Año</title></head><body><main data-pagefind-body>"
            + "<h1 data-pagefind-meta=\"title:Niñez 🎓\">Niñez</h1><p>é<svg><text>ñ</text></svg>ñ</p>"
            + "<div data-pagefind-ignore>🙂 tablas</div>😀<em>café</em>¿Qué?</main><footer>pie ©</footer></body></html>";
        var source = SearchSource.CreateTemporary();
        try
        {
            source.Add("es/plan/index.html", System.Text.Encoding.UTF8.GetBytes(page));
            Assert.Equal(1, source.Pages);
            var written = File.ReadAllBytes(Path.Combine(source.Folder, "es", "plan", "index.html"));
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"></head><body>"
                + "<main data-pagefind-body><h1 data-pagefind-meta=\"title:Niñez 🎓\">Niñez</h1><p>é ñ</p> 😀<em>café</em>¿Qué?</main>"
                + "</body></html>\n"), written);
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(written), source.HashOf("es/plan/index.html"));
        }
        finally
        {
            source.Dispose();
        }
    }
}
