using System.Text.RegularExpressions;
using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Rules;

public partial class RuleCatalogTests
{
    [GeneratedRegex(@"\bMAP\d{3}\b")]
    private static partial Regex Code();

    private static readonly string RulesDoc = File.ReadAllText(Path.Combine(Repository.Root, "docs", "rules.md"));

    [Fact]
    public void Every_rule_in_the_code_is_documented()
    {
        var documented = Code().Matches(RulesDoc).Select(m => m.Value).ToHashSet();
        var undocumented = TestRegistry.Default.Rules.All.Select(r => r.Code).Where(c => !documented.Contains(c)).ToArray();
        Assert.Equal([], undocumented);
    }

    [Fact]
    public void Every_documented_code_exists_in_the_code()
    {
        var inCode = TestRegistry.Default.Rules.All.Select(r => r.Code).ToHashSet();
        var unknown = Code().Matches(RulesDoc).Select(m => m.Value).Distinct().Where(c => !inCode.Contains(c)).ToArray();
        Assert.Equal([], unknown);
    }

    [Fact]
    public void Docs_rules_md_is_the_generated_reference()
    {
        Assert.Equal(RuleCatalog.ToMarkdown(TestRegistry.Default.Rules.All).ReplaceLineEndings(), RulesDoc.ReplaceLineEndings());
    }

    /// <summary>Messages name list entries from 1 ('updates[1]' is the first); the reference says so, since a programmer would
    /// read 'updates[1]' as the second (review3, 2026-12-07).</summary>
    [Fact]
    public void The_reference_says_list_entries_are_counted_from_1()
    {
        Assert.Contains("by its place counted from 1, as an author counts: `updates[1]` is the first\nentry of `updates`",
            RulesDoc.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var codes = TestRegistry.Default.Rules.All.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^MAP\\d{3}$", c));
    }

    [Fact]
    public void Every_rule_says_how_to_fix_it()
    {
        Assert.All(TestRegistry.Default.Rules.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title), r.Code);
            Assert.True(r.Help.Length > 20, $"{r.Code} needs help text that says how to fix the problem");
        });
    }
}
