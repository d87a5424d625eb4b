using System.Security.Cryptography;
using System.Xml.Linq;
using StaticMap.Core;
using StaticMap.Core.Caching;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Caching;

/// <summary>
/// The feed's summaries kept by the build cache (<c>.staticmap/cache/feed-summaries.txt</c>, <see cref="FeedSummaryRecord"/>):
/// a warm build takes an unchanged plan's summaries from the record instead of making them from its reports again, makes
/// the edited plan's again, and writes the feeds byte for byte as a build without the cache.
/// </summary>
public sealed class FeedSummaryRecordTests() : CacheScratch("feed")
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private string Record => Path.Combine(CacheFolder, FeedSummaryRecord.FileName);

    [Fact]
    public void A_warm_build_takes_an_unchanged_plans_summaries_from_the_record_and_makes_the_edited_plans_again()
    {
        using var site = BuildCacheTests.TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        // Every released plan's reports, in every language its feed lists them in.
        var lines = File.ReadAllLines(Record);
        Assert.Equal("staticmap-feed-summaries 1", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("other-county\t", StringComparison.Ordinal) && l.Contains("\ten\tplans/other-county/progress/2024.md\t<summary xmlns=\"http://www.w3.org/2005/Atom\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("test-county\t", StringComparison.Ordinal) && l.Contains("\tes\t", StringComparison.Ordinal));
        // What the record says is what the feed shows: each plan's summaries replaced by a sentence of the test's.
        File.WriteAllLines(Record, lines.Select((l, i) => i == 0 ? l : Replaced(l)));
        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");

        var warm = Succeeds(site.Build(cache: CacheFolder));
        Assert.Contains($"cache: 1 plan unchanged since the last build, taken from it ({CacheFolder}; --no-cache renders every plan)", warm.Notes);
        Succeeds(site.Build(output: ColdOutput));

        var summaries = Summaries(Path.Combine(site.Output, "feed.xml"));
        var cold = Summaries(Path.Combine(ColdOutput, "feed.xml"));
        Assert.Equal(cold.Keys, summaries.Keys);
        foreach (var (entry, summary) in summaries)
        {
            // The unchanged plan's from the record; the edited plan's key changed, so its summaries are made again.
            if (entry.Contains("/other-county/", StringComparison.Ordinal)) Assert.Equal("<summary>Kept for other-county.</summary>", summary);
            else Assert.Equal(cold[entry], summary);
        }
        Assert.DoesNotContain("Kept for test-county", File.ReadAllText(Path.Combine(site.Output, "es", "feed.xml")), StringComparison.Ordinal);
        // The record now holds the edited plan's new summaries under its new key, and the unchanged plan's as they were.
        var after = File.ReadAllLines(Record);
        Assert.Contains(after, l => l.StartsWith("other-county\t", StringComparison.Ordinal) && l.EndsWith(">Kept for other-county.</summary>", StringComparison.Ordinal));
        Assert.DoesNotContain(after, l => l.Contains("Kept for test-county", StringComparison.Ordinal));
    }

    /// <summary>The Spanish plan unchanged (its summaries, in both feeds, from the record), the other plan edited.</summary>
    [Fact]
    public void Feeds_with_kept_summaries_are_byte_for_byte_a_build_without_the_cache()
    {
        using var site = BuildCacheTests.TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        site.Write("plans/other-county/progress/2024.md", site.Read("plans/other-county/progress/2024.md").Replace("note: Two cohorts completed.", "note: Three cohorts completed.", StringComparison.Ordinal));

        Succeeds(site.Build(cache: CacheFolder));
        Succeeds(site.Build(output: ColdOutput));

        foreach (var feed in new[] { "feed.xml", Path.Combine("es", "feed.xml") })
            Assert.Equal(Hash(Path.Combine(ColdOutput, feed)), Hash(Path.Combine(site.Output, feed)));
        Assert.Contains(File.ReadAllLines(Record), l => l.StartsWith("test-county\t", StringComparison.Ordinal) && l.Contains("\tes\t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("staticmap-feed-summaries 1\nother-county\tnot-a-key\ten\tplans/other-county/progress/2024.md\t<summary/>")]
    [InlineData("staticmap-feed-summaries 1\nother-county\t0000000000000000000000000000000000000000000000000000000000000000\ten\tplans/other-county/progress/2024.md\t<summary>\\x</summary>")]
    public void A_record_that_does_not_parse_is_ignored_and_every_summary_made(string record)
    {
        using var site = BuildCacheTests.TwoPlans();
        Succeeds(site.Build(cache: CacheFolder));
        File.WriteAllText(Record, record);
        site.Replace(TestSite.Plan + "/progress/2024.md", "note: Two cohorts completed.", "note: Three cohorts completed.");

        Succeeds(site.Build(cache: CacheFolder));
        Succeeds(site.Build(output: ColdOutput));

        Assert.Equal(Hash(Path.Combine(ColdOutput, "feed.xml")), Hash(Path.Combine(site.Output, "feed.xml")));
        Assert.StartsWith("staticmap-feed-summaries 1\nother-county\t", File.ReadAllText(Record), StringComparison.Ordinal);
    }

    private static string Replaced(string line)
    {
        var cells = line.Split('\t');
        cells[4] = $"<summary xmlns=\"http://www.w3.org/2005/Atom\">Kept for {cells[0]}.</summary>";
        return string.Join('\t', cells);
    }

    /// <summary>Each entry's summary as the feed writes it, by the entry's id.</summary>
    private static Dictionary<string, string> Summaries(string feed) =>
        XDocument.Load(feed).Root!.Elements(Atom + "entry").ToDictionary(
            e => e.Element(Atom + "id")!.Value,
            e => e.Element(Atom + "summary")!.ToString(SaveOptions.DisableFormatting).Replace(" xmlns=\"http://www.w3.org/2005/Atom\"", "", StringComparison.Ordinal));

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static BuildResult Succeeds(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
