using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Path traversal in every field that names a file: the findings 'file:', and Markdown links and images in every
/// component, progress report and site page: '../', absolute paths, file://, URL-encoded '%2e%2e/', backslashes and
/// NUL. Each is reported where it is written, and nothing outside the repository is read or published.
/// </summary>
public class PathTraversalTests
{
    private const string Findings = Plan + "/findings.md";

    /// <summary>A 'file:' value and the rule it breaks: MAP061 when it leaves the plan, MAP062 when it stays inside but names nothing.</summary>
    public static TheoryData<string, string> DataFileValues() => new()
    {
        { "../../../../../../etc/passwd", "MAP061" },
        { "data/../../../etc/passwd", "MAP061" },
        { "../test-county/data/jobs-program.csv", "MAP061" },
        { "/etc/passwd", "MAP061" },
        { "file:///etc/passwd", "MAP061" },
        { "https://example.org/data.csv", "MAP061" },
        { "~/secrets.csv", "MAP061" },
        { "C:\\\\Windows\\\\win.ini", "MAP061" },
        { "..\\\\..\\\\etc\\\\passwd", "MAP061" },
        { "data\\\\jobs-program.csv", "MAP061" },
        { "data/\\0jobs-program.csv", "MAP061" },
        { "data/jobs-program.csv\\0.txt", "MAP061" },
        { "%2e%2e/%2e%2e/etc/passwd", "MAP062" },
        { "data/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "MAP062" },
        { "..", "MAP061" },
        { ".", "MAP061" },
        { "data/..", "MAP061" },
        { "data/../plan.yml", "MAP062" },
        { "assets/coalition.svg", "MAP062" },
        { "DATA/JOBS-PROGRAM.CSV", "MAP062" },
    };

    [Theory]
    [MemberData(nameof(DataFileValues))]
    public void A_findings_file_outside_the_plan_or_missing_is_reported_where_written(string value, string code)
    {
        using var site = Valid();
        site.Replace(Findings, "  - file: data/jobs-program.csv", "  - file: \"" + value + "\"");
        var at = site.PositionOf(Findings, "  - file: \"", "  - file: ".Length);
        HostileAssert.FailsWith(site, code, at);
    }

    /// <summary>Every Markdown file a link can be written in.</summary>
    public static readonly string[] MarkdownFiles =
    [
        Plan + "/how-we-got-here.md", Findings, Plan + "/theory-of-change.md", Plan + "/measurement-plan.md",
        Plan + "/sustainability.md", Plan + "/progress/2024.md", "input/index.md", "input/accessibility.md",
    ];

    /// <summary>A link address and the rule it breaks.</summary>
    public static readonly (string Address, string Code)[] Addresses =
    [
        ("../../../../../../../etc/passwd", "MAP061"),
        ("%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "MAP061"),
        ("..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "MAP061"),
        ("/etc/passwd", "MAP063"),
        ("/../../etc/passwd", "MAP063"),
        ("file:///etc/passwd", "MAP065"),
        ("FILE:/etc/passwd", "MAP065"),
        ("..\\..\\..\\etc\\passwd", "MAP065"),
        ("a%00b.md", "MAP063"),
        // Inside the repository from a plan file, above it from input/: either way not published.
        ("../../.git/config", "MAP063|MAP061"),
        ("../../theme/layouts/base.sbn-html", "MAP063|MAP061"),
        ("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "MAP065"),
    ];

    public static TheoryData<string, string, string> LinksInEveryFile()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in MarkdownFiles)
        foreach (var (address, code) in Addresses)
            data.Add(file, address, code);
        return data;
    }

    // The sweeps (every address in every Markdown file, a build each: 250 builds) are Slow; the reference-style and raw
    // HTML tests below keep the three codes, for links and images, in the fast suite.
    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(LinksInEveryFile))]
    public void A_link_that_leaves_the_repository_is_reported_where_written(string file, string address, string code)
    {
        using var site = Valid();
        site.Write(file, site.Read(file) + "\n\nSee [the secret](" + address + ").\n");
        var at = site.PositionOf(file, "[the secret]");
        var diagnostics = code == "MAP065" ? SucceedsOrFails(site) : HostileAssert.BuildFails(site);
        HasOneOf(diagnostics, code, at);
        AssertNotPublished(site);
    }

