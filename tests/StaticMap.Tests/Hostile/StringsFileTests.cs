using System.Diagnostics;
using System.Text;
using StaticMap.Core.Preview;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// The theme's strings files (theme/strings/&lt;lang&gt;.yml) are read by the same positioned YAML loader as plan files:
/// an alias bomb or an alias to itself is MAP005 at the first anchor, deep nesting MAP006, never an OutOfMemoryException
/// or a stack overflow; the preview keeps serving the last good site; and <c>check</c> reports every strings-file problem
/// <c>build</c> does.
/// </summary>
public class StringsFileTests
{
    private const string Strings = "theme/strings/en.yml";

    private static TestSite WithStrings(string yaml)
    {
        var site = Valid().WithOwnTheme();
        site.Write(Strings, yaml);
        return site;
    }

    private static string BillionLaughs()
    {
        var bomb = new StringBuilder("lol0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var i = 1; i <= 9; i++)
            bomb.Append($"lol{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        return bomb.ToString();
    }

    [Fact]
    public void An_alias_bomb_in_a_strings_file_is_refused_at_the_first_anchor_by_build_and_check()
    {
        using var site = WithStrings("nav:\n  home: Home\n" + BillionLaughs());
        var at = site.PositionOf(Strings, "&a0");
        var clock = Stopwatch.StartNew();
        var d = HostileAssert.FailsWith(site, "MAP005", at);
        Assert.Equal("YAML anchors and aliases ('&a0', '*a0') are not supported in plans or strings files; write the value out in full", d.Message);
        HostileAssert.Has(HostileAssert.Check(site), "MAP005", at);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void An_alias_to_itself_exits_1_with_the_position_and_no_trace()
    {
        using var site = WithStrings("nav:\n  home: Home\nloop: &self [*self]\n");
        foreach (var command in new[] { "check", "build" })
        {
            var (exit, output, error) = StaticMapProcess.Run(command, "--root", site.Root);
            Assert.True(exit == 1, $"{command}: exit {exit}\n{output}\n{error}");
            var all = output + error;
            Assert.Contains($"{Strings}(3,7)", all);
            Assert.Contains("MAP005", all);
            Assert.DoesNotContain("Stack overflow", all);
            Assert.DoesNotContain("   at ", all);
        }
    }

    [Fact]
    public void Strings_nested_too_deep_are_MAP006()
    {
        using var site = WithStrings("deep: " + new string('[', 10_000) + new string(']', 10_000) + "\n");
        var deep = site.PositionOf(Strings, "deep: ");
        HostileAssert.FailsWith(site, "MAP006", deep with { Column = deep.Column + "deep: ".Length + 63 });
    }

    [Fact]
    public void The_preview_reports_an_alias_to_itself_and_keeps_serving_the_last_good_site()
    {
        using var site = Valid().WithOwnTheme();
        var preview = new PreviewSite(site.Root, clock: TestClock.Provider);
        Assert.True(preview.Rebuild().SiteChanged);
        var served = preview.Site;
        site.Write(Strings, "nav:\n  home: Home\nloop: &self [*self]\n");
        var update = preview.Rebuild([Strings]);
        Assert.False(update.SiteChanged);
        HostileAssert.Has(update.Result.Diagnostics, "MAP005", site.PositionOf(Strings, "&self"));
        Assert.Same(served, preview.Site);
        Assert.True(preview.Site.TryGet("index.html", out _));

        site.Write(Strings, "nav:\n  home: Home\n");
        var fixedUpdate = preview.Rebuild([Strings]);
        Assert.True(fixedUpdate.SiteChanged, string.Join("\n", fixedUpdate.Result.Diagnostics));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void Check_reports_every_strings_file_problem_build_reports()
    {
        using var site = WithStrings("nav:\n  home:\n    - Home\n");
        var at = site.PositionOf(Strings, "- Home");
        var built = HostileAssert.BuildFails(site).Where(d => d.Span.Path.StartsWith("theme/", StringComparison.Ordinal)).ToList();
        var d = HostileAssert.Has(built, "MAP080", at);
        Assert.Equal("template error: 'nav.home' must be a text or a mapping of texts, not a list", d.Message);
        var checkedTheme = HostileAssert.Check(site).Where(x => x.Span.Path.StartsWith("theme/", StringComparison.Ordinal)).ToList();
        Assert.Equal(built, checkedTheme);

        var (exit, output, error) = StaticMapProcess.Run("check", "--root", site.Root);
        Assert.True(exit == 1, $"exit {exit}\n{output}\n{error}");
        Assert.Contains($"{Strings}({at.Line},{at.Column})", output + error);
    }

    [Theory]
    [InlineData("zz-ZZ")]
    [InlineData("not a culture")]
    [InlineData("es_US")]
    public void An_unknown_culture_is_an_error_at_its_value(string culture)
    {
        using var site = Valid().WithOwnTheme();
        site.Write("theme/strings/es.yml", $"language:\n  name: Español\n  culture: '{culture}'\n");
        var at = site.PositionOf("theme/strings/es.yml", $"'{culture}'");
        var d = HostileAssert.FailsWith(site, "MAP080", at);
        Assert.Equal($"template error: language.culture '{culture}' is not a culture numbers and dates can be written in; write a language and region such as en-US, es-US or es-MX", d.Message);
        HostileAssert.Has(HostileAssert.Check(site), "MAP080", at);
    }

    [Fact]
    public void A_known_culture_is_accepted()
    {
        using var site = Valid().WithOwnTheme();
        site.Write("theme/strings/es.yml", "language:\n  name: Español\n  culture: es-MX\n");
        Assert.DoesNotContain(HostileAssert.Check(site), d => d.IsError);
    }
}
