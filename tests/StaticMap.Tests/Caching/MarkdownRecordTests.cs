using StaticMap.Core;
using StaticMap.Core.Caching;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Caching;

/// <summary>
/// The Markdown record (.staticmap/cache/markdown.txt): a build with the cache does not run Markdig over a narrative whose
/// text a build before parsed; its ids, addresses, first paragraph and MAP027 come from the record, its inventory and tree
/// are made only when a rule or its plan's render asks. The site and the diagnostics are those of a build without the cache,
/// and a record that is damaged or of another version is not used and is written again.
/// </summary>
public sealed class MarkdownRecordTests() : CacheScratch("markdown")
{
    private const string Other = "plans/other-county";
    private string RecordPath => Path.Combine(CacheFolder, MarkdownRecord.FileName);

    /// <summary>A narrative with everything the parse takes from a tree: headings (one reserved id), footnotes, links, an image
    /// in a link, autolinks (one an e-mail), raw HTML, a first paragraph with a link, code and a line break, and a tab.</summary>
    private const string Rich = """
        The county's [rent burden](findings.md#rent) rose, see `table 2`
        and the note.[^1] Tabs	stay, and so does a backslash \\ here.

        ## Where we are

        ## sm-main

        - [![A chart](chart.png)](findings.md#the-data) and <https://example.org/a?b=c> or <someone@example.org>.

        <div id="note">A <a href="measurement-plan.md">block</a></div>

        [reference link][ref] and [empty]()

        [^1]: The footnote, with <b>raw HTML</b>.

        [ref]: https://example.org/ref
        """;

    [Fact]
    public void A_narrative_in_the_record_is_not_parsed_and_has_the_facts_and_inventory_a_parse_gives()
    {
        var parsed = MarkdownParser.Parse("plans/x/findings.md", Rich, 7, new DiagnosticBag());
        var record = MarkdownRecord.In(CacheFolder);
        Assert.False(record.Readable);
        MarkdownParser.Parse("plans/x/findings.md", Rich, 7, new DiagnosticBag(), record);
        Assert.Equal((0, 1), (record.Found, record.Parsed));
        record.Save();

        var again = MarkdownRecord.In(CacheFolder);
        Assert.True(again.Readable);
        // Another file with the same text, at another line: the record holds no path or line.
        var kept = MarkdownParser.Parse("plans/y/findings.md", Rich, 9, new DiagnosticBag(), again);
        Assert.Equal((1, 0), (again.Found, again.Parsed));
        Assert.True(kept.FromRecord);
        Assert.Equal(0, kept.TreesMade);
        Assert.Equal(Describe(parsed.Facts), Describe(kept.Facts));
        Assert.Equal(["fnref:1", "where-we-are", "section-sm-main", "fn:1"], kept.NarrativeIds);
        Assert.StartsWith("The county's rent burden rose, see table 2 and the note.", kept.Facts.FirstParagraph);
        Assert.Contains("\t", kept.Facts.FirstParagraph);
        // The inventory, made on first read, is the parse's: the rules read the same nodes.
        Assert.Equal(parsed.Inventory.Links.Select(l => (l.Url, l.Line, l.Column, l.IsImage)), kept.Inventory.Links.Select(l => (l.Url, l.Line, l.Column, l.IsImage)));
        Assert.Equal(parsed.Inventory.Autolinks.Select(l => (l.Url, l.Line, l.Column)), kept.Inventory.Autolinks.Select(l => (l.Url, l.Line, l.Column)));
        Assert.Equal(parsed.Inventory.RawHtml.Select(n => (n.Line, n.Column)), kept.Inventory.RawHtml.Select(n => (n.Line, n.Column)));
        Assert.Equal(parsed.Inventory.RawHtmlAttributes.Select(a => (a.Name, a.Value, a.Line, a.Column)),
            kept.Inventory.RawHtmlAttributes.Select(a => (a.Name, a.Value, a.Line, a.Column)));
        Assert.Equal(1, kept.TreesMade);
        Assert.False(kept.HasTree);
        Assert.NotEmpty(kept.Document);
        Assert.Equal(2, kept.TreesMade);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("brackets")]
    public void A_narrative_refused_as_too_deep_is_MAP027_at_the_same_place_from_the_record(string kind)
    {
        var deep = "An introduction.\n\nAnother line.\n" + (kind == "quotes" ? new string('>', 3000) + " deep\n" : "Text " + new string('[', 5000) + "\n");
        var cold = new DiagnosticBag();
        var parsed = MarkdownParser.Parse("plans/x/findings.md", deep, 5, cold);
        var record = MarkdownRecord.In(CacheFolder);
        MarkdownParser.Parse("plans/x/findings.md", deep, 5, new DiagnosticBag(), record);
        record.Save();

        var warm = new DiagnosticBag();
        var kept = MarkdownParser.Parse("plans/x/findings.md", deep, 5, warm, MarkdownRecord.In(CacheFolder));
        Assert.True(kept.FromRecord);
        var expected = Assert.Single(cold.ToSortedList());
        Assert.Equal("MAP027", expected.Code);
        Assert.Equal(Lines(cold.ToSortedList()), Lines(warm.ToSortedList()));
        Assert.Empty(kept.Document);
        Assert.Empty(kept.Inventory.Links);
        Assert.Equal(Describe(parsed.Facts), Describe(kept.Facts));
    }

