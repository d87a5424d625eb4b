using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering;
using StaticMap.Core.Scaffolding;
using StaticMap.Core.Schemas;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Components;

/// <summary>
/// The recipe of docs/architecture.md, "add a component kind", from outside StaticMap.Core: the glossary's descriptor
/// (<see cref="Glossary"/>, in this project) given to a build in its options, plus its partial in the theme, gives every plan
/// with a glossary file a glossary page, a part of the whole plan, a case in the published schema and its fields in plan.json.
/// </summary>
public class NewComponentKindTests
{
    private const string GlossaryFile = """
        ---
        component: glossary
        terms:
          - term: Upward mobility
            meaning: The chance that a child born into poverty can earn more than their parents.
          - term: Coalition
            meaning: The people and organizations who make and carry out the plan.
        ---

        The words this plan uses, in plain language.

        """;

    private static readonly HtmlParser Parser = new();

    private static TestSite SiteWithGlossary()
    {
        var site = TestSite.Valid().WithOwnTheme();
        site.Write("theme/partials/components/glossary.sbn-html", Glossary.Partial)
            .Write(TestSite.Plan + "/glossary.md", GlossaryFile);
        return site;
    }

    private static readonly SiteOptions Options = new(BaseUrl: "https://maps.example.org/") { Clock = TestClock.Provider, Registry = Glossary.Site };

    [Fact]
    public void A_plan_with_a_glossary_gets_a_glossary_page_after_the_five_components()
    {
        using var site = SiteWithGlossary();
        var result = site.Build(Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = Parser.ParseDocument(site.Read("_site/test-county/glossary/index.html"));
        Assert.Equal("Glossary of terms", page.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("The words this plan uses, in plain language.", page.QuerySelector("main .prose p")!.TextContent);
        Assert.Equal(["Upward mobility", "Coalition"], page.QuerySelectorAll("main dl.glossary dt").Select(d => d.TextContent));
        Assert.Equal("The people and organizations who make and carry out the plan.", page.QuerySelectorAll("main dl.glossary dd")[1].TextContent);
        Assert.Null(page.QuerySelector(".pager-next"));
        Assert.Equal("/test-county/sustainability/", page.QuerySelector(".pager-previous a")!.GetAttribute("href"));

        var sustainability = Parser.ParseDocument(site.Read("_site/test-county/sustainability/index.html"));
        Assert.Equal("/test-county/glossary/", sustainability.QuerySelector(".pager-next a")!.GetAttribute("href"));

        var print = Parser.ParseDocument(site.Read("_site/test-county/print/index.html"));
        var section = print.QuerySelector("section#sm-part-glossary")!;
        Assert.Equal("Glossary of terms", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Upward mobility", "Coalition"], section.QuerySelectorAll("dl.glossary dt").Select(d => d.TextContent));

        var status = Parser.ParseDocument(site.Read("_site/test-county/status/index.html"));
        Assert.Contains(status.QuerySelectorAll("main a"), a => a.TextContent == "Glossary of terms" && a.GetAttribute("href") == "/test-county/glossary/");
    }

    [Fact]
    public void The_glossary_has_its_case_in_the_component_schema_and_its_fields_in_plan_json()
    {
        using var site = SiteWithGlossary();
        var result = site.Build(Options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var generated = PlanSchemas.Generate(Glossary.Registry);
        Assert.Empty(generated.Problems);
        var published = JsonNode.Parse(site.Read("_site/schemas/component.schema.json"))!;
        Assert.Equal(generated.Documents.Single(d => d.FileName == PlanSchemas.ComponentFile).ToJson(), site.Read("_site/schemas/component.schema.json"));
        var glossary = published["definitions"]!["glossary"]!;
        Assert.Equal("Glossary of terms.", (string?)glossary["description"]);
        Assert.Equal(["component", "title", "terms"], glossary["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["glossary"], glossary["properties"]!["component"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["component", "terms"], glossary["required"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["term", "meaning"], glossary["properties"]!["terms"]!["items"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal("#/definitions/glossary", (string?)published["oneOf"]!.AsArray()[^1]!["$ref"]);
        Assert.Contains("glossary", published["properties"]!["component"]!["enum"]!.AsArray().Select(v => (string?)v));

        // StaticMap's own schemas, and the committed schemas/, know nothing of it.
        Assert.Null(JsonNode.Parse(PlanSchemas.For(TestRegistry.Components).Documents.Single(d => d.FileName == PlanSchemas.ComponentFile).ToJson())!["definitions"]!["glossary"]);

        var plan = JsonNode.Parse(site.Read("_site/test-county/plan.json"))!;
        Assert.Equal("Upward mobility", (string?)plan["components"]!["glossary"]!["terms"]![0]!["term"]);
        Assert.Equal("https://maps.example.org/test-county/glossary/", (string?)plan["components"]!["glossary"]!["url"]);
    }

    [Fact]
    public void A_new_plan_gets_a_glossary_file_that_the_build_reads_as_a_glossary()
    {
        var files = ScaffoldText.Files(new NewPlan("new-county", "New County", "MN", "27053", JurisdictionType.County), Glossary.Registry);
        Assert.Equal(["plan.yml", "how-we-got-here.md", "findings.md", "theory-of-change.md", "measurement-plan.md", "sustainability.md", "glossary.md",
            ScaffoldText.ExampleDataFile], files.Select(f => f.Path));

        using var site = TestSite.Valid();
        site.Write(TestSite.Plan + "/glossary.md", files.Single(f => f.Path == "glossary.md").Content);
        var result = SiteBuilderCheck(site);
        Assert.DoesNotContain(result, d => d.IsError);
    }

    [Fact]
    public void Without_the_descriptor_the_same_plan_is_refused()
    {
        using var site = SiteWithGlossary();
        var result = site.Build(new SiteOptions { Clock = TestClock.Provider });
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "MAP022" && d.Span.Path == TestSite.Plan + "/glossary.md");
    }

    private static IReadOnlyList<StaticMap.Core.Diagnostics.Diagnostic> SiteBuilderCheck(TestSite site) =>
        StaticMap.Core.SiteBuilder.Check(site.ReadRoot, new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider, Registry = Glossary.Site }).Result.Diagnostics;
}
