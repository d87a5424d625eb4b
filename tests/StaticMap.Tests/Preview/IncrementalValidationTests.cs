using System.Collections.Concurrent;
using FsCheck.Xunit;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Preview;
using StaticMap.Core.Rendering;
using StaticMap.Core.Validation;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Preview;

/// <summary>
/// Validation plan by plan: after an edit, a plan rule runs again only for the plans whose inputs changed (the plan itself,
/// or what the rule declares it reads), and the diagnostics are those a check from scratch gives.
/// </summary>
public class IncrementalValidationTests
{
    private const string Other = "plans/other-county";

    /// <summary>A rule of the test's own that reports nothing and notes each plan it checks.</summary>
    private sealed class CountingRule(string code, RuleInputs reads) : Rule, IPlanRule
    {
        public readonly ConcurrentBag<string> Checked = [];
        public override string Code => code;
        public override string Title => "Counts the plans checked";
        public override string Stage => "validate";
        public override string Help => "A test rule.";
        public RuleInputs Reads => reads;

        public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics) => Checked.Add(plan.Id);

        public IReadOnlyList<string> Take()
        {
            var ids = Checked.Order(StringComparer.Ordinal).ToList();
            Checked.Clear();
            return ids;
        }
    }

    private static TestSite TwoPlans() => TestSite.Valid().CopyFolder(TestSite.Plan, Other);

    private static SiteOptions Options(StaticMapRegistry? registry = null) =>
        new(IncludeDrafts: true) { Clock = TestClock.Provider, Registry = registry ?? StaticMapBuilder.Default().Build() };

    /// <summary>Every diagnostic as the author reads it: code, file, line, column and message.</summary>
    private static List<string> Shown(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Code} {d.Span.Path}:{d.Span.Line}:{d.Span.Column} {d.Message}").ToList();

    private static List<string> Fresh(TestSite site, StaticMapRegistry? registry = null) =>
        Shown(new BuildPipeline(site.ReadRoot, Options(registry), TestSite.ThemeFolder).Run(Changes.Everything).Diagnostics);

    [Fact]
    public void After_an_edit_of_one_plan_only_that_plan_is_checked_again_and_the_diagnostics_are_a_fresh_checks()
    {
        var own = new CountingRule("MAP991", RuleInputs.None);
        var links = new CountingRule("MAP992", RuleInputs.Links);
        var registry = StaticMapBuilder.Default().AddRule(own).AddRule(links).Build();
        using var site = TwoPlans();
        var preview = new PreviewSite(site.ReadRoot, TestSite.ThemeFolder, registry: registry, clock: TestClock.Provider);
        Assert.True(preview.Rebuild().Result.Succeeded);
        Assert.Equal(["other-county", "test-county"], own.Take());
        Assert.Equal(["other-county", "test-county"], links.Take());

        // A sentence in a narrative: no page, file or heading comes or goes, so no other plan is checked again.
        const string findings = TestSite.Plan + "/findings.md";
        site.Write(findings, site.Read(findings) + "\nOne more sentence, with a [broken link](missing.md).\n");
        var update = preview.Rebuild([findings]);
        Assert.Equal(["test-county"], own.Take());
        Assert.Equal(["test-county"], links.Take());
        Assert.Equal(Fresh(site, registry), Shown(preview.Diagnostics));
        Assert.Contains(preview.Diagnostics, d => d.Code == "MAP063" && d.Span.Path == findings);
        Assert.False(update.Result.Succeeded);
    }

    [Fact]
    public void A_new_heading_checks_again_the_links_of_every_plan_and_only_the_rules_that_read_links()
    {
        var own = new CountingRule("MAP991", RuleInputs.None);
        var links = new CountingRule("MAP992", RuleInputs.Links);
        var registry = StaticMapBuilder.Default().AddRule(own).AddRule(links).Build();
        using var site = TwoPlans();
        // The other plan links to a heading test-county's findings do not have yet.
        const string sustainability = Other + "/sustainability.md";
        site.Write(sustainability, site.Read(sustainability) + "\nSee [the new part](../test-county/findings.md#the-new-part).\n");
        var pipeline = new BuildPipeline(site.ReadRoot, Options(registry), TestSite.ThemeFolder);
        var first = pipeline.Run(Changes.Everything);
        Assert.Contains(first.Diagnostics, d => d.Code == "MAP063" && d.Span.Path == sustainability);
        own.Take();
        links.Take();

        const string findings = TestSite.Plan + "/findings.md";
        site.Write(findings, site.Read(findings) + "\n## The new part\n\nText.\n");
        var second = pipeline.Run(Changes.Of([findings]));
        Assert.Equal(["test-county"], own.Take());
        Assert.Equal(["other-county", "test-county"], links.Take());
        Assert.DoesNotContain(second.Diagnostics, d => d.Code == "MAP063");
        Assert.Equal(Fresh(site, registry), Shown(second.Diagnostics));
    }

    [Fact]
    public void A_rule_that_declares_nothing_reads_everything_and_runs_over_every_plan()
    {
        var anything = new CountingRule("MAP993", RuleInputs.Everything);
        using var site = TwoPlans();
        var pipeline = new BuildPipeline(site.ReadRoot, Options(StaticMapBuilder.Default().AddRule(anything).Build()), TestSite.ThemeFolder);
        pipeline.Run(Changes.Everything);
        anything.Take();
        const string findings = TestSite.Plan + "/findings.md";
        site.Write(findings, site.Read(findings) + "\nOne more sentence.\n");
        pipeline.Run(Changes.Of([findings]));
        Assert.Equal(["other-county", "test-county"], anything.Take());
    }

    /// <summary>The edits the property picks from, each on one of the two plans (the other is <c>other</c>).</summary>
    private static string Edit(TestSite site, int edit, string plan, string other, int n, string report)
    {
        string Append(string file, string text)
        {
            var path = $"{plan}/{file}";
            site.Write(path, site.Read(path) + text);
            return path;
        }
        var otherId = other["plans/".Length..];
        switch (edit)
        {
            case 0: return Append("findings.md", $"\nA sentence {n}.\n");
            case 1: return Append("findings.md", $"\n## Part {n % 3}\n\nText.\n");
            case 2: return Append("how-we-got-here.md", $"\nSee [part](../{otherId}/findings.md#part-{n % 3}) and [findings](/{otherId}/findings/).\n");
            case 3: return Append("sustainability.md", $"\nA [broken link {n}](missing-{n % 2}.md).\n");
            case 4: return Append("sustainability.md", "\nTODO: write this.\n");
            case 5:
            {
                var path = $"{plan}/plan.yml";
                var text = site.Read(path);
                site.Write(path, text.Contains("language: en\n", StringComparison.Ordinal)
                    ? text.Replace("language: en\n", "language: fr\n", StringComparison.Ordinal)
                    : text.Replace("language: fr\n", "language: en\n", StringComparison.Ordinal));
                return path;
            }
            case 6:
            {
                var path = $"{plan}/progress/2024.md";
                if (site.Exists(path)) site.Delete(path);
                else site.Write(path, report);
                return path;
            }
            case 7:
            {
                var path = $"{plan}/assets/Coalition.svg";
                if (site.Exists(path)) site.Delete(path);
                else site.Write(path, site.Read($"{plan}/assets/coalition.svg"));
                return path;
            }
            case 8:
            {
                // A parse error in the narrative other plans link into, then fixed.
                var path = $"{plan}/findings.md";
                var text = site.Read(path);
                site.Write(path, text.StartsWith("---\ncomponent: findings\n", StringComparison.Ordinal)
                    ? text.Replace("---\ncomponent: findings\n", "---\ncomponent: findingz\n", StringComparison.Ordinal)
                    : text.Replace("---\ncomponent: findingz\n", "---\ncomponent: findings\n", StringComparison.Ordinal));
                return path;
            }
            default: return Append("theory-of-change.md", $"\nTheory {n}.\n");
        }
    }

    /// <summary>
    /// Any sequence of edits to either plan (text, headings, links into the other plan, broken links, placeholders, a
    /// language without strings, a report removed and restored, a case collision, a parse error): after each, the kept
    /// pipeline's diagnostics equal a fresh check's, code, file, line, column and message.
    /// </summary>
    [Property(MaxTest = 12)]
    [Trait("Category", "Slow")]
    public void Incremental_diagnostics_equal_a_fresh_checks_after_any_edits(byte[] script)
    {
        using var site = TwoPlans();
        var report = site.Read($"{TestSite.Plan}/progress/2024.md");
        var pipeline = new BuildPipeline(site.ReadRoot, Options(), TestSite.ThemeFolder);
        pipeline.Run(Changes.Everything);
        var n = 0;
        foreach (var step in script.Take(6))
        {
            var (plan, other) = step % 2 == 0 ? (TestSite.Plan, Other) : (Other, TestSite.Plan);
            var path = Edit(site, step / 2 % 10, plan, other, n++, report);
            var incremental = Shown(pipeline.Run(Changes.Of([path])).Diagnostics);
            Assert.Equal(Fresh(site), incremental);
        }
    }
}
