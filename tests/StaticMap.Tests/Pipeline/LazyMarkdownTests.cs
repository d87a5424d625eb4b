using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;
using Markdig.Renderers.Html;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Pipeline;

/// <summary>
/// A narrative's Markdig tree is not kept from the parse: validation reads the inventory, the render makes the tree again
/// and a build lets go of it once the plan is written (docs/architecture.md, "Memory"). So the site is never held as trees,
/// and each narrative is parsed twice in a build, not more.
/// </summary>
public sealed class LazyMarkdownTests
{
    [Fact]
    public void The_inventory_holds_no_tree_and_a_body_holds_none_after_the_parse()
    {
        var body = MarkdownParser.Parse("x.md", """
            ## Where we are

            > A quote with [a link](findings.md) and <b>raw HTML</b>.

            - [![A chart](chart.png)](findings.md#the-data) and <https://example.org>.

            <div id="note">A block</div>

            [reference link][ref]

            [ref]: https://example.org/ref
            """, 1);
        Assert.False(body.HasTree);
        Assert.Equal(1, body.TreesMade);
        Assert.Equal(4, body.Inventory.Links.Count);
        Assert.Single(body.Inventory.Autolinks);
        Assert.Equal(3, body.Inventory.RawHtml.Count);
        // Each node of the inventory is taken out of its tree (a link inside a link stays in its link): none leads back to a document.
        foreach (var node in body.Inventory.Links.Cast<MarkdownObject>().Concat(body.Inventory.Autolinks).Concat(body.Inventory.RawHtml))
        {
            Assert.IsNotType<MarkdownDocument>(Root(node));
            if (node is LinkInline link) Assert.Null(link.Reference);
        }
        // What the rules read of a link that held an image is still there.
        Assert.Equal("A chart", Core.Validation.MarkdownInspector.AltText(body.Inventory.Links.Single(l => l.IsImage)));
        Assert.Equal(["where-we-are"], body.NarrativeIds);
    }

    [Fact]
    public void The_tree_is_made_again_on_first_read_kept_until_released_and_not_kept_after()
    {
        var body = MarkdownParser.Parse("x.md", "# Title\n\nText with [a link](findings.md).\n", 1);
        Assert.Equal(1, body.TreesMade);
        // A read without keeping makes a tree and keeps none.
        Assert.Equal("Title", body.Read(d => d.Descendants<HeadingBlock>().Single().Inline!.FirstChild!.ToString()));
        Assert.Equal(2, body.TreesMade);
        Assert.False(body.HasTree);
        var weak = ReadAndForget(body);
        Assert.True(body.HasTree);
        Assert.Equal(3, body.TreesMade);
        body.Release();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.False(weak.IsAlive, "the tree is alive after the body let go of it");
        Assert.NotNull(body.Document);
        Assert.False(body.HasTree);
        Assert.Equal(4, body.TreesMade);
    }

