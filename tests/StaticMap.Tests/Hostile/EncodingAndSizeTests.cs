using System.Diagnostics;
using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Invalid UTF-8 and NUL bytes in every kind of file (plan.yml, components, progress, site pages, a plan's local CSV,
/// input/data CSVs), overlong lines, and files far over the size limits. Each is refused with MAP003, MAP067, MAP002 or
/// MAP073 naming the file (and for UTF-8, the line and column of the first bad byte), quickly.
/// </summary>
[Collection(HangGuard.Collection)]
public class EncodingAndSizeTests
{
    /// <summary>Every kind of text file, with a word in it at which to break the encoding.</summary>
    public static TheoryData<string, string> TextFiles() => new()
    {
        { Plan + "/plan.yml", "Alameda County" },
        { Plan + "/how-we-got-here.md", "Coalition formed" },
        { Plan + "/findings.md", "Employment is high" },
        { Plan + "/theory-of-change.md", "Everyone can earn" },
        { Plan + "/measurement-plan.md", "How the coalition" },
        { Plan + "/sustainability.md", "How the work lasts" },
        { Plan + "/progress/2024.md", "Two cohorts" },
        { "input/index.md", "Plans for testing" },
        { "input/accessibility.md", "This fixture" },
        { Plan + "/data/jobs-program.csv", "2022,75" },
    };

    /// <summary>Invalid sequences: a stray continuation byte, 0xFF, an overlong '/', a UTF-16 surrogate, a code point over U+10FFFF.</summary>
    public static readonly byte[][] BadSequences =
    [
        [0x80], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ];

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void Invalid_utf8_is_reported_at_the_first_bad_byte(string file, string word)
    {
        foreach (var bad in BadSequences)
        {
            using var site = Valid();
            var text = site.Read(file);
            var at = text.IndexOf(word, StringComparison.Ordinal) + 2;
            var before = Encoding.UTF8.GetBytes(text[..at]);
            var after = Encoding.UTF8.GetBytes(text[at..]);
            site.WriteBytes(file, [.. before, .. bad, .. after]);
            var d = HostileAssert.FailsWith(site, "MAP003", Where(file, text, at));
            Assert.Contains($"0x{bad[0]:X2}", d.Message);
        }
    }

    /// <summary>The line and column of the character at <paramref name="index"/> of <paramref name="text"/>.</summary>
    private static SourceSpan Where(string file, string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = text.LastIndexOf('\n', index - 1) + 1;
        return new SourceSpan(file, line, index - lineStart + 1);
    }

    [Fact]
    public void Invalid_utf8_at_the_very_end_of_a_file_is_reported()
    {
        using var site = Valid();
        var bytes = File.ReadAllBytes(site.FullPath(Plan + "/sustainability.md"));
        site.WriteBytes(Plan + "/sustainability.md", [.. bytes, 0xE2, 0x82]);
        var diagnostics = HostileAssert.BuildFails(site);
        var d = Assert.Single(diagnostics, x => x.Code == "MAP003");
        Assert.Equal(Plan + "/sustainability.md", d.Span.Path);
        Assert.Equal(File.ReadAllText(site.FullPath(Plan + "/sustainability.md")).Count(c => c == '\n') + 1, d.Span.Line);
    }

    [Fact]
    public void Invalid_utf8_in_an_input_data_csv_is_reported_not_read_as_garbage()
    {
        using var site = Valid();
        const string file = "input/data/mobility.csv";
        var text = site.Read(file);
        var at = text.IndexOf("Alameda County", StringComparison.Ordinal);
        site.WriteBytes(file, [.. Encoding.UTF8.GetBytes(text[..at]), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes(text[at..])]);
        var diagnostics = HostileAssert.Check(site);
        // The data file is Urban's: a bad byte in a name column is not a plan error, but it must never reach a page as
        // replacement characters without a word, and never crash.
        Assert.DoesNotContain(diagnostics, d => d.Code == "MAP099");
        if (!diagnostics.Any(d => d.IsError))
        {
            HostileAssert.BuildSucceedsSafely(site);
            Assert.DoesNotContain(diagnostics, d => d.Span.Path != file && d.Code == "MAP003");
        }
    }

    [Theory]
    [MemberData(nameof(TextFiles))]
    public void A_nul_byte_makes_a_file_unreadable_not_truncated(string file, string word)
    {
        using var site = Valid();
        var text = site.Read(file);
        var at = text.IndexOf(word, StringComparison.Ordinal) + 2;
        site.Write(file, text[..at] + "\0" + text[at..]);
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Span.Path == file && d.Code is "MAP067" or "MAP074");
    }

    [Fact]
    public void A_nul_byte_in_an_input_data_csv_never_crashes()
    {
        using var site = Valid();
        var text = site.Read("input/data/mobility.csv");
        var at = text.IndexOf("Alameda County", StringComparison.Ordinal);
        site.Write("input/data/mobility.csv", text[..at] + "Alameda\0" + text[(at + "Alameda ".Length)..]);
        var diagnostics = HostileAssert.Check(site);
        if (!diagnostics.Any(d => d.IsError)) HostileAssert.BuildSucceedsSafely(site);
    }

    /// <summary>A file over its kind's limit (5 MB for text, 256 MB for CSV) is refused by its size without being
    /// read (a sparse file: nothing to read, so reading it would show in the time).</summary>
    [Theory]
    [InlineData(Plan + "/findings.md", 50)]
    [InlineData(Plan + "/plan.yml", 50)]
    [InlineData(Plan + "/progress/2024.md", 50)]
    [InlineData("input/index.md", 50)]
    [InlineData(Plan + "/data/jobs-program.csv", 300)]
    public void An_oversized_file_is_refused_by_size_quickly(string file, int megabytes)
    {
        using var site = Valid();
        using (var stream = File.Create(site.FullPath(file))) stream.SetLength(megabytes * 1024L * 1024);
        var clock = Stopwatch.StartNew();
        var d = HostileAssert.FailsWith(site, "MAP002", SourceSpan.File(file));
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
        Assert.Contains($"{megabytes} MB", d.Message);
    }

    [Fact]
    public void A_300_MB_input_data_file_is_refused_by_size_quickly()
    {
        using var site = Valid();
        using (var stream = File.Create(site.FullPath("input/data/huge.csv"))) stream.SetLength(300L * 1024 * 1024);
        var clock = Stopwatch.StartNew();
        HostileAssert.FailsWith(site, "MAP002", SourceSpan.File("input/data/huge.csv"));
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void A_file_of_just_under_5_MB_on_one_line_builds_in_reasonable_time()
    {
        using var site = Valid();
        var line = string.Concat(Enumerable.Repeat("All work and no play. ", 4_500_000 / 22));
        site.Write(Plan + "/sustainability.md", site.Read(Plan + "/sustainability.md") + "\n" + line + "\n");
        var clock = Stopwatch.StartNew();
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_overlong_yaml_value_is_taken_whole()
    {
        using var site = Valid();
        var longText = new string('x', 1_000_000);
        site.Replace(Plan + "/plan.yml", "summary: A small plan that exercises every part of the authoring contract.", "summary: " + longText);
        var clock = Stopwatch.StartNew();
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
    }

    /// <summary>
    /// A 100,000-character value in every field that is checked against a rule (ids, vocabularies, dates, codes, metric
    /// names, references): each is reported quickly, and no message quotes the whole value back.
    /// </summary>
    [Fact]
    public void Overlong_values_in_checked_fields_get_short_messages_quickly()
    {
        using var site = Valid();
        var v = new string('x', 100_000);
        site.Replace(Plan + "/plan.yml", "  type: county", "  type: " + v)
            .Replace(Plan + "/plan.yml", "  state: CA", "  state: " + v)
            .Replace(Plan + "/plan.yml", "  fips: \"06001\"", "  fips: " + v)
            .Replace(Plan + "/plan.yml", "status: released", "status: " + v)
            .Replace(Plan + "/plan.yml", "released: 2024-05-01", "released: " + v)
            .Replace(Plan + "/plan.yml", "    sector: government", "    sector: " + v)
            .Replace(Plan + "/plan.yml", "  - \"42003\"", "  - " + v)
            .Replace(Plan + "/plan.yml", "language: en", "language: " + v)
            .Replace(Plan + "/plan.yml", "  email: team@example.org", "  email: " + v)
            .Replace(Plan + "/plan.yml", "  url: https://example.org/mobility", "  url: " + v)
            .Replace(Plan + "/findings.md", "  - metric: share_employed", "  - metric: " + v)
            .Replace(Plan + "/findings.md", "    compare: peers", "    compare: " + v)
            .Replace(Plan + "/findings.md", "  - file: data/jobs-program.csv", "  - file: " + v)
            .Replace(Plan + "/theory-of-change.md", "    - id: staff-time", "    - id: " + v)
            .Replace(Plan + "/theory-of-change.md", "      pillar: Rewarding work", "      pillar: " + v)
            .Replace(Plan + "/measurement-plan.md", "  - id: staff-hours", "  - id: " + v)
            .Replace(Plan + "/measurement-plan.md", "    measures: people-trained", "    measures: " + v)
            .Replace(Plan + "/measurement-plan.md", "    frequency: quarterly", "    frequency: " + v)
            .Replace(Plan + "/measurement-plan.md", "    direction: increase\n    baseline: {value: 120, year: 2023}", "    direction: " + v + "\n    baseline: {value: 120, year: " + v + "}")
            .Replace(Plan + "/measurement-plan.md", "    metric: share_employed", "    metric: " + v)
            .Replace(Plan + "/progress/2024.md", "  - indicator: trainees", "  - indicator: " + v)
            .Replace(Plan + "/progress/2024.md", "    status: on-track", "    status: " + v)
            .Replace(Plan + "/progress/2024.md", "year: 2024", "year: " + v)
            .Replace(Plan + "/sustainability.md", "component: sustainability", "component: " + v);
        var clock = Stopwatch.StartNew();
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
        Assert.True(diagnostics.Count >= 20, string.Join("\n", diagnostics.Select(d => d.ToString()[..Math.Min(200, d.ToString().Length)])));
        var tooLong = diagnostics.Where(d => d.Message.Length > 1_000).Select(d => $"{d.Code} at {d.Span}: {d.Message.Length} characters").ToList();
        Assert.True(tooLong.Count == 0, "messages that quote the whole value:\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void Control_characters_in_text_are_refused_or_kept_out_of_pages_and_feeds()
    {
        using var site = Valid();
        // YAML escapes can write characters a file may not hold: BEL, ESC, a lone surrogate, U+FFFE.
        site.Replace(Plan + "/plan.yml", "title: Test County Mobility Action Plan", "title: \"Bell\\a Esc\\e Surrogate\\uD800 NotAChar\\uFFFE end\"")
            .Replace(Plan + "/progress/2024.md", "year: 2024", "year: 2024\ntitle: \"Progress\\a\\x1b\\uDFFF\"");
        var diagnostics = HostileAssert.Check(site);
        if (diagnostics.Any(d => d.IsError))
        {
            HostileAssert.BuildFails(site);
            return;
        }
        HostileAssert.BuildSucceedsSafely(site);
    }
}
