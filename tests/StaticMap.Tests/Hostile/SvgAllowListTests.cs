using StaticMap.Core.Diagnostics;
using StaticMap.Core.Validation.Svg;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// SVGs in assets/ are parsed as XML and held against an allow-list (SvgInspector): each way of hiding script or an
/// external document in an SVG that a regular expression misses is MAP069 where the offending element or attribute is
/// written, with a message that names it; plain drawings, as Inkscape and Illustrator export them, pass.
/// </summary>
public class SvgAllowListTests
{
    private const string Open = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">\n";

    /// <summary>(content inside the svg element, the text the diagnostic points at, a word the message must hold).</summary>
    public static readonly TheoryData<string, string, string> Probes = new()
    {
        { "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">document.documentElement.setAttribute(\"data-pwned\",\"yes\")</h:script>", "<h:script", "<h:script>" },
        { "<h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\" srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"/>", "<h:iframe", "<h:iframe>" },
        { "<a href=\"&#x6A;avascript:alert(1)\"><text>x</text></a>", "href=", "javascript:alert(1)" },
        { "<a href=\"&#106;avascript&#58;alert(1)\"><text>x</text></a>", "href=", "javascript:alert(1)" },
        { "<a href=\"java&#x09;script:alert(1)\"><text>x</text></a>", "href=", "'href' on <a>" },
        { "<a href=\"vbscript:msgbox(1)\"><text>x</text></a>", "href=", "vbscript:" },
        { "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"><text>x</text></a>", "href=", "data:text/html" },
        { "<a xlink:href=\"javascript:alert(1)\"><text>x</text></a>", "xlink:href=", "'xlink:href' on <a>" },
        { "<a href=\"#x\"><animate attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a>", "attributeName=", "'href'" },
        { "<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a>", "attributeName=", "<set>" },
        { "<a href=\"#x\"><animate attributeName=\"xlink:href\" values=\"javascript:alert(1)\"/><text>x</text></a>", "attributeName=", "'xlink:href'" },
        { "<rect width=\"1\" height=\"1\"><set attributeName=\"onclick\" to=\"alert(1)\"/></rect>", "attributeName=", "'onclick'" },
        { "<use href=\"http://other.example/x.svg#a\"/>", "href=", "<use>" },
        { "<use xlink:href=\"other.svg#a\"/>", "xlink:href=", "<use>" },
        { "<image href=\"https://evil.example/x.png\" width=\"1\" height=\"1\"/>", "href=", "<image>" },
        { "<image href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"/>", "href=", "<image>" },
        { "<filter id=\"f\"><feImage href=\"https://evil.example/x.png\"/></filter>", "href=", "<feImage>" },
        { "<style>rect { fill: url(javascript:alert(1)) }</style>", "<style>", "javascript:" },
        { "<style>@import url(https://evil.example/x.css);</style>", "<style>", "@import" },
        { "<style>\\40 import \"https://evil.example/x.css\";</style>", "<style>", "@import" },
        { "<style><![CDATA[rect { fill: url(https://evil.example/p.svg#p) }]]></style>", "<style>", "url(" },
        { "<style>rect { behavior: url(x.htc) }</style>", "<style>", "behaviour" },
        { "<style>@import 'x.css';<style>rect { fill: red }</style></style>", "<style>@import", "@import" },
        { "<style><tspan>@import 'x.css';</tspan></style>", "<style><tspan>", "@import" },
        { "<rect style=\"width: expression(alert(1))\"/>", "style=", "expression()" },
        { "<rect style=\"fill: u\\72l(https://evil.example/p.svg#p)\"/>", "style=", "url(" },
        { "<rect fill=\"url(https://evil.example/p.svg#p)\"/>", "fill=", "'fill' on <rect>" },
        { "<script><![CDATA[alert(1)]]></script>", "<script>", "<script>" },
        { "<script type=\"text/ecmascript\">alert(1)</script>", "<script", "<script>" },
        { "<SCRIPT>alert(1)</SCRIPT>", "<SCRIPT>", "<SCRIPT>" },
        { "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>", "<foreignObject>", "<foreignObject>" },
        { "<?xml-stylesheet href=\"https://evil.example/x.xsl\" type=\"text/xsl\"?>", "<?xml-stylesheet", "<?xml-stylesheet?>" },
        { "<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"/>", "<xsl:stylesheet", "http://www.w3.org/1999/XSL/Transform" },
        { "<m:math xmlns:m=\"http://www.w3.org/1998/Math/MathML\"><m:mi>x</m:mi></m:math>", "<m:math", "<m:math>" },
        { "<x:thing xmlns:x=\"urn:unknown\"/>", "<x:thing", "urn:unknown" },
        { "<rect width=\"1\" height=\"1\" onload=\"alert(1)\"/>", "onload=", "'onload'" },
        { "<rect width=\"1\" height=\"1\" ONCLICK=\"alert(1)\"/>", "ONCLICK=", "'ONCLICK'" },
        { "<rect width=\"1\" height=\"1\" formaction=\"x\"/>", "formaction=", "'formaction'" },
        { "<rect xml:base=\"https://evil.example/\"/>", "xml:base=", "'xml:base'" },
        { "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "<rdf:RDF", "outside <metadata>" },
        { "<metadata><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></metadata>", "<h:script", "<h:script>" },
        { "<handler type=\"application/ecmascript\">alert(1)</handler>", "<handler", "<handler>" },
    };

    [Theory]
    [MemberData(nameof(Probes))]
    public void A_hostile_svg_is_refused_where_the_offending_node_is(string content, string at, string named)
    {
        using var site = Valid();
        site.Write(Plan + "/assets/map.svg", Open + content + "\n</svg>\n");
        var d = HostileAssert.Has(HostileAssert.Check(site), "MAP069", site.PositionOf(Plan + "/assets/map.svg", at));
        Assert.Contains(named, d.Message);
        Assert.Contains("SVG", d.Message);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void The_xhtml_script_probe_fails_the_build_and_is_not_published()
    {
        using var site = Valid();
        const string file = Plan + "/assets/pwn.svg";
        site.Write(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:script>document.documentElement.setAttribute(\"data-pwned\",\"yes\")</h:script></svg>");
        var d = HostileAssert.FailsWith(site, "MAP069", new SourceSpan(file, 1, 80));
        Assert.Equal("this SVG holds the HTML element <h:script>, which a browser runs as part of a web page when someone opens the image from the site; remove it", d.Message);
    }

    [Fact]
    public void A_doctype_with_an_entity_that_expands_to_a_script_is_refused_at_the_doctype()
    {
        using var site = Valid();
        const string file = Plan + "/assets/entity.svg";
        site.Write(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;alert(1)&#60;/script&#62;\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>\n");
        var d = HostileAssert.Has(HostileAssert.Check(site), "MAP069", new SourceSpan(file, 2, 1));
        Assert.Equal("this SVG has a <!DOCTYPE> (a DTD), whose entities can hide markup and load other files, so it cannot be published; remove the <!DOCTYPE …> declaration (SVG needs none) or publish a PNG", d.Message);
    }

    [Fact]
    public void Any_doctype_is_refused_even_the_standard_one()
    {
        var problems = SvgInspector.Inspect("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var problem = Assert.Single(problems);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.StartsWith("this SVG has a <!DOCTYPE>", problem.Message);
    }

    [Fact]
    public void An_external_entity_is_never_read()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "<script>alert(1)</script>");
        try
        {
            var problems = SvgInspector.Inspect($"<!DOCTYPE svg [<!ENTITY x SYSTEM \"file://{secret}\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>");
            Assert.StartsWith("this SVG has a <!DOCTYPE>", Assert.Single(problems).Message);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void A_style_sheet_processing_instruction_before_the_root_is_refused()
    {
        var problems = SvgInspector.Inspect("<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"https://evil.example/x.xsl\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Assert.Equal(new SvgProblem(2, 1, "this SVG holds the processing instruction <?xml-stylesheet?>, which can make a browser load a style sheet or transform the file; remove it"), Assert.Single(problems));
    }

    [Fact]
    public void Malformed_xml_is_refused_where_the_reader_stops()
    {
        using var site = Valid();
        const string file = Plan + "/assets/broken.svg";
        site.Write(file, Open + "<rect width=\"1\" height=\"1\">\n<g>\n</svg>\n");
        var d = Assert.Single(HostileAssert.Check(site), x => x.Code == "MAP069");
        Assert.Equal(new SourceSpan(file, 4, 3), d.Span);
        Assert.Equal("this SVG is not well-formed XML (The 'g' start tag on line 3 position 2 does not match the end tag of 'svg'), so it cannot be checked; export it again or publish a PNG", d.Message);
    }

    [Fact]
    public void An_undeclared_prefix_is_malformed()
    {
        var problem = Assert.Single(SvgInspector.Inspect("<svg xmlns=\"http://www.w3.org/2000/svg\"><a xlink:href=\"#x\"/></svg>"));
        Assert.Contains("is not well-formed XML", problem.Message);
    }

    [Fact]
    public void An_svg_without_the_svg_namespace_says_to_add_it()
    {
        var problem = Assert.Single(SvgInspector.Inspect("<svg width=\"1\"><rect/></svg>"));
        Assert.Equal(new SvgProblem(1, 1, "this SVG's <svg> element has no SVG namespace, so browsers do not draw it as an image; add xmlns=\"http://www.w3.org/2000/svg\" to it"), problem);
    }

    [Fact]
    public void An_xhtml_document_saved_as_svg_is_refused_at_its_root()
    {
        var problem = Assert.Single(SvgInspector.Inspect("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><script>alert(1)</script></body></html>"));
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Contains("<html>", problem.Message);
    }

    [Fact]
    public void Messages_name_the_attribute_and_say_the_fix()
    {
        var problems = SvgInspector.Inspect(Open + "<use href=\"http://other.example/x.svg#a\"/>\n<rect width=\"1\" onload=\"alert(1)\" bogus=\"1\"/>\n</svg>");
        Assert.Equal(
        [
            new SvgProblem(2, 6, "'href' on <use> in this SVG refers to 'http://other.example/x.svg#a', outside this file; <use> may only refer to an element of the same SVG ('#id'): copy the element into the SVG"),
            new SvgProblem(3, 17, "the event attribute 'onload' on <rect> runs script when someone opens this SVG from the site; remove it"),
            new SvgProblem(3, 35, "the attribute 'bogus' (in no namespace) on <rect> is not one StaticMap knows to be safe in an SVG; remove it or publish the image as a PNG"),
        ], problems);
    }

    [Fact]
    public void A_refused_element_is_reported_once_not_for_each_thing_inside_it()
    {
        var problems = SvgInspector.Inspect(Open + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></div></foreignObject>\n</svg>");
        Assert.Equal(new SvgProblem(2, 1, "this SVG holds <foreignObject>, which can run script or show a web page when someone opens the image from the site; remove it"), Assert.Single(problems));
    }

    /// <summary>What Inkscape writes for a plain drawing ("Inkscape SVG"): editor namespaces, licence metadata, a named view.</summary>
    private const string InkscapeExport = """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!-- Created with Inkscape (http://www.inkscape.org/) -->

        <svg
           width="210mm"
           height="297mm"
           viewBox="0 0 210 297"
           version="1.1"
           id="svg5"
           inkscape:version="1.2.2 (b0a8486541, 2022-12-01)"
           sodipodi:docname="coalition.svg"
           xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
           xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
           xmlns:xlink="http://www.w3.org/1999/xlink"
           xmlns="http://www.w3.org/2000/svg"
           xmlns:svg="http://www.w3.org/2000/svg"
           xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
           xmlns:cc="http://creativecommons.org/ns#"
           xmlns:dc="http://purl.org/dc/elements/1.1/">
          <sodipodi:namedview
             id="namedview7"
             pagecolor="#ffffff"
             bordercolor="#666666"
             borderopacity="1.0"
             inkscape:showpageshadow="2"
             inkscape:pageopacity="0.0"
             inkscape:document-units="mm"
             showgrid="false"
             inkscape:zoom="0.73"
             inkscape:current-layer="layer1">
            <inkscape:grid type="xygrid" id="grid1" />
          </sodipodi:namedview>
          <defs id="defs2">
            <linearGradient inkscape:collect="always" id="linearGradient1">
              <stop style="stop-color:#005a9c;stop-opacity:1" offset="0" id="stop1" />
              <stop style="stop-color:#005a9c;stop-opacity:0" offset="1" id="stop2" />
            </linearGradient>
            <linearGradient inkscape:collect="always" xlink:href="#linearGradient1" id="linearGradient2"
               x1="10" y1="10" x2="100" y2="10" gradientUnits="userSpaceOnUse" />
          </defs>
          <metadata id="metadata1">
            <rdf:RDF>
              <cc:Work rdf:about="">
                <dc:format>image/svg+xml</dc:format>
                <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage" />
                <dc:title>Coalition members</dc:title>
              </cc:Work>
            </rdf:RDF>
          </metadata>
          <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
            <rect style="fill:url(#linearGradient2);stroke:#000000;stroke-width:0.264583"
               id="rect1" width="90" height="40" x="10" y="10" ry="2" />
            <path style="fill:none;stroke:#000000;stroke-width:0.5px" d="M 10,60 H 100"
               id="path1" sodipodi:nodetypes="cc" inkscape:connector-curvature="0" />
            <text xml:space="preserve" style="font-size:8px;font-family:sans-serif" x="12" y="80" id="text1">
              <tspan sodipodi:role="line" id="tspan1" x="12" y="80">Coalition</tspan>
            </text>
          </g>
        </svg>
        """;

    /// <summary>Gradients, text, symbols used by '#id', clip paths, markers, filters, an embedded PNG and links.</summary>
    private const string RichDrawing = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100"
             role="img" aria-labelledby="t d" focusable="false" preserveAspectRatio="xMidYMid meet">
          <title id="t">Employment by year</title>
          <desc id="d">Bars for 2019 to 2023.</desc>
          <defs>
            <style type="text/css"><![CDATA[
              .bar { fill: url(#g); stroke: #333; }
              .label { font: 10px sans-serif; text-anchor: middle; }
            ]]></style>
            <linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0" stop-color="#005a9c"/>
              <stop offset="1" stop-color="#9cc3e5" stop-opacity="0.8"/>
            </linearGradient>
            <radialGradient id="rg" cx="50%" cy="50%" r="50%" fx="50%" fy="50%"><stop offset="0" stop-color="#fff"/></radialGradient>
            <clipPath id="c"><rect width="200" height="100" rx="4"/></clipPath>
            <marker id="m" markerWidth="4" markerHeight="4" refX="2" refY="2" orient="auto"><circle cx="2" cy="2" r="2"/></marker>
            <filter id="f" x="-10%" y="-10%" width="120%" height="120%">
              <feGaussianBlur in="SourceAlpha" stdDeviation="1" result="blur"/>
              <feOffset dx="1" dy="1" result="o"/>
              <feMerge><feMergeNode in="o"/><feMergeNode in="SourceGraphic"/></feMerge>
            </filter>
            <symbol id="dot" viewBox="0 0 2 2"><circle cx="1" cy="1" r="1"/></symbol>
            <path id="curve" d="M 10 90 Q 100 10 190 90"/>
          </defs>
          <g clip-path="url(#c)" filter="url('#f')">
            <rect class="bar" x="10" y="40" width="20" height="60"/>
            <rect class="bar" x="40" y="30" width="20" height="70" transform="translate(0 0)"/>
            <polyline points="10,20 40,10 70,15" fill="none" stroke="#000" marker-end="url(#m)"/>
            <polygon points="0,0 2,0 1,2"/><ellipse cx="5" cy="5" rx="2" ry="1"/><line x1="0" y1="0" x2="1" y2="1"/>
            <use href="#dot" x="100" y="10" width="4" height="4"/>
            <use xlink:href="#dot" x="110" y="10" width="4" height="4"/>
            <text class="label" x="20" y="35" xml:lang="en">2019</text>
            <text><textPath href="#curve" startOffset="10%">Along the curve</textPath></text>
            <image width="1" height="1" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="/>
            <a href="https://www.urban.org/"><text x="150" y="95">Urban Institute</text></a>
            <a href="findings.pdf" target="_blank"><text x="150" y="85">Report</text></a>
            <a xlink:href="mailto:info@example.org"><text x="150" y="75">Mail</text></a>
            <a href="#t"><text x="150" y="65">Top</text></a>
            <circle cx="180" cy="20" r="5" opacity="0.5">
              <animate attributeName="opacity" values="0.5;1;0.5" dur="2s" repeatCount="indefinite"/>
              <set attributeName="fill" to="#c00" begin="2s"/>
              <animateTransform attributeName="transform" type="rotate" from="0 180 20" to="360 180 20" dur="4s"/>
            </circle>
          </g>
        </svg>
        """;

    [Theory]
    [InlineData(InkscapeExport)]
    [InlineData(RichDrawing)]
    public void A_plain_drawing_passes_the_inspector(string svg)
    {
        Assert.Equal([], SvgInspector.Inspect(svg));
    }

    [Fact]
    public void The_sample_plans_svgs_pass()
    {
        var svgs = Directory.EnumerateFiles(Path.Combine(Repository.Root, "plans"), "*.svg", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(svgs);
        Assert.All(svgs, f => Assert.Equal([], SvgInspector.Inspect(File.ReadAllText(f))));
    }

    [Fact]
    public void A_plain_inkscape_export_and_a_rich_drawing_build_and_are_published_unchanged()
    {
        using var site = Valid();
        site.Write(Plan + "/assets/coalition.svg", InkscapeExport).Write("input/assets/chart.svg", RichDrawing);
        var result = HostileAssert.BuildSucceedsSafely(site);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "MAP069");
        Assert.Equal(InkscapeExport, File.ReadAllText(Path.Combine(site.Output, "test-county", "assets", "coalition.svg")));
        Assert.Equal(RichDrawing, File.ReadAllText(Path.Combine(site.Output, "assets", "chart.svg")));
    }

    [Theory]
    [InlineData("rect { fill: url(#g) }", null)]
    [InlineData("rect { fill: url( '#g' ) }", null)]
    [InlineData("rect { fill: URL(https://evil.example/x.svg#g) }", "url(")]
    [InlineData("rect { fill: url(\"data:image/svg+xml,x\") }", "url(")]
    [InlineData("@IMPORT 'x.css';", "@import")]
    [InlineData("@im\\70 ort 'x.css';", "@import")]
    [InlineData("a { background: image-set(\"x.png\" 1x) }", "image-set()")]
    [InlineData("a { -moz-binding: url(#x) }", "binding")]
    [InlineData("a { width: exp/**/ression(alert(1)) }", "expression()")]
    [InlineData("a { background: url(java\nscript:alert(1)) }", "javascript:")]
    public void Style_sheets_may_only_refer_to_the_same_file(string css, string? refused)
    {
        var problem = SvgInspector.CssProblem(css);
        if (refused is null) Assert.Null(problem);
        else Assert.Contains(refused, problem);
    }

    [Fact]
    public void Problems_are_capped_so_a_hostile_file_does_not_flood_the_report()
    {
        var svg = Open + string.Concat(Enumerable.Repeat("<rect onclick=\"alert(1)\"/>\n", 1000)) + "</svg>";
        Assert.Equal(SvgInspector.MaxProblems, SvgInspector.Inspect(svg).Count);
    }
}
