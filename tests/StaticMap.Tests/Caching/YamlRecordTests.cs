using System.Text;
using StaticMap.Core;
using StaticMap.Core.Caching;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Reading;
using StaticMap.Core.Reading.Yaml;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Caching;

/// <summary>
/// The YAML record (.staticmap/cache/yaml.bin): a build with the cache does not run the YAML parser over a plan.yml or front
/// matter whose text a build before loaded; its tree comes from the record with every value, quoting, line and column a load
/// gives, in the file it is read for. A text with a diagnostic is never kept; the site and the diagnostics are those of a
/// build without the cache, and a record that is damaged or of another version is not used and is written again.
/// </summary>
public sealed class YamlRecordTests() : CacheScratch("yaml")
{
    private const string Other = "plans/other-county";
    private string RecordPath => Path.Combine(CacheFolder, YamlRecord.FileName);

    /// <summary>Every plan.yml and front matter of the repository's sample plans (every component kind, progress reports,
    /// translations), and YAML with what a tree can hold: quoting styles, an empty value placed at its value, nested lists
    /// and mappings, flow style, long and non-ASCII text, a tab in a quoted value.</summary>
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "plans"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
            if (file.EndsWith(".yml", StringComparison.Ordinal) || file.EndsWith(".md", StringComparison.Ordinal)) data.Add(relative);
        }
        data.Add("inline:shapes");
        return data;
    }

    private const string Shapes = """
        title: "Quoted: with \"escapes\"\tand a tab"
        single: 'it''s'
        plain: not quoted
        empty:
        nothing: ~
        folded: >
          one
          two
        literal: |
          kept
            as written
        list: [a, "b", {c: d}]
        nested:
          - name: Año de 2024 — ñandú
            values: [1, 2.5, -3]
          - - deeper
            - {x: [y, z]}
        long: "PLACEHOLDER"
        """;

    private static (string Path, string Yaml, int FirstLine) Load(string name)
    {
        if (name == "inline:shapes") return ("plans/x/plan.yml", Shapes.Replace("PLACEHOLDER", new string('w', 400)), 1);
        var text = File.ReadAllText(Path.Combine(Repository.Root, name));
        if (name.EndsWith(".yml", StringComparison.Ordinal)) return (name, text, 1);
        Assert.Equal(FrontMatterSplitter.Outcome.Split, FrontMatterSplitter.TrySplit(text, out var split));
        return (name, split!.Yaml, split.YamlFirstLine);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_in_the_record_is_not_loaded_and_has_the_tree_a_load_gives_in_the_file_it_is_read_for(string name)
    {
        var (path, yaml, firstLine) = Load(name);
        var record = YamlRecord.In(CacheFolder);
        Assert.False(record.Readable);
        var loaded = YamlLoader.Load(yaml, path, firstLine, new DiagnosticBag(), record);
        Assert.NotNull(loaded);
        Assert.Equal((0, 1), (record.Found, record.Loaded));
        record.Save();

        var again = YamlRecord.In(CacheFolder);
        Assert.True(again.Readable);
        // The same text in another file, at another line: the record holds no path, and lines from the text's own first line.
        var diagnostics = new DiagnosticBag();
        var kept = YamlLoader.Load(yaml, "plans/y/elsewhere.md", firstLine + 3, diagnostics, again);
        Assert.Equal((1, 0), (again.Found, again.Loaded));
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(Describe(YamlLoader.Load(yaml, "plans/y/elsewhere.md", firstLine + 3, new DiagnosticBag())!), Describe(kept!));
        Assert.Equal(Describe(loaded), Describe(YamlLoader.Load(yaml, path, firstLine, new DiagnosticBag(), again)!));
    }

    [Fact]
    public void The_tree_from_the_record_keeps_quoting_empty_values_and_places()
    {
        var (path, yaml, firstLine) = Load("inline:shapes");
        var record = YamlRecord.In(CacheFolder);
        YamlLoader.Load(yaml, path, firstLine, new DiagnosticBag(), record);
        record.Save();

        var root = Assert.IsType<YamlMapping>(YamlLoader.Load(yaml, "plans/z/plan.yml", 5, new DiagnosticBag(), YamlRecord.In(CacheFolder)));
        var title = Assert.IsType<YamlScalar>(root.Find("title")!.Value);
        Assert.Equal(("Quoted: with \"escapes\"\tand a tab", true, new SourceSpan("plans/z/plan.yml", 5, 8)), (title.Value, title.IsQuoted, title.Span));
        var empty = Assert.IsType<YamlScalar>(root.Find("empty")!.Value);
        Assert.True(empty.IsNull);
        // An empty value keeps the place the loader gives it (after its key's colon), in the file it is read for.
        Assert.Equal(new SourceSpan("plans/z/plan.yml", 8, 7), empty.Span);
        Assert.Equal("one two\n", Assert.IsType<YamlScalar>(root.Find("folded")!.Value).Value);
        var nested = Assert.IsType<YamlSequence>(root.Find("nested")!.Value);
        Assert.Equal("Año de 2024 — ñandú", Assert.IsType<YamlScalar>(Assert.IsType<YamlMapping>(nested.Items[0]).Find("name")!.Value).Value);
    }

    [Fact]
    public void A_text_with_a_diagnostic_is_not_kept_and_reports_it_again()
    {
        const string yaml = "title: One\ntitle: Two\n";
        var record = YamlRecord.In(CacheFolder);
        var first = new DiagnosticBag();
        Assert.NotNull(YamlLoader.Load(yaml, "plans/x/plan.yml", 1, first, record));
        Assert.Equal("MAP008", Assert.Single(first.ToSortedList()).Code);
        Assert.Equal(0, record.Loaded);
        record.Save();

        var again = YamlRecord.In(CacheFolder);
        var second = new DiagnosticBag();
        YamlLoader.Load(yaml, "plans/x/plan.yml", 1, second, again);
        Assert.Equal(0, again.Found);
        Assert.Equal(Lines(first.ToSortedList()), Lines(second.ToSortedList()));
    }

    /// <summary>The common case: one progress report of one plan edited, a new build with the cache.</summary>
    [Fact]
    public void A_warm_build_takes_the_unchanged_texts_from_the_record_and_writes_what_a_build_without_the_cache_writes()
    {
        using var site = BuildCacheTests.TwoPlans();
        var options = new SiteOptions(IncludeDrafts: true);
        Assert.True(site.Build(options, cache: CacheFolder).Succeeded);
        Assert.True(File.Exists(RecordPath), "expected the YAML record after the first build");

        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");
        var (warm, warmTrees) = Tracking(() => site.Build(options, cache: CacheFolder));
        var (cold, coldTrees) = Tracking(() => site.Build(options, output: ColdOutput));
        Assert.True(warm.Succeeded, string.Join("\n", warm.Diagnostics));
        Assert.Equal(Lines(cold.Diagnostics), Lines(warm.Diagnostics));
        BuildCacheTests.SameTree(ColdOutput, site.Output);
        // Every file's tree, translations included, is the one a load gives: values, quoting, lines and columns.
        Assert.Contains(warmTrees.Keys, p => p.EndsWith("plan.es.yml", StringComparison.Ordinal));
        Assert.Contains(warmTrees.Keys, p => p.StartsWith(Other + "/", StringComparison.Ordinal));
        Assert.Equal(coldTrees, warmTrees);

        // The record now holds the edited report's text; a build with nothing changed takes every text from it, so it
        // loads none and does not write the record again.
        var written = File.GetLastWriteTimeUtc(RecordPath);
        var length = new FileInfo(RecordPath).Length;
        Thread.Sleep(20);
        Assert.True(site.Build(options, cache: CacheFolder).Succeeded);
        Assert.Equal((written, length), (File.GetLastWriteTimeUtc(RecordPath), new FileInfo(RecordPath).Length));
        var record = YamlRecord.In(CacheFolder);
        var report = Load(TestSite.Plan + "/progress/2024.md", site);
        Assert.NotNull(record.Find(report.Yaml, report.Path, report.FirstLine, out _));
    }

    public static TheoryData<string> Damages => new() { "not a record", "another version", "cut short", "a byte changed", "empty" };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_record_is_not_used_and_is_written_again(string damage)
    {
        using var site = BuildCacheTests.TwoPlans();
        Assert.True(site.Build(cache: CacheFolder).Succeeded);
        var bytes = File.ReadAllBytes(RecordPath);
        Assert.True(YamlRecord.In(CacheFolder).Readable);
        File.WriteAllBytes(RecordPath, damage switch
        {
            "not a record" => Encoding.UTF8.GetBytes("<html>not a record</html>\n"),
            "another version" => Replace(bytes, "staticmap-yaml 1", "staticmap-yaml 0"),
            "cut short" => bytes[..(bytes.Length - 40)],
            // A value's letter changed: the tree would still read, with another value; the record's hash refuses it.
            "a byte changed" => Replace(bytes, "Two cohorts", "Two cohortz"),
            "empty" => [],
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        });
        Assert.False(YamlRecord.In(CacheFolder).Readable);

        var (warm, trees) = Tracking(() => site.Build(cache: CacheFolder));
        var (cold, coldTrees) = Tracking(() => site.Build(output: ColdOutput));
        Assert.True(warm.Succeeded, string.Join("\n", warm.Diagnostics));
        Assert.Equal(coldTrees, trees);
        Assert.Equal(Lines(cold.Diagnostics), Lines(warm.Diagnostics));
        Assert.True(YamlRecord.In(CacheFolder).Readable);
        Assert.Equal(bytes, File.ReadAllBytes(RecordPath));
    }

    /// <summary>The cache is a build's: <c>check</c> and <c>--no-cache</c> load every text and write no record.</summary>
    [Fact]
    public void A_check_and_a_build_without_the_cache_do_not_write_the_record()
    {
        using var site = BuildCacheTests.TwoPlans();
        site.Check();
        Assert.True(site.Build(output: ColdOutput).Succeeded);
        Assert.Empty(Directory.EnumerateFiles(site.Root, YamlRecord.FileName, SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Scratch, YamlRecord.FileName, SearchOption.AllDirectories));
    }

    private static (string Path, string Yaml, int FirstLine) Load(string path, TestSite site)
    {
        Assert.Equal(FrontMatterSplitter.Outcome.Split, FrontMatterSplitter.TrySplit(site.Read(path), out var split));
        return (path, split!.Yaml, split.YamlFirstLine);
    }

    private static byte[] Replace(byte[] bytes, string from, string to)
    {
        var at = bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(from));
        Assert.True(at >= 0, $"'{from}' is not in the record");
        var copy = bytes.ToArray();
        Encoding.UTF8.GetBytes(to).CopyTo(copy, at);
        return copy;
    }

    /// <summary>A tree as text, every node with its kind, place, quoting and value: equal texts, equal trees.</summary>
    internal static string Describe(YamlNode node)
    {
        var text = new StringBuilder();
        Walk(node, 0);
        return text.ToString();

        void Walk(YamlNode n, int depth)
        {
            text.Append(' ', depth * 2).Append($"{n.Span.Path}:{n.Span.Line}:{n.Span.Column} ");
            switch (n)
            {
                case YamlScalar s: text.Append(s.IsQuoted ? "quoted " : "plain ").Append(s.Value.Replace("\n", "\\n")).Append('\n'); break;
                case YamlSequence q:
                    text.Append($"list {q.Items.Length}\n");
                    foreach (var item in q.Items) Walk(item, depth + 1);
                    break;
                case YamlMapping m:
                    text.Append($"mapping {m.Entries.Length}\n");
                    foreach (var entry in m.Entries) { Walk(entry.Key, depth + 1); Walk(entry.Value, depth + 2); }
                    break;
            }
        }
    }

    /// <summary>Runs a build and gives the trees of the YAML its parse stage kept for the rules, by file.</summary>
    private static (T Result, Dictionary<string, string> Trees) Tracking<T>(Func<T> build)
    {
        var trees = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = Parsed(build, parsed =>
        {
            foreach (var plan in parsed.Plans)
            foreach (var yaml in plan.Yaml)
                trees[yaml.Path] = Describe(yaml.Root);
        });
        return (result, trees);
    }
}
