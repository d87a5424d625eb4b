using System.Diagnostics;
using System.Text;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Thousands of ids (5,000 logic-model items and 5,000 indicators), with and without duplicates, and Markdown written
/// to be slow or deep: nested 10,000 levels, 20,000 headings with the same name. Each completes in seconds, with every
/// duplicate or over-deep structure reported.
/// </summary>
[Collection(HangGuard.Collection)]
[Trait("Category", "Slow")]
public class ScaleTests
{
    private const string TheoryOfChange = Plan + "/theory-of-change.md";
    private const string MeasurementPlan = Plan + "/measurement-plan.md";

    private static void WriteThousands(TestSite site, int count, Func<int, string> id)
    {
        var model = new StringBuilder("---\ncomponent: theory-of-change\nvision: Everyone can earn a good living.\nlogic_model:\n  inputs:\n");
        for (var i = 0; i < count; i++) model.Append($"    - id: {id(i)}\n      text: Input number {i}\n");
        model.Append("  activities:\n    - id: run-program\n      text: Run a jobs program\n  outputs:\n    - id: people-trained\n      text: People trained\n");
        model.Append("  outcomes:\n    short_term:\n      - id: more-jobs\n        text: More people employed\n---\nMany inputs.\n");
        site.Write(TheoryOfChange, model.ToString());

        var plan = new StringBuilder("---\ncomponent: measurement-plan\nindicators:\n");
        void Indicator(string indicatorId, string measures) => plan.Append(
            $"  - id: {indicatorId}\n    name: Indicator {indicatorId}\n    measures: {measures}\n    source: Records\n    responsible: County\n    frequency: annual\n    baseline: {{value: 1, year: 2023}}\n    target: {{value: 2, year: 2026}}\n");
        for (var i = 0; i < count; i++) Indicator($"indicator-{i}", id(i));
        Indicator("trained", "people-trained");
        Indicator("jobs", "more-jobs");
        plan.Append("---\nHow the coalition tracks its work.\n");
        site.Write(MeasurementPlan, plan.ToString());
        site.Write(Plan + "/progress/2024.md", "---\nyear: 2024\nupdates:\n  - indicator: indicator-1\n    value: 1\n    status: on-track\n---\nA year.\n");
    }

