using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Plan folders and file names with spaces, unicode, capitals, dots, markup and control characters; names the site
/// uses itself; extremely long names. Plan folder names become URLs, so a bad one is MAP009 (or MAP068); file names
/// are free, and any that reach a page are escaped.
/// </summary>
public class NameTests
{
    [Theory]
    [InlineData("Test County")]
    [InlineData("TEST-COUNTY")]
    [InlineData("tëst-county")]
    [InlineData("test_county")]
    [InlineData("...")]
    [InlineData("..test")]
    [InlineData("test..county")]
    [InlineData("-test-county")]
    [InlineData("test-county-")]
    [InlineData("test--county")]
    [InlineData("test%2f..%2fcounty")]
    [InlineData("<script>alert(1)<%2fscript>")]
    [InlineData("test\"onmouseover=alert(1)")]
    [InlineData("test\u202ecounty")]
    [InlineData("test\ncounty")]
    [InlineData("test\tcounty")]
    [InlineData(" test-county")]
    public void A_plan_folder_that_cannot_be_a_url_is_refused(string folder)
    {
        using var site = Valid();
        Directory.Move(site.FullPath(Plan), site.FullPath("plans/" + folder));
        var d = HostileAssert.FailsWith(site, "MAP009", SourceSpan.File("plans/" + folder));
        Assert.DoesNotContain("\n", d.Message.Replace(folder, ""));
    }

    [Fact]
    public void A_plan_folder_of_255_characters_is_refused()
    {
        using var site = Valid();
        var folder = string.Join("-", Enumerable.Repeat("abcdefghi", 25)) + "-abcde";
        Directory.Move(site.FullPath(Plan), site.FullPath("plans/" + folder));
        HostileAssert.FailsWith(site, "MAP009", SourceSpan.File("plans/" + folder));
    }

    [Theory]
    [InlineData("assets")]
    [InlineData("static")]
    [InlineData("pagefind")]
    [InlineData("plans")]
    [InlineData("search")]
    [InlineData("404")]
    public void A_plan_folder_named_like_the_sites_own_folders_is_refused(string folder)
    {
        using var site = Valid();
        Directory.Move(site.FullPath(Plan), site.FullPath("plans/" + folder));
        HostileAssert.FailsWith(site, "MAP068", SourceSpan.File("plans/" + folder));
    }

    [Fact]
    public void A_hidden_folder_in_plans_is_reported_as_a_bad_plan_id()
    {
        using var site = Valid();
        site.CopyFolder(Plan, "plans/.hidden");
        HostileAssert.FailsWith(site, "MAP009", SourceSpan.File("plans/.hidden"));
    }

    [Fact]
    public void A_plan_folder_nested_in_a_plan_is_not_a_second_plan()
    {
        using var site = Valid();
        site.CopyFolder(Plan, Plan + "/plans/other-county");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "other-county")));
    }

    [Theory]
    [InlineData("Find ings.md")]
    [InlineData("FINDINGS.MD")]
    [InlineData("fïndïngs.md")]
    [InlineData("<script>alert(1)<script>.md")]
    [InlineData("find\"ings.md")]
    [InlineData("find'ings.md")]
    [InlineData("find\u202eings.md")]
    public void Component_file_names_are_free_and_never_reach_a_page_unescaped(string name)
    {
        using var site = Valid();
        File.Move(site.FullPath(Plan + "/findings.md"), site.FullPath(Plan + "/" + name));
        site.Replace(Plan + "/how-we-got-here.md", "Read the [findings](findings.md)", "Read the findings");
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "findings", "index.html")));
    }

    [Theory]
    [InlineData("my map.svg", "my%20map.svg")]
    [InlineData("Ünïcode.svg", "%C3%9Cn%C3%AFcode.svg")]
    [InlineData("<script>.svg", "%3Cscript%3E.svg")]
    [InlineData("\"onerror=alert(1).svg", "%22onerror=alert(1).svg")]
    [InlineData("a'b.svg", "a'b.svg")]
    public void Asset_names_with_markup_are_escaped_in_links(string name, string linked)
    {
        using var site = Valid();
        File.Copy(site.FullPath(Plan + "/assets/coalition.svg"), site.FullPath(Plan + "/assets/" + name));
        site.Write(Plan + "/how-we-got-here.md", site.Read(Plan + "/how-we-got-here.md") + $"\n![Chart](assets/{linked})\n\n[Download](<assets/{name}>)\n");
        var diagnostics = HostileAssert.Check(site);
        if (diagnostics.Any(d => d.IsError))
        {
            // A name that cannot be written as a link is reported where it is written, never crashes.
            Assert.All(diagnostics.Where(d => d.IsError), d => Assert.Equal(Plan + "/how-we-got-here.md", d.Span.Path));
            return;
        }
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "assets", name)));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>.md")]
    [InlineData("About Us.md")]
    [InlineData("ÜBER.md")]
    [InlineData("a\"b.md")]
    public void Site_page_names_with_markup_become_safe_urls_and_titles(string name)
    {
        using var site = Valid();
        site.Write("input/" + name, "Some text.\n");
        HostileAssert.BuildSucceedsSafely(site);
    }

    [Fact]
    public void Two_site_pages_with_the_same_url_are_reported_not_overwritten()
    {
        using var site = Valid();
        site.Write("input/about.md", "---\ntitle: First\n---\nFirst page.\n")
            .Write("input/About.md", "---\ntitle: Second\n---\nSecond page.\n");
        var diagnostics = HostileAssert.BuildFails(site);
        Assert.Contains(diagnostics, d => d.Code == "MAP068" && d.Span.Path is "input/About.md" or "input/about.md");
    }

    [Theory]
    [InlineData("2024 .md")]
    [InlineData("2024.MD")]
    [InlineData("20240.md")]
    [InlineData("..2024.md")]
    [InlineData("year-2024.md")]
    [InlineData("<script>.md")]
    public void Progress_file_names_that_are_not_a_year_are_reported(string name)
    {
        using var site = Valid();
        File.Move(site.FullPath(Plan + "/progress/2024.md"), site.FullPath(Plan + "/progress/" + name));
        site.Replace(Plan + "/how-we-got-here.md", " and the [2024 progress report](progress/2024.md)", "");
        var diagnostics = HostileAssert.Check(site);
        if (name.StartsWith('.'))
        {
            // A hidden file is not read: no diagnostic names it.
            Assert.DoesNotContain(diagnostics, d => d.Span.Path.Contains(name, StringComparison.Ordinal) || d.Message.Contains(name, StringComparison.Ordinal));
            return;
        }
        if (name == "2024.MD")
        {
            Assert.DoesNotContain(diagnostics, d => d.IsError);
            return;
        }
        HostileAssert.Has(diagnostics, "MAP041", SourceSpan.File(Plan + "/progress/" + name));
        HostileAssert.BuildFails(site);
    }
}
