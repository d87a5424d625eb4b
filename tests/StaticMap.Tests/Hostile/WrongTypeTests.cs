using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Wrong types everywhere: every field of plan.yml, of each component's front matter and of a progress report gets a
/// list where text is expected, a mapping where a list is expected, numbers, booleans and nulls. Each wrong collection
/// is reported as MAP012 exactly where it is written; nothing is an internal error.
/// </summary>
public class WrongTypeTests
{
    public static TheoryData<string> Files() =>
    [
        Plan + "/plan.yml",
        Plan + "/how-we-got-here.md",
        Plan + "/findings.md",
        Plan + "/theory-of-change.md",
        Plan + "/measurement-plan.md",
        Plan + "/sustainability.md",
        Plan + "/progress/2024.md",
    ];

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(Files))]
    public void Every_field_with_every_wrong_type_gets_a_positioned_diagnostic(string file)
    {
        using var site = Valid();
        var original = site.Read(file);
        var mutations = YamlMutations.All(file, original).ToList();
        Assert.True(mutations.Count >= 10, $"only {mutations.Count} mutations of {file}");
        var failures = new List<string>();
        foreach (var mutation in mutations)
        {
            site.Write(file, mutation.Text);
            var diagnostics = site.Check();
            if (diagnostics.FirstOrDefault(d => d.Code == "MAP099") is { } internalError)
            {
                failures.Add($"{mutation}: {internalError}");
                continue;
            }
            if (diagnostics.FirstOrDefault(d => Path.IsPathRooted(d.Span.Path) || d.Span.Line < 1 || d.Span.Column < 1) is { } unplaced)
                failures.Add($"{mutation}: diagnostic without a position: {unplaced}");
            if (mutation.IsWrongType && !diagnostics.Any(d => d.Code == "MAP012" && d.Span == mutation.At))
                failures.Add($"{mutation}: expected MAP012 at {mutation.At}; got {string.Join(" | ", diagnostics)}");
        }
        site.Write(file, original);
        Assert.True(failures.Count == 0, $"{failures.Count} of {mutations.Count} mutations of {file} went wrong:\n" + string.Join("\n", failures));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_wrong_type_fails_the_build_and_leaves_the_output_alone(string file)
    {
        using var site = Valid();
        var mutation = YamlMutations.All(file, site.Read(file)).First(m => m.IsWrongType && m.Replacement == YamlMutations.List);
        site.Write(file, mutation.Text);
        var d = HostileAssert.FailsWith(site, "MAP012", mutation.At);
        Assert.Contains(mutation.Field.Split('.', '[')[0], d.Message);
    }

    [Fact]
    public void A_plan_yml_that_is_a_list_a_text_or_a_number_is_a_wrong_type_at_line_1()
    {
        foreach (var text in new[] { "- title: x\n- summary: y\n", "just some text\n", "42\n", "\"quoted\"\n", "[a, b]\n" })
        {
            using var site = Valid();
            site.Write(Plan + "/plan.yml", text);
            var d = HostileAssert.FailsWith(site, "MAP012", new(Plan + "/plan.yml", 1, 1));
            Assert.Contains("plan.yml", d.Message);
        }
    }

    [Fact]
    public void Front_matter_that_is_a_list_or_a_text_is_a_wrong_type_at_line_2()
    {
        foreach (var yaml in new[] { "- component: findings\n", "findings\n", "[component, findings]\n" })
        {
            using var site = Valid();
            site.Write(Plan + "/sustainability.md", "---\n" + yaml + "---\nBody.\n");
            HostileAssert.FailsWith(site, "MAP012", new(Plan + "/sustainability.md", 2, 1));
        }
    }

    [Fact]
    public void Numbers_booleans_and_dates_where_text_is_expected_are_taken_as_written()
    {
        using var site = Valid();
        site.Replace(Plan + "/plan.yml", "title: Test County Mobility Action Plan", "title: 2024")
            .Replace(Plan + "/plan.yml", "  - name: Residents' advisory panel", "  - name: true")
            .Replace(Plan + "/sustainability.md", "    timeline: 2024-2027", "    timeline: 2027-01-01");
        HostileAssert.BuildSucceedsSafely(site);
        var overview = HostileAssert.Page(site.Output, "test-county/index.html");
        HostileAssert.ShowsText(overview, "h1", "2024");
    }

    [Fact]
    public void Keys_that_are_lists_mappings_or_null_are_malformed_yaml()
    {
        foreach (var (key, column) in new[] { ("[a, b]: x", 1), ("{a: b}: x", 1), ("? [a]\n: x", 3), ("~: x", 1), (": x", 3) })
        {
            using var site = Valid();
            site.Write(Plan + "/plan.yml", site.Read(Plan + "/plan.yml") + key + "\n");
            // The key itself; for a missing key, its value (YamlDotNet places an empty key at the key before it).
            HostileAssert.FailsWith(site, "MAP004", new(Plan + "/plan.yml", 24, column));
        }
    }
}
