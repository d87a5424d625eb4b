using System.Text;
using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Rules;

/// <summary>Rules of the read stage: files, encodings and YAML syntax (MAP001–MAP009, MAP066, MAP067).</summary>
public class ReadRuleTests
{
    private const string PlanYml = Plan + "/plan.yml";
    private const string Findings = Plan + "/findings.md";

    [Fact]
    public void MAP001_plan_without_plan_yml()
    {
        using var site = Valid();
        site.Delete(PlanYml);
        var d = RuleAssert.Single(site, "MAP001", SourceSpan.File(PlanYml));
        Assert.Contains("has no plan.yml", d.Message);
    }

    [Fact]
    public void MAP001_plan_yaml_spelling_is_named_in_the_fix()
    {
        using var site = Valid();
        site.Write(Plan + "/plan.yaml", site.Read(PlanYml)).Delete(PlanYml);
        var d = RuleAssert.Single(site, "MAP001", SourceSpan.File(PlanYml));
        Assert.Contains("rename the file to plan.yml", d.Message);
    }

    [Fact]
    public void MAP002_a_50_MB_markdown_file_is_refused_without_reading_it()
    {
        using var site = Valid();
        using (var file = File.Create(site.FullPath(Findings))) file.SetLength(50L * 1024 * 1024);
        var d = RuleAssert.Single(site, "MAP002", SourceSpan.File(Findings));
        Assert.Contains("50 MB", d.Message);
    }

    [Fact]
    public void MAP003_invalid_utf8_points_at_the_first_bad_byte()
    {
        using var site = Valid();
        var text = site.Read(Findings).Replace("Employment is high", "Employment is \u0001igh");
        var bytes = Encoding.UTF8.GetBytes(text);
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xFF;
        site.WriteBytes(Findings, bytes);
        var expected = site.PositionOf(Findings, "Employment is ", "Employment is ".Length);
        var d = RuleAssert.Single(site, "MAP003", expected);
        Assert.Contains("0xFF", d.Message);
    }

    [Fact]
    public void MAP004_malformed_yaml_reports_the_parser_position_not_an_exception()
    {
        using var site = Valid();
        // A colon and a space inside an unquoted value: the commonest YAML mistake in prose fields.
        site.Replace(PlanYml, "summary: A small plan", "summary: Our plan: a small plan");
        var d = RuleAssert.Single(site, "MAP004", site.PositionOf(PlanYml, "plan: a small", "plan".Length));
        Assert.StartsWith("malformed YAML:", d.Message);
    }

    [Fact]
    public void MAP004_an_unclosed_flow_list_is_reported_too()
    {
        using var site = Valid();
        site.Replace(PlanYml, "peers:\n  - \"42003\"", "peers: [\"42003\"");
        var d = Assert.Single(site.Check());
        Assert.Equal("MAP004", d.Code);
        Assert.Equal(PlanYml, d.Span.Path);
        Assert.InRange(d.Span.Line, site.PositionOf(PlanYml, "peers: [").Line, site.PositionOf(PlanYml, "language:").Line);
    }

    [Fact]
    public void MAP004_malformed_front_matter_has_file_line_numbers()
    {
        using var site = Valid();
        site.Replace(Findings, "    compare: peers", "    compare: 'peers");
        var d = Assert.Single(site.Check());
        Assert.Equal("MAP004", d.Code);
        Assert.Equal(site.PositionOf(Findings, "'peers").Line, d.Span.Line);
    }

    [Fact]
    public void MAP005_yaml_alias_bomb_is_refused_at_the_anchor()
    {
        using var site = Valid();
        var bomb = new StringBuilder("bomb:\n  a: &a [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]\n");
        for (var i = 1; i < 10; i++) bomb.Append($"  b{i}: &b{i} [*{(i == 1 ? "a" : "b" + (i - 1))}, *{(i == 1 ? "a" : "b" + (i - 1))}]\n");
        site.Write(PlanYml, site.Read(PlanYml) + bomb);
        RuleAssert.Single(site, "MAP005", site.PositionOf(PlanYml, "&a"));
    }

    [Fact]
    public void MAP006_deeply_nested_yaml_is_refused_without_a_stack_overflow()
    {
        using var site = Valid();
        site.Write(PlanYml, site.Read(PlanYml) + "deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var deep = site.PositionOf(PlanYml, "deep: ");
        // The mapping is level 1, so the 64th bracket would open level 65.
        var d = RuleAssert.Single(site, "MAP006", deep with { Column = deep.Column + "deep: ".Length + 63 });
        Assert.Contains("nested more than 64 levels", d.Message);
    }

    [Fact]
    public void MAP007_component_without_front_matter()
    {
        using var site = Valid();
        site.Write(Plan + "/sustainability.md", "Just narrative, no front matter.\n");
        var diagnostics = site.Check();
        var d = Assert.Single(diagnostics);
        Assert.Equal("MAP007", d.Code);
        Assert.Equal(SourceSpan.File(Plan + "/sustainability.md"), d.Span);
    }

    [Fact]
    public void MAP007_unclosed_front_matter()
    {
        using var site = Valid();
        site.Write(Plan + "/sustainability.md", "---\ncomponent: sustainability\nNarrative without a closing fence.\n");
        var d = RuleAssert.Single(site, "MAP007", SourceSpan.File(Plan + "/sustainability.md"));
        Assert.Contains("never closed", d.Message);
    }

    [Fact]
    public void MAP008_key_written_twice_points_at_the_second()
    {
        using var site = Valid();
        site.Replace(PlanYml, "language: en", "language: en\nsummary: Again.");
        RuleAssert.Single(site, "MAP008", site.PositionOf(PlanYml, "summary: Again."));
    }

    [Fact]
    public void MAP009_plan_folder_with_spaces_and_capitals()
    {
        using var site = Valid();
        site.Move(Plan, "plans/Test County");
        var d = RuleAssert.Single(site, "MAP009", SourceSpan.File("plans/Test County"));
        Assert.Contains("'test-county'", d.Message);
    }

    [Fact]
    public void MAP066_symlink_out_of_the_repository_is_not_followed()
    {
        using var site = Valid();
        File.CreateSymbolicLink(site.FullPath(Plan + "/data/secrets.csv"), "/etc/passwd");
        RuleAssert.Single(site, "MAP066", SourceSpan.File(Plan + "/data/secrets.csv"));
    }

    [Fact]
    public void MAP067_binary_file_is_reported_not_parsed()
    {
        using var site = Valid();
        site.WriteBytes(Plan + "/sustainability.md", [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01, 0x02]);
        RuleAssert.Single(site, "MAP067", SourceSpan.File(Plan + "/sustainability.md"));
    }

    [Fact]
    public void Valid_site_passes_every_read_rule()
    {
        using var site = Valid();
        Assert.DoesNotContain(site.Check(), d => string.CompareOrdinal(d.Code, "MAP010") < 0 || d.Code is "MAP066" or "MAP067");
    }
}