    /// <summary>The common case: one progress report of one plan edited, a new build with the cache.</summary>
    [Fact]
    public void A_warm_build_parses_no_narrative_of_an_unchanged_plan_and_writes_what_a_build_without_the_cache_writes()
    {
        using var site = BuildCacheTests.TwoPlans();
        var options = new SiteOptions(IncludeDrafts: true);
        var (first, firstBodies) = Tracking(() => site.Build(options, cache: CacheFolder));
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.True(File.Exists(RecordPath), "expected the Markdown record after the first build");
        Assert.DoesNotContain(firstBodies, b => b.Body.FromRecord);

        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
        site.Write(TestSite.Plan + "/progress/2024.md", site.Read(TestSite.Plan + "/progress/2024.md") + "\nOne more sentence.\n");
        var (warm, bodies) = Tracking(() => site.Build(options, cache: CacheFolder));
        var cold = site.Build(options, output: ColdOutput);
        Assert.True(warm.Succeeded, string.Join("\n", warm.Diagnostics));
        Assert.Contains("cache: 1 plan unchanged since the last build, taken from it (" + CacheFolder + "; --no-cache renders every plan)", warm.Notes);
        Assert.Equal(Lines(cold.Diagnostics), Lines(warm.Diagnostics));
        BuildCacheTests.SameTree(ColdOutput, site.Output);

        // other-county: unchanged, not rendered, its rules served from the rule record: no narrative parsed at all.
        var other = bodies.Where(b => b.Path.StartsWith(Other + "/", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, other.Count);
        Assert.Equal([], other.Where(b => !b.Body.FromRecord || b.Body.TreesMade != 0).Select(b => $"{b.Path}: {b.Body.TreesMade} trees"));
        // test-county: the edited report is parsed, and again to render; its other narratives are not parsed, but its rules
        // run again (a file of the plan changed), which makes their inventory, and its render makes their tree.
        var mine = bodies.Where(b => b.Path.StartsWith(TestSite.Plan + "/", StringComparison.Ordinal)).ToList();
        var edited = Assert.Single(mine, b => b.Path == TestSite.Plan + "/progress/2024.md");
        Assert.False(edited.Body.FromRecord);
        Assert.Equal(2, edited.Body.TreesMade);
        Assert.Equal([], mine.Where(b => b != edited && (!b.Body.FromRecord || b.Body.TreesMade != 2)).Select(b => $"{b.Path}: {b.Body.TreesMade} trees"));
        Assert.Contains(mine, b => b.Path.EndsWith("findings.es.md", StringComparison.Ordinal));

        // A third build with nothing changed parses nothing and leaves the record as it was.
        var written = File.GetLastWriteTimeUtc(RecordPath);
        var (_, third) = Tracking(() => site.Build(options, cache: CacheFolder));
        Assert.Equal([], third.Where(b => b.Path.StartsWith("plans/", StringComparison.Ordinal) && !b.Body.FromRecord).Select(b => b.Path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(RecordPath));
    }

    /// <summary>A narrative too deep to read is an error: nothing is written, but the record is, and the next build reports
    /// the same MAP027 from it, where a build without the cache reports it.</summary>
    [Fact]
    public void A_build_reports_MAP027_from_the_record_as_a_build_without_the_cache_reports_it()
    {
        using var site = BuildCacheTests.TwoPlans();
        site.Write(Other + "/sustainability.md", site.Read(Other + "/sustainability.md") + "\nA paragraph.\n\n" + new string('>', 3000) + " deep\n");
        var first = site.Build(cache: CacheFolder);
        Assert.Contains(first.Diagnostics, d => d.Code == "MAP027");
        var (warm, bodies) = Tracking(() => site.Build(cache: CacheFolder));
        var cold = site.Build(output: ColdOutput);

        Assert.True(Assert.Single(bodies, b => b.Path == Other + "/sustainability.md").Body.FromRecord);
        var error = Assert.Single(warm.Diagnostics, d => d.Code == "MAP027");
        var deepLine = site.Read(Other + "/sustainability.md").Split('\n').ToList().FindIndex(l => l.StartsWith(">>>", StringComparison.Ordinal)) + 1;
        Assert.Equal((Other + "/sustainability.md", deepLine, 1), (error.Span.Path, error.Span.Line, error.Span.Column));
        Assert.Equal(Lines(cold.Diagnostics), Lines(warm.Diagnostics));
    }

    public static TheoryData<string> Damages => new() { "not a record", "another version", "cut short", "a line cut", "an id before any body", "empty" };

    /// <summary>The common damage, in the inner loop: a record that lost its last lines.</summary>
    [Fact]
    public void A_record_cut_short_is_not_used_and_is_written_again() => A_damaged_record_is_not_used_and_is_written_again("cut short");

    /// <summary>Every kind of damage: three builds each, so in the slow suite.</summary>
    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Damages))]
    public void A_damaged_record_is_not_used_and_is_written_again(string damage)
    {
        using var site = BuildCacheTests.TwoPlans();
        Assert.True(site.Build(cache: CacheFolder).Succeeded);
        var lines = File.ReadAllLines(RecordPath);
        Assert.StartsWith("end\t", lines[^1]);
        File.WriteAllText(RecordPath, damage switch
        {
            "not a record" => "<html>not a record</html>\n",
            "another version" => lines[0].Replace("staticmap-markdown 1", "staticmap-markdown 0") + "\n" + string.Join("\n", lines.Skip(1)) + "\n",
            // Whole lines lost at the end (the last narrative's ids and the count): without the count, not read.
            "cut short" => string.Join("\n", lines.Take(lines.Length - 3)) + "\n",
            "a line cut" => string.Join("\n", lines.Take(2)) + "\n" + lines[2][..(lines[2].Length / 2)],
            "an id before any body" => lines[0] + "\nid\twhere-we-are\n" + string.Join("\n", lines.Skip(1)) + "\n",
            "empty" => "",
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        });

        var (warm, bodies) = Tracking(() => site.Build(cache: CacheFolder));
        Assert.True(warm.Succeeded, string.Join("\n", warm.Diagnostics));
        Assert.DoesNotContain(bodies, b => b.Body.FromRecord);
        Assert.Equal(lines, File.ReadAllLines(RecordPath));
        var (_, next) = Tracking(() => site.Build(cache: CacheFolder));
        Assert.Equal([], next.Where(b => b.Path.StartsWith("plans/", StringComparison.Ordinal) && !b.Body.FromRecord).Select(b => b.Path));
    }

    /// <summary>The cache is a build's: <c>check</c>, <c>--no-cache</c> and the preview parse every narrative and write no record.</summary>
    [Fact]
    public void A_check_and_a_build_without_the_cache_do_not_use_the_record()
    {
        using var site = BuildCacheTests.TwoPlans();
        Assert.True(site.Build(cache: CacheFolder).Succeeded);
        var (_, check) = Tracking<object>(() => { site.Check(); return new object(); });
        var (_, noCache) = Tracking(() => site.Build(output: ColdOutput));
        Assert.NotEmpty(check);
        Assert.NotEmpty(noCache);
        Assert.DoesNotContain(check.Concat(noCache), b => b.Body.FromRecord);
    }

    private static string Describe(MarkdownFacts facts) =>
        $"ids {string.Join(" ", facts.NarrativeIds)} | links {string.Join(" ", facts.LinkAddresses)} | auto {string.Join(" ", facts.Autolinks)}"
        + $" | raw {facts.HasRawHtml} | first {facts.FirstParagraph} | deep {facts.TooDeep}";

    /// <summary>Runs a build (or check) and gives the narratives its parse stage made, by file.</summary>
    private static (T Result, List<(string Path, MarkdownBody Body)> Bodies) Tracking<T>(Func<T> build)
    {
        var bodies = new List<(string Path, MarkdownBody Body)>();
        var result = Parsed(build, parsed =>
        {
            foreach (var plan in parsed.Plans)
            foreach (var edition in plan.Editions)
            {
                foreach (var component in edition.Components) bodies.Add((component.Path, component.Body));
                foreach (var report in edition.Progress) bodies.Add((report.Path, report.Body));
            }
        });
        return (result, bodies.DistinctBy(b => b.Body).ToList());
    }
}
