using System.Diagnostics;
using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Alias bombs (billion laughs), YAML nested 10,000 levels deep as lists and as mappings, and YAML with too many
/// values, in every kind of file that holds YAML. Each is refused at the first anchor (MAP005) or at the level or
/// value over the limit (MAP006), quickly and without a stack overflow.
/// </summary>
public class YamlBombTests
{
    private const string PlanYml = Plan + "/plan.yml";

    /// <summary>Where YAML is written, and how hostile YAML is appended to it.</summary>
    public static TheoryData<string> YamlFiles() =>
    [
        PlanYml,
        Plan + "/findings.md",
        Plan + "/theory-of-change.md",
        Plan + "/progress/2024.md",
        "input/index.md",
    ];

    /// <summary>Adds top-level YAML to plan.yml, or to the end of a file's front matter.</summary>
    private static void AddYaml(TestSite site, string file, string yaml)
    {
        var text = site.Read(file);
        if (file.EndsWith(".yml", StringComparison.Ordinal))
        {
            site.Write(file, text + yaml);
            return;
        }
        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        site.Write(file, text[..(close + 1)] + yaml + text[(close + 1)..]);
    }

    private static string BillionLaughs()
    {
        var bomb = new StringBuilder("lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i <= 9; i++)
            bomb.Append($"lol{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        return bomb.ToString();
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Billion_laughs_is_refused_at_the_first_anchor_quickly(string file)
    {
        using var site = Valid();
        AddYaml(site, file, BillionLaughs());
        var clock = Stopwatch.StartNew();
        HostileAssert.FailsWith(site, "MAP005", site.PositionOf(file, "&a0"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_alias_bomb_written_aliases_first_is_refused_at_the_first_alias()
    {
        using var site = Valid();
        // Aliases in a flow list before any anchor: the parser reports the first alias, nothing is expanded.
        AddYaml(site, PlanYml, "bomb: [*x, *x, *x]\n");
        var d = HostileAssert.FailsWith(site, "MAP005", site.PositionOf(PlanYml, "[*x", 1));
        Assert.Contains("x", d.Message);
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Ten_thousand_nested_flow_lists_are_refused_at_level_65(string file)
    {
        using var site = Valid();
        AddYaml(site, file, "deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var deep = site.PositionOf(file, "deep: ");
        var d = HostileAssert.FailsWith(site, "MAP006", deep with { Column = deep.Column + "deep: ".Length + 63 });
        Assert.Contains("nested more than 64 levels", d.Message);
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Ten_thousand_nested_flow_mappings_are_refused_at_level_65(string file)
    {
        using var site = Valid();
        AddYaml(site, file, "deep: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "x" + new string('}', 10_000) + "\n");
        var deep = site.PositionOf(file, "deep: ");
        HostileAssert.FailsWith(site, "MAP006", deep with { Column = deep.Column + "deep: ".Length + 63 * "{a: ".Length });
    }

    [Fact]
    public void Ten_thousand_nested_block_lists_are_refused_at_level_65()
    {
        using var site = Valid();
        AddYaml(site, PlanYml, "deep:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");
        var line = site.PositionOf(PlanYml, "deep:").Line + 1;
        // Level 1 is the file's mapping; the first '-' opens level 2 at column 3, each next one two columns on.
        HostileAssert.FailsWith(site, "MAP006", new SourceSpan(PlanYml, line, 3 + 63 * 2));
    }

    [Fact]
    public void A_thousand_nested_block_mappings_are_refused_at_level_65()
    {
        using var site = Valid();
        var yaml = new StringBuilder("deep:\n");
        for (var level = 1; level <= 1000; level++) yaml.Append(' ', 2 * level).Append(level == 1000 ? "a: x\n" : "a:\n");
        AddYaml(site, PlanYml, yaml.ToString());
        var line = site.PositionOf(PlanYml, "deep:").Line;
        // deep's mapping is level 2 on the next line; level 65 opens 63 lines further down, at its first key.
        HostileAssert.FailsWith(site, "MAP006", new SourceSpan(PlanYml, line + 64, 2 * 64 + 1));
    }

    [Trait("Category", "Slow")]
    [Theory]
    [InlineData(Plan + "/measurement-plan.md")]
    [InlineData(PlanYml)]
    public void Two_hundred_thousand_values_are_refused_as_too_many(string file)
    {
        using var site = Valid();
        AddYaml(site, file, "many: [" + string.Join(",", Enumerable.Repeat("1", 210_000)) + "]\n");
        var clock = Stopwatch.StartNew();
        var diagnostics = HostileAssert.BuildFails(site);
        var d = Assert.Single(diagnostics, x => x.Code == "MAP006");
        Assert.Equal(file, d.Span.Path);
        Assert.Contains("more than 200,000 values", d.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }
}
