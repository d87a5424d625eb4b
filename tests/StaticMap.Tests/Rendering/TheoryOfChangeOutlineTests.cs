using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Rendering;

/// <summary>
/// The theory-of-change page's outline never repeats its title: a page that holds only a logic model is titled "Logic
/// model", and its section says what it holds ("Inputs, activities, outputs and outcomes") in place of a second "Logic
/// model" (reader3, 2026-12-07); the section keeps its id, which links use (#sm-logic-model-heading).
/// </summary>
public sealed class TheoryOfChangeOutlineTests
{
    private const string File = SpanishFixture.P + "/theory-of-change.md";
    private const string SpanishFile = SpanishFixture.P + "/theory-of-change.es.md";

    [Fact]
    public void A_page_of_only_a_logic_model_names_its_section_by_what_it_holds_in_both_languages()
    {
        using var site = SpanishFixture.Create();
        Cut(site, File, @"theory_of_change:\n(  .*\n)+");
        Cut(site, SpanishFile, @"theory_of_change:\n(  .*\n)+");
        Build(site);

        var en = Page(site, "test-county");
        Assert.Equal("Logic model", en.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Vision", "Inputs, activities, outputs and outcomes"], Headings(en));
        AssertLabelled(en, "logic-model", "sm-logic-model-heading");

        var es = Page(site, "es/test-county");
        Assert.Equal("Modelo lógico", es.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Visión", "Insumos, actividades, productos y resultados"], Headings(es));
        AssertLabelled(es, "logic-model", "sm-logic-model-heading");
    }

    /// <summary>An author's title that is the name of one part ("Theory of change" over both parts): that part's section says
    /// what it holds, the other keeps its name. (A page of only a theory of change cannot be built: every indicator measures an
    /// item of the logic model.)</summary>
    [Fact]
    public void An_authors_title_that_names_one_part_renames_that_part_only()
    {
        using var site = SpanishFixture.Create();
        site.Replace(File, "component: theory-of-change\n", "component: theory-of-change\ntitle: Theory of change\n");
        site.Replace(SpanishFile, "component: theory-of-change\n", "component: theory-of-change\ntitle: Teoría del cambio\n");
        Build(site);

        var en = Page(site, "test-county");
        Assert.Equal("Theory of change", en.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Vision", "Preconditions, outcomes and assumptions", "Logic model"], Headings(en));
        AssertLabelled(en, "theory", "sm-theory-heading");

        var es = Page(site, "es/test-county");
        Assert.Equal("Teoría del cambio", es.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Visión", "Condiciones previas, resultados y supuestos", "Modelo lógico"], Headings(es));
        AssertLabelled(es, "theory", "sm-theory-heading");
    }

    [Fact]
    public void A_page_of_both_keeps_the_two_names_under_its_own_title()
    {
        using var site = SpanishFixture.Create();
        Build(site);
        var en = Page(site, "test-county");
        Assert.Equal("Theory of change and logic model", en.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Vision", "Theory of change", "Logic model"], Headings(en));
        Assert.Equal(["Visión", "Teoría del cambio", "Modelo lógico"], Headings(Page(site, "es/test-county")));
    }

    private static void Cut(TestSite site, string file, string pattern)
    {
        var text = site.Read(file);
        var cut = Regex.Replace(text, pattern, "");
        Assert.NotEqual(text, cut);
        site.Write(file, cut);
    }

    private static void Build(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private static IDocument Page(TestSite site, string plan) =>
        new HtmlParser().ParseDocument(System.IO.File.ReadAllText(Path.Combine(site.Output, plan, "theory-of-change", "index.html")));

    private static string[] Headings(IDocument page) =>
        page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToArray();

    private static void AssertLabelled(IDocument page, string section, string id)
    {
        var heading = page.GetElementById(id)!;
        Assert.Equal("H2", heading.TagName);
        Assert.Equal(id, page.QuerySelector($"section.{section}")!.GetAttribute("aria-labelledby"));
    }
}
