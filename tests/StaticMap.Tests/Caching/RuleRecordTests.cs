using System.Collections.Concurrent;
using StaticMap.Core;
using StaticMap.Core.Caching;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Validation;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Caching;

/// <summary>
/// The rule record (.staticmap/cache/rules.txt): a build with the cache takes an unchanged plan's rule diagnostics from the
/// build before it instead of running the rules, and reports exactly what a build without the cache reports (code,
/// severity, file, line, column, message), after each kind of edit; a rule whose inputs changed runs again.
/// </summary>
public sealed class RuleRecordTests() : CacheScratch("rules")
{
    private const string Other = "plans/other-county";

    /// <summary>Two plans; test-county has a placeholder (a MAP090 warning) and links to a heading of other-county's findings.</summary>
    private static TestSite Site()
    {
        var site = BuildCacheTests.TwoPlans();
        site.Write(TestSite.Plan + "/sustainability.md", site.Read(TestSite.Plan + "/sustainability.md") + "\nTODO: add the 2025 figures.\n");
        site.Write(TestSite.Plan + "/findings.md", site.Read(TestSite.Plan + "/findings.md")
            + "\nCompare [their findings](../other-county/findings.md#what-the-data-say).\n");
        return site;
    }

    public static TheoryData<string> Edits => new() { "nothing", "own file", "data file", "date", "strings", "linked plan" };

    /// <summary>The common case, in the inner loop: one file of one plan edited.</summary>
    [Fact]
    public void After_an_edit_of_one_plan_only_its_rules_run_and_the_diagnostics_are_those_of_a_build_without_the_record() =>
        After_an_edit_a_build_with_the_rule_record_reports_what_a_build_without_it_reports("own file");

