using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Malformed and truncated YAML in plan.yml, component and progress front matter and site pages: unclosed quotes and
/// brackets, tabs, stray and lone '---' lines, BOMs, CRLF, files of nothing but '---'. Each is MAP004 (or MAP007 for
/// front matter that is missing or never closed, MAP012 for a document that is not a mapping) with a position in the
/// file, or builds when it is legal YAML after all.
/// </summary>
public class MalformedYamlTests
{
    private const string PlanYml = Plan + "/plan.yml";
    private const string Findings = Plan + "/findings.md";
    private const string Progress = Plan + "/progress/2024.md";

    /// <summary>A broken plan.yml: the edit, and the text of the line the diagnostic must be on (or null for line 1).</summary>
    public static TheoryData<string, string, string, string, string?> BrokenPlanYml() => new()
    {
        { "unclosed double quote", "summary: A small plan", "summary: \"A small plan", "MAP004", "summary:" },
        // The quote runs on to a later line, where the parser stops: the position is between the quote and the end.
        { "unclosed single quote", "  name: Alameda County", "  name: 'Alameda County", "MAP004", null },
        { "unclosed flow list", "peers:\n  - \"42003\"", "peers: [\"42003\", \"27123\"", "MAP004", null },
        { "unclosed flow mapping", "contact:\n  name: Plan team", "contact: {name: Plan team,\n  name2: x", "MAP004", null },
        { "tab indentation", "  name: Alameda County", "\tname: Alameda County", "MAP004", "\tname: Alameda" },
        { "key without colon", "status: released", "status released\nmore: x", "MAP004", null },
        { "one-space indentation", "language: en", " language: en", "MAP004", null },
        { "a second document", "language: en", "---\nlanguage: en", "MAP004", "---" },
        { "a document end marker then more", "language: en", "...\nlanguage: en", "MAP004", null },
        { "unknown YAML version", "title: Test County", "%YAML 2.0\n---\ntitle: Test County", "MAP004", null },
        { "reserved indicator @", "summary: A small plan", "summary: @A small plan", "MAP004", "summary:" },
        { "reserved indicator backtick", "summary: A small plan", "summary: `A small plan`", "MAP004", "summary:" },
        { "block scalar with bad indentation", "summary: A small plan that exercises every part of the authoring contract.", "summary: |\n  first\n bad\n", "MAP004", null },
        { "anchor", "title: Test County", "title: &t Test County", "MAP005", "title: &t" },
        { "alias to nothing", "title: Test County Mobility Action Plan", "title: *nothing", "MAP005", "title: *nothing" },
        { "merge key", "language: en", "base: &b {x: 1}\nmerged:\n  <<: *b", "MAP005", "base: &b" },
        { "flow mapping as key", "language: en", "{a: b}: c", "MAP004", "{a: b}: c" },
        { "simple key over 1024 characters", "language: en", new string('k', 2000) + ": v", "MAP004", null },
    };

    [Theory]
    [MemberData(nameof(BrokenPlanYml))]
    public void Broken_plan_yml_is_reported_with_a_position(string name, string oldText, string newText, string code, string? lineText)
    {
        using var site = Valid();
        site.Replace(PlanYml, oldText, newText);
        var diagnostics = HostileAssert.BuildFails(site);
        var d = diagnostics.FirstOrDefault(x => x.Code == code && x.Span.Path == PlanYml);
        Assert.True(d is not null, $"{name}: expected {code} in {PlanYml}; got:\n{string.Join("\n", diagnostics)}");
        if (lineText is not null) Assert.Equal(site.PositionOf(PlanYml, lineText).Line, d.Span.Line);
        else Assert.InRange(d.Span.Line, site.PositionOf(PlanYml, newText.Split('\n')[0]).Line, site.Read(PlanYml).Split('\n').Length + 1);
        Assert.DoesNotContain("Exception", d.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("---\n")]
    [InlineData("---")]
    [InlineData("---\n...\n")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void An_empty_plan_yml_or_one_of_only_a_fence_is_reported_not_crashed(string text)
    {
        using var site = Valid();
        site.Write(PlanYml, text);
        var d = HostileAssert.FailsWith(site, "MAP012", SourceSpan.File(PlanYml));
        Assert.Contains("empty", d.Message);
    }

    [Fact]
    public void A_lone_fence_at_the_top_of_plan_yml_is_legal_yaml()
    {
        using var site = Valid();
        site.Write(PlanYml, "---\n" + site.Read(PlanYml));
        HostileAssert.BuildSucceedsSafely(site);
    }

    [Theory]
    [InlineData("", "MAP007")]
    [InlineData("\n", "MAP007")]
    [InlineData("---", "MAP007")]
    [InlineData("---\n", "MAP007")]
    [InlineData("---\n---", "MAP010")]
    [InlineData("---\n---\n", "MAP010")]
    [InlineData("----\ncomponent: findings\n----\n", "MAP007")]
    [InlineData("\n---\ncomponent: findings\n---\n", "MAP007")]
    [InlineData("---\rcomponent: findings\r---\rBody\r", "MAP007")]
    [InlineData("---\ncomponent: findings\nmetrics: [\n---\nBody\n", "MAP004")]
    [InlineData("---\ncomponent: findings\n  metrics: x\n---\nBody\n", "MAP004")]
    [InlineData("---\ncomponent: findings\nmetrics:\n\t- metric: share_employed\n---\nBody\n", "MAP004")]
    [InlineData("---\ncomponent: \"findings\n---\nBody\n", "MAP004")]
    [InlineData("---\ncomponent: findings\n---\n---\nmore: yaml\n---\n", "MAP010")]
    public void Broken_component_front_matter_is_reported(string text, string code)
    {
        using var site = Valid();
        site.Write(Findings, text);
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Code == code && (d.Span.Path == Findings || d.Span.Path == Plan));
    }

    [Theory]
    [InlineData("---\n", "MAP007")]
    [InlineData("---\nyear: 2024\nupdates: [\n---\n", "MAP004")]
    [InlineData("---\nyear: [2024\n---\n", "MAP004")]
    [InlineData("---\nyear: 2024\nupdates:\n  - indicator: trainees\n   status: on-track\n---\n", "MAP004")]
    [InlineData("no front matter at all\n", "MAP007")]
    public void Broken_progress_front_matter_is_reported(string text, string code)
    {
        using var site = Valid();
        site.Write(Progress, text);
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Code == code && d.Span.Path == Progress);
    }

