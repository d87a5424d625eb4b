using AngleSharp.Html.Parser;
using StaticMap.Cli.Output;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Reading.Yaml;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Files;
using StaticMap.Core.Rendering.Pages;
using StaticMap.Core.Validation;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Registry;

/// <summary>
/// Code outside StaticMap.Core adds to a build through <see cref="StaticMapBuilder"/>, as a site's own tooling would:
/// a rule, a template function and a file kind, each seen end to end (the page-kind test is in the site-map tests).
/// </summary>
public sealed class RegistryTests
{
    /// <summary>A house rule of one publisher: a plan's summary is long enough for the home page's card.</summary>
    private sealed class ShortSummary : Rule, IPlanRule
    {
        public override string Code => "HOUSE01";
        public override string Title => "Summary too short for the home page";
        public override string Stage => "validate";
        public override Severity Severity => Severity.Warning;
        public override string Help => "Write a summary of at least 80 characters.";

        public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics)
        {
            var yaml = plan.Yaml.FirstOrDefault(y => y.Path.EndsWith("/plan.yml", StringComparison.Ordinal));
            if (yaml?.Root is YamlMapping root && root.Find("summary")?.Value is YamlScalar summary && summary.Value.Length < 80)
                diagnostics.Add(new Diagnostic(Code, Severity, summary.Span,
                    $"'summary' has {summary.Value.Length} characters; write at least 80 so the home page's card says what the plan is about"));
        }
    }

    /// <summary>/plans.txt: one line per published plan, the way a site might feed its own tools.</summary>
    private sealed class PlanList : IFileKind, ISiteWide
    {
        public IEnumerable<GeneratedFile> Files(RenderContext context)
        {
            if (!context.IsSiteLanguage) yield break;
            yield return new GeneratedFile("plans.txt", string.Concat(context.PublishedPlans.Where(p => p.TranslationOf is null).Select(p => $"{p.Id}\t{p.Metadata.Title}\n")));
        }
    }

    private static SiteOptions Options(StaticMapRegistry registry) => new(IncludeDrafts: true) { Clock = TestClock.Provider, Registry = registry };

    [Fact]
    public void A_rule_added_from_outside_the_core_is_reported_by_check_with_its_code_and_position()
    {
        using var site = TestSite.Valid();
        var registry = StaticMapBuilder.Default().AddRule(new ShortSummary()).Build();

        var (_, result) = SiteBuilder.Check(site.Root, Options(registry));

        var at = site.PositionOf(TestSite.Plan + "/plan.yml", "A small plan that exercises");
        var found = RuleAssert.Single(result.Diagnostics, "HOUSE01", at);
        Assert.Equal(Severity.Warning, found.Severity);
        var output = new StringWriter();
        DiagnosticFormatter.Write(output, result, DiagnosticFormat.Text);
        Assert.Equal($"plans/test-county/plan.yml({at.Line},{at.Column}): warning HOUSE01: 'summary' has 65 characters; " +
            "write at least 80 so the home page's card says what the plan is about" + Environment.NewLine, output.ToString());
        Assert.Contains("| HOUSE01 | warning | validate | Summary too short for the home page | Write a summary of at least 80 characters. |",
            RuleCatalog.ToMarkdown(registry.Rules.All));
        // StaticMap's own registry does not know the rule.
        Assert.Empty(SiteBuilder.Check(site.Root, Options(StaticMapBuilder.Default().Build())).Result.Diagnostics);
    }

    [Fact]
    public void A_template_function_added_from_outside_the_core_is_called_by_a_theme_layout_override()
    {
        using var site = TestSite.Valid().WithOwnTheme();
        site.Replace("theme/layouts/home.sbn-html", "<section class=\"plans\"", "<p id=\"shout\">{{ shout \"plans & pages\" }}</p>\n<section class=\"plans\"");
        var registry = StaticMapBuilder.Default().AddTemplateFunction("shout", (string text) => text.ToUpperInvariant() + "!").Build();

        var result = site.Build(Options(registry));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Equal("PLANS & PAGES!", home.GetElementById("shout")!.TextContent);
        Assert.Contains("<p id=\"shout\">PLANS &amp; PAGES!</p>", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        // Without the function the same theme is a template error, at the call.
        var without = site.Build(Options(StaticMapBuilder.Default().Build()));
        var error = Assert.Single(without.Diagnostics, d => d.Code == "MAP080");
        Assert.Equal(site.PositionOf("theme/layouts/home.sbn-html", "shout \"plans"), error.Span with { Path = "theme/layouts/home.sbn-html" });
    }

    [Fact]
    public void A_file_kind_added_from_outside_the_core_writes_its_file_into_the_output()
    {
        using var site = TestSite.Valid();
        var registry = StaticMapBuilder.Default().AddFileKind(new PlanList()).Build();

        var result = site.Build(Options(registry));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("test-county\tTest County Mobility Action Plan\n", File.ReadAllText(Path.Combine(site.Output, "plans.txt")));
        Assert.False(File.Exists(Path.Combine(site.Output, "es", "plans.txt")));
        Assert.True(site.Build(Options(StaticMapBuilder.Default().Build())).Succeeded);
        Assert.False(File.Exists(Path.Combine(site.Output, "plans.txt")));
    }

    [Fact]
    public void The_builder_refuses_a_code_twice_and_a_template_function_that_would_replace_one_of_StaticMaps()
    {
        var twice = Assert.Throws<ArgumentException>(() => StaticMapBuilder.Default().AddRule(new ShortSummary()).AddRule(new ShortSummary()).Build());
        Assert.StartsWith("two rules have the code HOUSE01: ShortSummary and ShortSummary", twice.Message);
        var builtIn = Assert.Throws<ArgumentException>(() => StaticMapBuilder.Default().AddTemplateFunction("t", (string s) => s));
        Assert.StartsWith("'t' is one of StaticMap's own template functions", builtIn.Message);
        var name = Assert.Throws<ArgumentException>(() => StaticMapBuilder.Default().AddTemplateFunction("Shout", (string s) => s));
        Assert.StartsWith("'Shout' is not a template name: use lower-case letters, digits and '_'", name.Message);
    }

    [Fact]
    public void The_default_registry_holds_every_code_once_and_each_check_of_the_validate_stage()
    {
        var registry = StaticMapBuilder.Default().Build();
        Assert.Equal(registry.Rules.All.Count, registry.Rules.All.Select(r => r.Code).Distinct().Count());
        Assert.Equal(registry.Rules.All.Select(r => r.Code).Order(StringComparer.Ordinal), registry.Rules.All.Select(r => r.Code));
        Assert.All(registry.Rules.All.Where(r => r is IPlanRule or ISiteRule), r => Assert.Equal("validate", r.Stage));
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80, 85, 90], registry.PageKinds.Select(k => k.Order));
        Assert.Equal(ComponentKinds.All, registry.Components.Kinds);
    }

    /// <summary>
    /// Nothing is found by reflection any more, so a class that is not registered does nothing: this test (and only a
    /// test) looks through StaticMap.Core and names each rule, page kind, file kind or component part the default
    /// registry lacks, with the line to add.
    /// </summary>
    [Fact]
    public void Every_rule_page_kind_file_kind_and_component_part_in_the_core_is_registered()
    {
        var registry = StaticMapBuilder.Default().Build();
        var registered = registry.Rules.All.Cast<object>().Concat(registry.PageKinds).Concat(registry.FileKinds)
            .Concat(registry.Components.Descriptors.SelectMany(d => d.Parts)).Select(o => o.GetType()).ToHashSet();
        var seams = new (Type Seam, string Where)[]
        {
            (typeof(Rule), "StaticMapBuilder.UseRules()"), (typeof(IPageKind), "StaticMapBuilder.UsePages()"),
            (typeof(IFileKind), "StaticMapBuilder.UseFiles()"), (typeof(IComponentPart), "CoreComponentKinds.Descriptors()"),
        };
        var missing = typeof(StaticMapBuilder).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && !registered.Contains(t))
            .SelectMany(t => seams.Where(s => s.Seam.IsAssignableFrom(t)).Select(s => $"{t.FullName}: add it to {s.Where}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal([], missing);
    }
}