    [Trait("Category", "Slow")]
    [Theory]
    [MemberData(nameof(LinksInEveryFile))]
    public void An_image_that_leaves_the_repository_is_reported_where_written(string file, string address, string code)
    {
        using var site = Valid();
        site.Write(file, site.Read(file) + "\n\n![The secret](" + address + ")\n");
        var at = site.PositionOf(file, "![The secret]");
        var diagnostics = code == "MAP065" ? SucceedsOrFails(site) : HostileAssert.BuildFails(site);
        HasOneOf(diagnostics, code, at);
        AssertNotPublished(site);
    }

    [Theory]
    [InlineData("../../../../../../etc/passwd", "MAP061")]
    [InlineData("/etc/passwd", "MAP063")]
    [InlineData("file:///etc/passwd", "MAP065")]
    public void A_reference_style_link_that_leaves_the_repository_is_reported_at_the_link(string address, string code)
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\nSee [the secret][s] and ![an image][s].\n\n[s]: " + address + "\n");
        var diagnostics = code == "MAP065" ? SucceedsOrFails(site) : HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, code, site.PositionOf(Findings, "[the secret]"));
        HostileAssert.Has(diagnostics, code, site.PositionOf(Findings, "![an image]"));
    }

    /// <summary>Raw HTML addresses are checked like Markdown's: each is reported where its element starts, none is read.</summary>
    [Fact]
    public void Raw_html_addresses_outside_the_site_are_reported_and_never_become_file_reads()
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n<a href=\"file:///etc/passwd\">a</a> <img src=\"../../../../etc/passwd\" alt=\"b\"> <img src=\"/etc/passwd\" alt=\"c\">\n");
        var diagnostics = HostileAssert.BuildFails(site);
        HostileAssert.Has(diagnostics, "MAP065", site.PositionOf(Findings, "<a href=\"file:"));
        HostileAssert.Has(diagnostics, "MAP061", site.PositionOf(Findings, "<img src=\"../"));
        HostileAssert.Has(diagnostics, "MAP063", site.PositionOf(Findings, "<img src=\"/etc"));
        AssertNotPublished(site);
    }

    [Fact]
    public void A_removed_raw_html_file_link_never_reaches_the_page()
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n<a href=\"file:///etc/passwd\">a</a>\n");
        HostileAssert.BuildSucceedsSafely(site);
        AssertNotPublished(site);
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("file:", StringComparison.OrdinalIgnoreCase));
    }

    private static void HasOneOf(IReadOnlyList<StaticMap.Core.Diagnostics.Diagnostic> diagnostics, string codes, StaticMap.Core.Diagnostics.SourceSpan at)
    {
        var wanted = codes.Split('|');
        Assert.True(diagnostics.Any(d => wanted.Contains(d.Code) && d.Span == at),
            $"expected {codes} at {at}; got:\n{string.Join("\n", diagnostics)}");
    }

    /// <summary>A link that is removed (MAP065, a warning) may build; the page is safe either way.</summary>
    private static IReadOnlyList<StaticMap.Core.Diagnostics.Diagnostic> SucceedsOrFails(TestSite site)
    {
        var diagnostics = HostileAssert.Check(site);
        if (diagnostics.Any(d => d.IsError)) return HostileAssert.BuildFails(site);
        HostileAssert.BuildSucceedsSafely(site);
        return diagnostics;
    }

    /// <summary>Nothing outside the repository was copied or quoted into the output.</summary>
    internal static void AssertNotPublished(TestSite site)
    {
        if (!Directory.Exists(site.Output)) return;
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".js", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("root:x:0:0", text);
            Assert.DoesNotContain("[core]", text);
        }
    }
}