    [Theory]
    [InlineData("---\n", "MAP007")]
    [InlineData("---\ntitle: [About\n---\nBody\n", "MAP004")]
    [InlineData("---\ntitle: About\n\tdescription: x\n---\nBody\n", "MAP004")]
    [InlineData("---\n- a list\n---\nBody\n", "MAP012")]
    public void Broken_site_page_front_matter_is_reported(string text, string code)
    {
        using var site = Valid();
        site.Write("input/about.md", text);
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Code == code && d.Span.Path == "input/about.md");
    }

    [Fact]
    public void Byte_order_marks_and_crlf_line_ends_in_every_file_build()
    {
        using var site = Valid();
        foreach (var file in site.Files("plans").Concat(site.Files("input").Where(f => f.Count(c => c == '/') == 1 && f.EndsWith(".md", StringComparison.Ordinal))))
        {
            if (file.EndsWith(".svg", StringComparison.Ordinal)) continue;
            var text = site.Read(file).Replace("\n", "\r\n");
            site.WriteBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        }
        HostileAssert.BuildSucceedsSafely(site);
    }

    [Fact]
    public void With_crlf_line_ends_a_yaml_error_has_the_same_position_as_with_lf()
    {
        using var site = Valid();
        site.Replace(Findings, "    compare: peers", "    compare: [peers");
        var lf = Assert.Single(HostileAssert.Check(site), d => d.Code == "MAP004");
        site.Write(Findings, site.Read(Findings).Replace("\n", "\r\n"));
        var crlf = Assert.Single(HostileAssert.Check(site), d => d.Code == "MAP004");
        Assert.Equal(lf.Span, crlf.Span);
    }

    [Fact]
    public void With_crlf_line_ends_a_markdown_problem_has_the_same_position_as_with_lf()
    {
        using var site = Valid();
        site.Replace(Findings, "Employment is high but uneven.", "Employment is [high](nowhere.md) but uneven.");
        var lf = Assert.Single(HostileAssert.Check(site), d => d.Code == "MAP063");
        Assert.Equal(site.PositionOf(Findings, "[high]"), lf.Span);
        site.Write(Findings, site.Read(Findings).Replace("\n", "\r\n"));
        var crlf = Assert.Single(HostileAssert.Check(site), d => d.Code == "MAP063");
        Assert.Equal(lf.Span, crlf.Span);
    }

    /// <summary>Every file of the plan and the site pages, cut at the end and in the middle of every line.</summary>
    [Trait("Category", "Slow")]
    [Fact]
    public void Truncated_files_are_reported_never_crashed()
    {
        using var site = Valid();
        var files = new[]
        {
            PlanYml, Plan + "/how-we-got-here.md", Findings, Plan + "/theory-of-change.md", Plan + "/measurement-plan.md",
            Plan + "/sustainability.md", Progress, "input/index.md",
        };
        var failures = new List<string>();
        var checks = 0;
        foreach (var file in files)
        {
            var original = site.Read(file);
            var cuts = new SortedSet<int>();
            for (var i = original.IndexOf('\n'); i >= 0; i = original.IndexOf('\n', i + 1))
            {
                cuts.Add(i);
                var previous = original.LastIndexOf('\n', Math.Max(0, i - 1));
                cuts.Add((previous + 1 + i) / 2);
            }
            foreach (var cut in cuts)
            {
                site.Write(file, original[..cut]);
                var diagnostics = site.Check();
                checks++;
                var bad = diagnostics.FirstOrDefault(d => d.Code == "MAP099" || d.Span.Line < 1 || d.Span.Column < 1);
                if (bad is not null) failures.Add($"{file} cut at {cut}: {bad}");
            }
            site.Write(file, original);
        }
        Assert.True(checks > 100, $"only {checks} truncations");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void A_truncated_plan_yml_fails_the_build_cleanly()
    {
        using var site = Valid();
        var text = site.Read(PlanYml);
        site.Write(PlanYml, text[..text.IndexOf("coalition:", StringComparison.Ordinal)] + "coalition:\n  - name: \"County Adm");
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Code == "MAP004" && d.Span.Path == PlanYml);
    }

    [Fact]
    public void Yaml_tags_are_ignored_not_executed()
    {
        using var site = Valid();
        site.Replace(PlanYml, "title: Test County Mobility Action Plan", "title: !!python/object/apply:os.system [\"echo hacked\"]");
        var d = HostileAssert.FailsWith(site, "MAP012", site.PositionOf(PlanYml, "!!python"));
        Assert.Contains("title", d.Message);

        using var tagged = Valid();
        tagged.Replace(PlanYml, "title: Test County Mobility Action Plan", "title: !!str Tagged title");
        HostileAssert.BuildSucceedsSafely(tagged);
        HostileAssert.ShowsText(HostileAssert.Page(tagged.Output, "test-county/index.html"), "h1", "Tagged title");
    }
}