    /// <summary>Every kind of edit: three builds each, so in the slow suite.</summary>
    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Edits))]
    public void After_an_edit_a_build_with_the_rule_record_reports_what_a_build_without_it_reports(string edit)
    {
        using var site = Site();
        var options = new SiteOptions(IncludeDrafts: true);
        var first = site.Build(options, cache: CacheFolder);
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.Contains(first.Diagnostics, d => d.Code == "MAP090" && d.Span.Path == TestSite.Plan + "/sustainability.md");
        Assert.True(File.Exists(Path.Combine(CacheFolder, RuleRecord.FileName)), "expected the rule record after the first build");

        var (edited, expected) = Apply(site, edit, options);
        var (warm, ran) = Counting(() => site.Build(edited, cache: CacheFolder));
        var cold = site.Build(edited, output: ColdOutput);

        Assert.Equal(Lines(cold.Diagnostics), Lines(warm.Diagnostics));
        Assert.Contains(warm.Diagnostics, d => d.Code == "MAP090" && d.Span.Path == TestSite.Plan + "/sustainability.md");
        Assert.Equal(expected, Summary(ran));
        if (edit == "linked plan")
            Assert.Contains(warm.Diagnostics, d => d.Code == "MAP063" && d.Span.Path == TestSite.Plan + "/findings.md");
    }

    /// <summary>The edit, the options of the next build, and which rules are expected to run over which plan ("plan: codes").</summary>
    private static (SiteOptions Options, string Ran) Apply(TestSite site, string edit, SiteOptions options)
    {
        switch (edit)
        {
            case "nothing":
                return (options, "");
            case "own file":
                site.Write(Other + "/sustainability.md", site.Read(Other + "/sustainability.md") + "\nTODO: say who keeps the data.\n");
                return (options, "other-county: every rule");
            case "data file":
                site.Replace("input/data/mobility.csv", "0.8064415577375265", "0.7064415577375265");
                return (options, "other-county: every rule; test-county: every rule");
            case "date":
                return (options with { Calendar = new ReportingCalendar(new DateOnly(2027, 1, 1)) }, "other-county: MAP037, MAP086; test-county: MAP037, MAP086");
            case "strings":
                site.Write("theme/strings/es.yml", site.Read("theme/strings/es.yml") + "\n# edited\n");
                return (options, "");
            case "linked plan":
                // test-county's link leads to this heading: it is broken now, though no file of test-county changed.
                site.Replace(Other + "/findings.md", "## What the data say", "## What the numbers say");
                return (options, "other-county: every rule; test-county: MAP063, MAP065");
            default:
                throw new ArgumentOutOfRangeException(nameof(edit));
        }
    }

    /// <summary>A build with the rule record and none left behind: every rule runs over every plan, as without the cache.</summary>
    [Fact]
    [Trait("Category", "Slow")]
    public void A_record_that_does_not_parse_is_not_used_and_every_rule_runs()
    {
        using var site = Site();
        site.Build(cache: CacheFolder);
        File.WriteAllText(Path.Combine(CacheFolder, RuleRecord.FileName), "staticmap-rules 2\nplan\tbroken\n");

        var (warm, ran) = Counting(() => site.Build(cache: CacheFolder));
        var cold = site.Build(output: ColdOutput);

        Assert.Equal(Lines(cold.Diagnostics), Lines(warm.Diagnostics));
        Assert.Equal("other-county: every rule; test-county: every rule", Summary(ran));
        // Written again, and used by the next build.
        var (_, next) = Counting(() => site.Build(cache: CacheFolder));
        Assert.Empty(next);
    }

    /// <summary>A rule that reads the whole site (or declares nothing) is never taken from the record: it runs over every plan
    /// of every build, and its warning is the one it gives now, not the one it gave the build before.</summary>
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(RuleInputs.Site)]
    [InlineData(RuleInputs.Everything)]
    [InlineData(RuleInputs.Summaries)]
    public void A_rule_that_reads_the_site_always_runs(RuleInputs reads)
    {
        using var site = Site();
        var rule = new SiteCountingRule(reads);
        var options = new SiteOptions(IncludeDrafts: true) { Registry = StaticMapBuilder.Default().AddRule(rule).Build() };
        site.Build(options, cache: CacheFolder);

        var (warm, ran) = Counting(() => site.Build(options, cache: CacheFolder));

        Assert.Equal(["other-county", "test-county"], ran.Where(r => r.Rule == "MAP900").Select(r => r.Plan).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(ran, r => r.Rule != "MAP900");
        Assert.Equal(["other-county: build 2", "test-county: build 2"],
            warm.Diagnostics.Where(d => d.Code == "MAP900").Select(d => d.Message).Order(StringComparer.Ordinal));
    }

    /// <summary>Warns, on each plan, how many times it has run in this process: a result taken from the record would say an earlier number.</summary>
    private sealed class SiteCountingRule(RuleInputs reads) : Rule, IPlanRule
    {
        private readonly ConcurrentDictionary<string, int> _runs = new(StringComparer.Ordinal);
        public override string Code => "MAP900";
        public override string Title => "Counts its runs";
        public override Severity Severity => Severity.Warning;
        public override string Stage => "validate";
        public override string Help => "A test rule.";
        public RuleInputs Reads => reads;

        public void Check(Plan plan, ValidationContext context, DiagnosticBag diagnostics) =>
            diagnostics.Add(At(SourceSpan.File(plan.Folder + "/plan.yml"), $"{plan.Id}: build {_runs.AddOrUpdate(plan.Id, 1, (_, n) => n + 1)}"));
    }

    private static (BuildResult Result, List<(string Plan, string Rule)> Ran) Counting(Func<BuildResult> build)
    {
        var ran = new ConcurrentBag<(string, string)>();
        BuildPipeline.RuleRan.Value = (plan, rule) => ran.Add((plan, rule));
        try
        {
            return (build(), ran.ToList());
        }
        finally
        {
            BuildPipeline.RuleRan.Value = null;
        }
    }

    /// <summary>"plan: codes" per plan, "every rule" when all of StaticMap's plan rules ran.</summary>
    private static string Summary(IEnumerable<(string Plan, string Rule)> ran)
    {
        var all = TestRegistry.Default.Rules.PlanRules.Count;
        return string.Join("; ", ran.GroupBy(r => r.Plan).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var codes = g.Select(r => r.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
            return g.Key + ": " + (g.Count() == all ? "every rule" : string.Join(", ", codes));
        }));
    }
}
