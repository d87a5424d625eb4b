using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The Spanish print view (and so `staticmap pdf --language es`) says of a component or report that is not translated yet
/// what its own page says ("Esta sección aún no está traducida al español; se muestra en inglés."), under its heading
/// (review, 2026-12-07: the printed plan had English sections under Spanish headings with no word of why).
/// </summary>
public sealed class PrintUntranslatedTests
{
    [Fact]
    public void An_untranslated_part_of_the_printed_translation_carries_the_notice_of_its_page()
    {
        using var site = SpanishFixture.Create();
        site.Delete(SpanishFixture.P + "/sustainability.es.md");
        site.Delete(SpanishFixture.P + "/progress/2024.es.md");
        site.Replace(SpanishFixture.P + "/how-we-got-here.es.md", "(progress/2024.es.md)", "(progress/2024.md)");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        var spanish = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "es", "test-county", "print", "index.html")));

        string? Notice(string section) =>
            spanish.QuerySelector($"#{section} > h2 + p.notice-untranslated")?.TextContent;
        // Each link says which original it leads to (a print view has several): "Ver la página original: <section>".
        Assert.Equal("Esta sección aún no está traducida al español; se muestra en inglés. Ver la página original: Consideraciones de sostenibilidad", Notice("sm-part-sustainability"));
        Assert.Equal("/test-county/sustainability/", spanish.QuerySelector("#sm-part-sustainability > p.notice-untranslated a")!.GetAttribute("href"));
        Assert.Equal("Esta sección aún no está traducida al español; se muestra en inglés. Ver la página original: Informe de avance de 2024", Notice("sm-progress-2024"));
        Assert.Equal("/test-county/progress/2024/", spanish.QuerySelector("#sm-progress-2024 > p.notice-untranslated a")!.GetAttribute("href"));
        Assert.Null(Notice("sm-part-findings"));
        Assert.Single(spanish.QuerySelectorAll("#sm-part-sustainability p.notice-untranslated"));

        var english = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "print", "index.html")));
        Assert.Empty(english.QuerySelectorAll(".notice-untranslated"));
    }
}
