using StaticMap.Core;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Pipeline;

/// <summary>
/// A build (<see cref="BuildPipeline.RunOnce"/>) lets go of the site before the commit starts Pagefind, so that the two
/// processes' memory is not added up (docs/performance.md, "Parse and memory at 1,000 plans"); a pipeline that runs again
/// (serve) keeps its parsed plans. Checked at the moment of the commit: what is still reachable then, after a full collection.
/// </summary>
public sealed class SiteReleaseTests
{
    [Fact]
    public void A_build_holds_no_plan_no_narrative_and_no_site_when_it_commits()
    {
        using var site = TestSite.Valid();
        var (probe, run) = Build(site, (pipeline, target) => pipeline.RunOnce(target));
        Assert.False(run.HasErrors, string.Join("\n", run.Diagnostics));
        Assert.True(run.Written);
        Assert.True(probe.Tracked > 0, "the test saw no plan parsed");
        Assert.Equal([], probe.AliveAtCommit);
        // What the build reports does not need the site.
        Assert.Null(run.Site);
        Assert.Equal(1, run.Plans);
        Assert.True(run.Pages > 0);
    }

    [Fact]
    public void A_build_lets_go_of_a_plans_markdown_and_yaml_trees_once_its_pages_are_written()
    {
        // Two plans, so that one is let go while the render goes on; each plan's trees are looked at when the render says
        // it let go of them, before the commit (and before the pipeline lets go of the site).
        using var site = TestSite.Valid().CopyFolder(TestSite.Plan, "plans/other-county");
        var trees = new List<(string Plan, string Name, WeakReference Tree)>();
        var aliveWhenReleased = new List<string>();
        var released = new List<string>();
        var yamls = new List<Core.Model.YamlText>();
        BuildPipeline.AfterParse.Value = parsed =>
        {
            foreach (var plan in parsed.Plans)
            {
                foreach (var edition in plan.Editions)
                {
                    foreach (var component in edition.Components) trees.Add((plan.Id, $"narrative {component.Path}", new WeakReference(component.Body.Document)));
                    foreach (var report in edition.Progress) trees.Add((plan.Id, $"narrative {report.Path}", new WeakReference(report.Body.Document)));
                    foreach (var yaml in edition.Yaml)
                    {
                        trees.Add((plan.Id, $"yaml {yaml.Path}", new WeakReference(yaml.Root)));
                        // The text too (a fifth of the site's text, read by validation only): let go when the render starts.
                        trees.Add((plan.Id, $"yaml text {yaml.Path}", new WeakReference(yaml.Text)));
                        yamls.Add(yaml);
                    }
                }
            }
            return parsed;
        };
        BuildPipeline.AfterPlanReleased.Value = id =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            lock (released)
            {
                released.Add(id);
                aliveWhenReleased.AddRange(trees.Where(t => t.Plan == id && t.Tree.IsAlive).Select(t => t.Name));
            }
        };
        PipelineRun run;
        try
        {
            run = new BuildPipeline(site.Root, new SiteOptions(), TestSite.ThemeFolder).RunOnce(site.OutputTarget());
        }
        finally
        {
            BuildPipeline.AfterParse.Value = null;
            BuildPipeline.AfterPlanReleased.Value = null;
        }
        Assert.False(run.HasErrors, string.Join("\n", run.Diagnostics));
        Assert.True(run.Written);
        Assert.Equal(["other-county", "test-county"], released.Order(StringComparer.Ordinal));
        Assert.Contains(trees, t => t.Plan == "other-county" && t.Name.EndsWith("findings.md", StringComparison.Ordinal));
        Assert.Contains(trees, t => t.Plan == "test-county" && t.Name == "yaml text plans/test-county/plan.yml");
        Assert.Equal([], aliveWhenReleased);
        // Read after it was let go, the text is a bug that says so, not an empty file.
        var late = Assert.Throws<InvalidOperationException>(() => yamls.First(y => y.Path == "plans/test-county/plan.yml").Text);
        Assert.Equal("The YAML text of plans/test-county/plan.yml was let go when the build's render started (BuildPipeline.RunOnce); only validation reads it.", late.Message);
    }

    [Fact]
    public void A_pipeline_run_again_keeps_its_parsed_plans_through_the_commit()
    {
        // The other side of the test above, and the proof that its probe sees what is reachable: the preview's pipeline
        // keeps every plan as parsed (for the next edit), so at the commit they are all alive.
        using var site = TestSite.Valid();
        var (probe, run) = Build(site, (pipeline, target) => pipeline.Run(Changes.Everything, target));
        Assert.True(run.Written);
        Assert.NotNull(run.Site);
        Assert.Contains("plan test-county", probe.AliveAtCommit);
        Assert.Contains("yaml text plans/test-county/plan.yml", probe.AliveAtCommit);
        Assert.Contains(probe.AliveAtCommit, name => name.StartsWith("narrative ", StringComparison.Ordinal) && name.EndsWith("findings.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pipeline_run_once_cannot_be_run_again()
    {
        using var site = TestSite.Valid();
        var pipeline = new BuildPipeline(site.Root, new SiteOptions(), TestSite.ThemeFolder);
        Assert.True(pipeline.RunOnce(site.OutputTarget()).Written);
        var again = Assert.Throws<InvalidOperationException>(() => pipeline.Run(Changes.Everything));
        Assert.Contains("RunOnce", again.Message);
    }

    private static (Probe Probe, PipelineRun Run) Build(TestSite site, Func<BuildPipeline, ISiteTarget, PipelineRun> run)
    {
        var probe = new Probe(site.OutputTarget());
        BuildPipeline.AfterParse.Value = probe.Track;
        try
        {
            return (probe, run(new BuildPipeline(site.Root, new SiteOptions(), TestSite.ThemeFolder), probe));
        }
        finally
        {
            BuildPipeline.AfterParse.Value = null;
        }
    }

    /// <summary>Holds weak references to every plan, every narrative's Markdig tree and the parsed site, and when the commit
    /// starts collects and notes which are still alive.</summary>
    private sealed class Probe(ISiteTarget inner) : ISiteTarget
    {
        private readonly List<(string Name, WeakReference Object)> _tracked = [];

        public int Tracked => _tracked.Count;

        public List<string> AliveAtCommit { get; } = [];

        public string Display => inner.Display;

        public bool TakesLibraries => inner.TakesLibraries;

        public Core.Model.SiteInput Track(Core.Model.SiteInput parsed)
        {
            _tracked.Add(("site", new WeakReference(parsed)));
            foreach (var plan in parsed.Plans)
            {
                _tracked.Add(($"plan {plan.Id}", new WeakReference(plan)));
                foreach (var yaml in plan.Yaml) _tracked.Add(($"yaml text {yaml.Path}", new WeakReference(yaml.Text)));
                foreach (var component in plan.Components)
                    _tracked.Add(($"narrative {component.Path}", new WeakReference(component.Body.Document)));
            }
            return parsed;
        }

        public ISiteOutput Open(IReadOnlySet<string>? replacing) => inner.Open(replacing);

        public void Commit(ISiteOutput output, Theme theme)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            AliveAtCommit.AddRange(_tracked.Where(t => t.Object.IsAlive).Select(t => t.Name).Distinct());
            inner.Commit(output, theme);
        }
    }
}
