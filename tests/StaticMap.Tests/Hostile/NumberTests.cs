using System.Diagnostics;
using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Numbers that were changed or dropped silently: "1,5" became 15 in the chart and "$1,5" in the table, .nan and words
/// were dropped without a word, lb &gt; ub was swapped, a 500,000-row CSV made a 58 MB page. Each is now one diagnostic
/// at its position, every one of them in the same run, and nothing but parsed numbers reaches a page.
/// </summary>
[Collection(HangGuard.Collection)]
public class NumberTests
{
    private const string Progress = Plan + "/progress/2024.md";
    private const string Measurement = Plan + "/measurement-plan.md";
    private const string Csv = Plan + "/data/jobs-program.csv";

    private static readonly string[] Probe = ["\"1,5\"", ".nan", ".inf", "1e309", "0x10", "about half", "45%", "\"1,500\"", "-.inf", "0o17", "1_000", "+5"];

    [Fact]
    public void Every_probe_value_is_one_diagnostic_at_its_line_in_one_run()
    {
        using var site = Valid();
        var updates = new StringBuilder("---\nyear: 2024\nupdates:\n");
        foreach (var value in Probe) updates.Append($"  - indicator: trainees\n    value: {value}\n    status: on-track\n");
        site.Write(Progress, updates + "---\nA year.\n");
        var diagnostics = HostileAssert.BuildFails(site).Where(d => d.Span.Path == Progress).ToList();
        // The same indicator several times is MAP035 (one per repeat); the values are what this test is about.
        var numbers = diagnostics.Where(d => d.Code == "MAP042").ToList();
        Assert.Equal(Probe.Length, numbers.Count);
        for (var i = 0; i < Probe.Length; i++)
        {
            Assert.Equal(new SourceSpan(Progress, 5 + 3 * i, 12), numbers[i].Span);
            Assert.StartsWith($"'updates[{i + 1}].value' is '{Probe[i].Trim('"')}', which is not a plain number; ", numbers[i].Message);
        }
        Assert.All(diagnostics, d => Assert.Contains(d.Code, new[] { "MAP042", "MAP035" }));
    }

    [Theory]
    [InlineData("\"<script>alert(506)</script>120\"")]
    [InlineData("\"\\\"><img src=x onerror=alert(507)>300\"")]
    [InlineData("\"=HYPERLINK(\\\"https://evil.example/\\\")\"")]
    [InlineData("\"-2+3+cmd|' /C calc'!A0\"")]
    public void Markup_and_formulas_as_values_are_refused(string value)
    {
        using var site = Valid();
        site.Replace(Measurement, "baseline: {value: 120, year: 2023}", "baseline: {value: " + value + ", year: 2023}");
        var d = HostileAssert.FailsWith(site, "MAP042", site.PositionOf(Measurement, value));
        Assert.Single(HostileAssert.Check(site));
        Assert.True(d.Message.Length < 400, d.Message);
    }

    [Fact]
    public void A_four_megabyte_number_is_reported_in_reasonable_time_with_a_short_message()
    {
        using var site = Valid();
        site.Replace(Progress, "value: 150", "value: " + new string('9', 4_000_000));
        var clock = Stopwatch.StartNew();
        var diagnostics = HostileAssert.Check(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
        var d = Assert.Single(diagnostics);
        Assert.Equal("MAP042", d.Code);
        Assert.True(d.Message.Length < 300, d.Message);
        Assert.Contains("more than 15 digits before the decimal point", d.Message);
    }

    [Fact]
    public void A_csv_with_half_a_million_rows_is_refused_without_writing_a_page()
    {
        using var site = Valid();
        var csv = new StringBuilder("year,value,subgroup_type,subgroup,lb,ub\n", 16_000_000);
        for (var g = 0; g < 2_500; g++)
        for (var y = 1900; y <= 2100; y++)
            csv.Append(y).Append(",5,race-ethnicity,Group ").Append(g).Append(",4,6\n");
        site.Write(Csv, csv.ToString());
        var clock = Stopwatch.StartNew();
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.True(clock.Elapsed < HangGuard.Limit, $"took {clock.Elapsed}");
        var d = Assert.Single(diagnostics);
        Assert.Equal(("MAP045", new SourceSpan(Csv, 20_002, 1)), (d.Code, d.Span));
    }

    [Fact]
    public void Bounds_the_wrong_way_round_never_reach_the_page_swapped()
    {
        using var site = Valid();
        site.Write(Csv, "year,value,lb,ub\n2021,40,50,30\n2022,75,70,80\n");
        var result = HostileAssert.BuildSucceedsSafely(site);
        Assert.Equal(["MAP043"], result.Diagnostics.Where(d => d.Code != "MAP094").Select(d => d.Code));
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        var rows = page.QuerySelectorAll("tr").Select(r => r.TextContent).Where(t => t.Contains("2021") || t.Contains("2022")).ToList();
        Assert.DoesNotContain(rows, r => r.Contains("30 to 50 people") || r.Contains("50 to 30 people"));
        // The unit once, after the upper bound (review, 2026-12-07: "1,981 public-school students to 1,991 public-school students").
        Assert.Contains(rows, r => r.Contains("70 to 80 people"));
        Assert.DoesNotContain(rows, r => r.Contains("people to"));
    }
}
