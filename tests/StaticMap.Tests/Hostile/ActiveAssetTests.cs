using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Assets are published as they are, at the site's address: an SVG with a script or an event attribute, or an HTML or
/// JavaScript file, would run as part of the site as soon as someone opens it (one link in a narrative is enough).
/// Each is MAP069 where the script is (the element, or the attribute that holds it); a plain SVG builds. The allow-list
/// behind the SVG check is tested in <see cref="SvgAllowListTests"/>.
/// </summary>
public class ActiveAssetTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n";

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>", " onload=")]
    [InlineData("<a href=\"javascript:alert(1)\"><text>x</text></a>", "href=")]
    [InlineData("<a xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"javascript:alert(1)\"><text>x</text></a>", "xlink:href=")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "<foreignObject")]
    [InlineData("<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>", "attributeName=")]
    [InlineData("<image href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"/>", "href=\"data:")]
    [InlineData("<SCRIPT>alert(1)</SCRIPT>", "<SCRIPT>")]
    public void An_svg_that_runs_script_is_refused_where_the_script_is(string element, string at)
    {
        using var site = Valid();
        site.Write(Plan + "/assets/map.svg", Svg + element + "\n</svg>\n");
        var expected = site.PositionOf(Plan + "/assets/map.svg", at, at.StartsWith(' ') ? 1 : 0);
        var d = HostileAssert.FailsWith(site, "MAP069", expected);
        Assert.Contains("SVG", d.Message);
    }

    [Theory]
    [InlineData(Plan + "/assets/report.html")]
    [InlineData(Plan + "/assets/REPORT.HTM")]
    [InlineData(Plan + "/assets/deep/er/tool.js")]
    [InlineData(Plan + "/assets/data.xml")]
    [InlineData("input/assets/page.xhtml")]
    [InlineData("input/assets/map.svgz")]
    public void A_web_page_or_script_in_assets_is_refused(string file)
    {
        using var site = Valid();
        site.Write(file, "<script>alert(1)</script>\n");
        HostileAssert.FailsWith(site, "MAP069", SourceSpan.File(file));
    }

    [Fact]
    public void A_scripted_svg_in_the_site_assets_is_refused()
    {
        using var site = Valid().OnDisk(); // one SVG on disk: MAP069 reads it through RepositoryFiles there as it does in memory
        site.Write("input/assets/logo.svg", Svg + "<script>alert(1)</script>\n</svg>\n");
        HostileAssert.FailsWith(site, "MAP069", site.PositionOf("input/assets/logo.svg", "<script>"));
    }

    [Fact]
    public void An_svg_too_large_to_check_is_refused_in_a_site_held_in_memory()
    {
        using var site = Valid();
        // Plain drawing, one byte over what is read: the size alone refuses it, read through the file-access layer.
        var body = new string(' ', (int)StaticMap.Core.Reading.TextFileReader.MaxPlanTextBytes - Svg.Length - "</svg>\n".Length + 1);
        site.Write(Plan + "/assets/huge.svg", Svg + body + "</svg>\n");
        Assert.True(site.InMemory);
        var d = HostileAssert.FailsWith(site, "MAP069", SourceSpan.File(Plan + "/assets/huge.svg"));
        Assert.Equal("this SVG is too large to check for scripts, and an SVG opened from the site runs its scripts; make it smaller or publish it as a PNG", d.Message);
    }

    [Fact]
    public void A_plain_svg_pdf_and_png_build()
    {
        using var site = Valid();
        site.Write(Plan + "/assets/plain.svg", Svg + "<text x=\"1\" y=\"9\">Based on data</text>\n</svg>\n")
            .WriteBytes(Plan + "/assets/report.pdf", "%PDF-1.4\n"u8.ToArray())
            .WriteBytes(Plan + "/assets/photo.png", [0x89, 0x50, 0x4E, 0x47]);
        HostileAssert.BuildSucceedsSafely(site);
        Assert.True(File.Exists(Path.Combine(site.Output, "test-county", "assets", "plain.svg")));
    }
}