    [Fact]
    public void Five_thousand_items_and_indicators_build()
    {
        using var site = Valid();
        WriteThousands(site, 5_000, i => $"input-{i}");
        var clock = Stopwatch.StartNew();
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_measurement_plan_page_over_1_MB_is_written_whole()
    {
        using var site = Valid();
        WriteThousands(site, 5_000, i => $"input-{i}");
        HostileAssert.BuildSucceedsSafely(site);
        var html = File.ReadAllText(Path.Combine(site.Output, "test-county", "measurement-plan", "index.html"));
        Assert.EndsWith("</html>", html.TrimEnd());
        var page = HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html");
        Assert.Equal(5_002, page.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Five_thousand_duplicate_ids_are_all_reported()
    {
        using var site = Valid();
        // Every input id is used twice in the logic model, and again by an indicator.
        WriteThousands(site, 5_000, i => $"input-{i / 2}");
        site.Replace(MeasurementPlan, "  - id: indicator-0\n", "  - id: input-0\n");
        var clock = Stopwatch.StartNew();
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
        var duplicates = diagnostics.Where(d => d.Code == "MAP030").ToList();
        Assert.Equal(2_500 + 1, duplicates.Count);
        Assert.All(duplicates, d => Assert.Contains("already used at line", d.Message));
        var second = site.PositionOf(TheoryOfChange, "    - id: input-0\n      text: Input number 1\n", "    - id: ".Length);
        HostileAssert.Has(diagnostics, "MAP030", second);
    }

    [Fact]
    public void Deeply_nested_markdown_is_reported_not_an_internal_error()
    {
        foreach (var (name, markdown) in new[]
                 {
                     ("block quotes", new string('>', 10_000) + " deep\n"),
                     ("list markers", string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep\n"),
                     ("nested lists", string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- deep\n"))),
                     ("open brackets", new string('[', 10_000) + "\n"),
                     ("emphasis", string.Concat(Enumerable.Repeat("*a ", 10_000)) + string.Concat(Enumerable.Repeat(" a*", 10_000)) + "\n"),
                     ("strong", string.Concat(Enumerable.Repeat("**", 10_000)) + "x" + string.Concat(Enumerable.Repeat("**", 10_000)) + "\n"),
                     ("quotes and lists", string.Concat(Enumerable.Repeat("> - ", 5_000)) + "x\n"),
                 })
        {
            using var site = Valid();
            var file = Plan + "/sustainability.md";
            site.Write(file, site.Read(file) + "\nBefore.\n\n" + markdown);
            var clock = Stopwatch.StartNew();
            var diagnostics = HostileAssert.BuildFails(site);
            Assert.True(clock.Elapsed < HangGuard.Limit, $"{name} took {clock.Elapsed}");
            var d = diagnostics.SingleOrDefault(x => x.Span.Path == file);
            Assert.True(d is not null, $"{name}: {string.Join("\n", diagnostics)}");
            Assert.Equal("MAP027", d.Code);
            // The line at which the nesting goes over the limit: the first line of the snippet, or for a list indented
            // line by line, the line that opens one level too many.
            var first = site.PositionOf(file, "Before.").Line + 2;
            Assert.InRange(d.Span.Line, first, name == "nested lists" ? first + 299 : first);
        }
    }

    [Fact]
    public void Nesting_the_narrative_may_use_builds()
    {
        using var site = Valid();
        var file = Plan + "/sustainability.md";
        site.Write(file, site.Read(file) + "\n" + new string('>', 20) + " quoted\n\n" +
            string.Concat(Enumerable.Range(0, 20).Select(i => new string(' ', 2 * i) + "- item\n")));
        HostileAssert.BuildSucceedsSafely(site);
    }

    [Fact]
    public void Twenty_thousand_headings_with_the_same_name_get_unique_ids_in_reasonable_time()
    {
        using var site = Valid();
        var file = Plan + "/sustainability.md";
        site.Write(file, site.Read(file) + "\n" + string.Concat(Enumerable.Repeat("## Same\n\ntext\n\n", 20_000)));
        var clock = Stopwatch.StartNew();
        HostileAssert.Check(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
    }

    [Fact]
    public void Heading_ids_are_unique_and_follow_github_style()
    {
        using var site = Valid();
        var file = Plan + "/sustainability.md";
        site.Write(file, site.Read(file) + "\n## Same\n\n## Same\n\n## Same-1\n\n## Same\n\n## \n\n## Ünïcode *and* `code`\n\n## sm-main\n");
        HostileAssert.BuildSucceedsSafely(site);
        var page = HostileAssert.Page(site.Output, "test-county/sustainability/index.html");
        var ids = page.QuerySelectorAll(".prose h2").Select(h => h.Id).ToList();
        Assert.Equal(["same", "same-1", "same-1-1", "same-2", "section", "ünïcode-and-code", "section-sm-main"], ids);
    }

    /// <summary>A misspelt name gets a suggestion by edit distance, which costs the name's length times each known name's.</summary>
    [Fact]
    public void A_four_megabyte_metric_name_is_reported_in_reasonable_time()
    {
        using var site = Valid();
        site.Replace(Plan + "/findings.md", "  - metric: share_employed", "  - metric: " + new string('s', 4_000_000));
        var clock = Stopwatch.StartNew();
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
        HostileAssert.Has(diagnostics, "MAP070", site.PositionOf(Plan + "/findings.md", "  - metric: s", "  - metric: ".Length));
    }

    [Fact]
    public void A_hundred_thousand_links_are_checked_in_reasonable_time()
    {
        using var site = Valid();
        var file = Plan + "/sustainability.md";
        site.Write(file, site.Read(file) + "\n" + string.Concat(Enumerable.Repeat("[f](findings.md) [j](javascript:x) ", 50_000)) + "\n");
        var clock = Stopwatch.StartNew();
        var diagnostics = HostileAssert.Check(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
        Assert.Equal(50_000, diagnostics.Count(d => d.Code == "MAP065"));
    }
}