    [Fact]
    public void A_narrative_refused_as_too_deep_is_made_again_as_empty()
    {
        var diagnostics = new Core.Diagnostics.DiagnosticBag();
        var body = MarkdownParser.Parse("x.md", new string('>', 3000) + " deep\n", 1, diagnostics);
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == "MAP027");
        Assert.Empty(body.Document);
    }

    [Fact]
    public void A_check_holds_no_tree_and_parses_each_narrative_once()
    {
        using var site = SpanishFixture.Create();
        var bodies = new List<(string Path, MarkdownBody Body)>();
        BuildPipeline.AfterParse.Value = parsed => Track(parsed, bodies);
        PipelineRun run;
        try
        {
            run = new BuildPipeline(site.ReadRoot, new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }).Run(Changes.Everything);
        }
        finally
        {
            BuildPipeline.AfterParse.Value = null;
        }
        Assert.False(run.HasErrors, string.Join("\n", run.Diagnostics));
        Assert.Contains(bodies, b => b.Path.EndsWith("findings.es.md", StringComparison.Ordinal));
        Assert.Equal([], bodies.Where(b => b.Body.HasTree || b.Body.TreesMade != 1).Select(b => $"{b.Path}: {b.Body.TreesMade} trees"));
    }

    [Fact]
    public void A_build_parses_each_narrative_it_renders_once_more_and_lets_go_of_it()
    {
        using var site = SpanishFixture.Create();
        site.CopyFolder(TestSite.Plan, "plans/other-county");
        var bodies = new List<(string Path, MarkdownBody Body)>();
        BuildPipeline.AfterParse.Value = parsed => Track(parsed, bodies);
        PipelineRun run;
        try
        {
            run = new BuildPipeline(site.Root, new SiteOptions(IncludeDrafts: true) { Clock = TestClock.Provider }, TestSite.ThemeFolder)
                .RunOnce(site.OutputTarget());
        }
        finally
        {
            BuildPipeline.AfterParse.Value = null;
        }
        Assert.False(run.HasErrors, string.Join("\n", run.Diagnostics));
        Assert.True(run.Written);
        var narratives = bodies.Where(b => b.Path.StartsWith("plans/", StringComparison.Ordinal)).ToList();
        Assert.Contains(narratives, b => b.Path.EndsWith("findings.es.md", StringComparison.Ordinal));
        Assert.Equal([], narratives.Where(b => b.Body.HasTree).Select(b => b.Path));
        // Once when parsed, once when its plan renders (both languages' pages, the print view and the overview read the one
        // tree). A progress report's too: the feed of each language reads its first paragraph, which the parse took from the
        // tree (MarkdownFacts), so the feed makes no tree.
        Assert.Contains(narratives, b => b.Path.Contains("/progress/", StringComparison.Ordinal));
        Assert.Equal([], narratives.Where(b => b.Body.TreesMade != 2).Select(b => $"{b.Path}: {b.Body.TreesMade} trees"));
    }

    [Fact]
    public void The_preview_keeps_the_trees_it_rendered_and_does_not_parse_them_again()
    {
        using var site = TestSite.Valid();
        var bodies = new List<(string Path, MarkdownBody Body)>();
        BuildPipeline.AfterParse.Value = parsed => Track(parsed, bodies);
        try
        {
            var preview = new Core.Preview.PreviewSite(site.ReadRoot, TestSite.ThemeFolder, clock: TestClock.Provider);
            Assert.Equal(0, preview.Rebuild().Result.Errors);
            var findings = bodies.Single(b => b.Path.EndsWith("/findings.md", StringComparison.Ordinal)).Body;
            Assert.True(findings.HasTree);
            Assert.Equal(2, findings.TreesMade);
            // An edit of another file of the plan: the plan is parsed again (new bodies), so an edit outside plans/ instead.
            site.Write("input/about.md", "---\ntitle: About\n---\nAbout this site.\n");
            var update = preview.Rebuild(["input/about.md"]);
            Assert.Equal(0, update.Result.Errors);
            Assert.True(preview.Site.TryGet("about/index.html", out _));
            Assert.True(findings.HasTree);
            Assert.Equal(2, findings.TreesMade);
        }
        finally
        {
            BuildPipeline.AfterParse.Value = null;
        }
    }

    private static SiteInput Track(SiteInput parsed, List<(string Path, MarkdownBody Body)> bodies)
    {
        foreach (var page in parsed.Pages) bodies.Add((page.Path, page.Body));
        foreach (var plan in parsed.Plans)
        {
            foreach (var edition in plan.Editions)
            {
                foreach (var component in edition.Components) bodies.Add((component.Path, component.Body));
                foreach (var report in edition.Progress) bodies.Add((report.Path, report.Body));
            }
        }
        return parsed;
    }

    private static MarkdownObject Root(MarkdownObject node)
    {
        while (true)
        {
            MarkdownObject? parent = node switch
            {
                Inline { Parent: { } p } => p,
                ContainerInline { ParentBlock: { } b } => b,
                Block { Parent: { } p } => p,
                _ => null,
            };
            if (parent is null) return node;
            node = parent;
        }
    }

    /// <summary>Reads the kept tree twice and checks it is the parse's; a weak reference to it (no local keeps it alive).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference ReadAndForget(MarkdownBody body)
    {
        var tree = body.Document;
        Assert.Same(tree, body.Document);
        // Made as the parse made it: the heading ids given and levels set; the links are in the new tree, the inventory's are not.
        var heading = tree.Descendants<HeadingBlock>().Single();
        Assert.Equal(2, heading.Level);
        Assert.Equal("title", heading.GetAttributes().Id);
        Assert.Single(tree.Descendants<LinkInline>());
        Assert.DoesNotContain(body.Inventory.Links.Single(), tree.Descendants<LinkInline>());
        return new WeakReference(tree);
    }
}
