using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Script and markup injection in Markdown narratives: script, iframe, object, embed, event attributes, javascript:
/// links inline, by reference and as autolinks, raw &lt;a href="javascript:"&gt;, svg onload, img onerror, style, meta
/// refresh, base href, comments that try to close things, entity-encoded schemes, mutation-XSS shapes. The site builds
/// (these are warnings: MAP064 for HTML, MAP065 for links, each where it is written) and no page runs content script.
/// </summary>
public class MarkdownInjectionTests
{
    private const string Findings = Plan + "/findings.md";

    /// <summary>A hostile snippet, the warning it must get (null: none required, the page must just be safe), and the text
    /// the warning points at (null: the snippet's start).</summary>
    public static readonly (string Markdown, string? Code, string? At)[] Payloads =
    [
        ("<script>alert(1)</script>", "MAP064", null),
        ("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", "MAP064", null),
        ("<iframe src=\"https://evil.example/\"></iframe>", "MAP064", null),
        ("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "MAP064", null),
        ("<object data=\"https://evil.example/x.swf\"></object>", "MAP064", null),
        ("<embed src=\"https://evil.example/x.swf\">", "MAP064", null),
        ("<img src=\"/test-county/assets/coalition.svg\" alt=\"x\" onerror=\"alert(1)\">", "MAP064", null),
        ("<p onclick=\"alert(1)\">Click me</p>", "MAP064", null),
        ("<svg onload=alert(1)>", "MAP064", null),
        ("<svg><script>alert(1)</script></svg>", "MAP064", null),
        ("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "MAP064", null),
        ("<svg><animate attributeName=\"href\" values=\"javascript:alert(1)\" /></svg>", "MAP064", null),
        // Closed here: left open, the <style> would swallow the rest of the narrative, an error of its own (MAP057, UnclosedHtmlTests).
        ("<math><mtext><table><mglyph><style><img src=/test-county/assets/coalition.svg alt=x onerror=alert(1)></style>", "MAP064", null),
        ("<style>body { display: none }</style>", "MAP064", null),
        ("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">", "MAP064", null),
        ("<base href=\"https://evil.example/\">", "MAP064", null),
        ("<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", "MAP064", null),
        ("<form action=\"https://evil.example/\"><input name=\"q\"><button>Go</button></form>", "MAP064", null),
        ("<details open ontoggle=alert(1)>x</details>", "MAP064", null),
        ("<a href=\"javascript:alert(1)\">raw link</a>", "MAP064", null),
        ("<a href=\"JaVaScRiPt:alert(1)\">raw link</a>", "MAP064", null),
        ("<a href=\"javascript&colon;alert(1)\">entity colon</a>", "MAP064", null),
        ("<a href=\"javascript&#58;alert(1)\">numeric entity colon</a>", "MAP064", null),
        ("<a href=\"&#106;avascript:alert(1)\">entity j</a>", "MAP064", null),
        ("<a href=\"jav&#x09;ascript:alert(1)\">tab inside</a>", "MAP064", null),
        ("<a href=\" &#14; javascript:alert(1)\">control first</a>", "MAP064", null),
        ("<a href=\"vbscript:msgbox(1)\">vb</a>", "MAP064", null),
        ("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>", "MAP064", null),
        ("<img src=\"/test-county/assets/coalition.svg\" alt=\"x\" srcset=\"javascript:alert(1) 1x\">", "MAP064", null),
        ("<div style=\"background:url(javascript:alert(1))\">styled</div>", "MAP064", null),
        ("<frameset><frame src=\"javascript:alert(1)\"></frameset>", "MAP064", null),
        ("<xss onpointerover=alert(1)>hover</xss>", "MAP064", null),
        ("<img src=x alt=x onerror=alert(1)//", null, null),
        ("<!-- --><script>alert(1)</script><!-- -->", "MAP064", null),
        ("--><script>alert(1)</script>", "MAP064", "<script>"),
        ("</p></div></main><script>alert(1)</script>", "MAP064", null),
        ("<noscript><p title=\"</noscript><img src=x alt=x onerror=alert(1)>\"></noscript>", "MAP064", "<p title"),
        ("<![CDATA[<script>alert(1)</script>]]>", "MAP064", null),
        ("[inline](javascript:alert(1))", "MAP065", null),
        ("[mixed case](JaVaScRiPt:alert(1))", "MAP065", null),
        ("[numeric entity](javascript&#58;alert(1))", "MAP065", null),
        ("[named entity](javascript&colon;alert(1))", "MAP065", null),
        ("[entity j](&#106;avascript:alert(1))", "MAP065", null),
        ("[angle brackets](<javascript:alert(1)>)", "MAP065", null),
        ("[spaces]( javascript:alert(1) )", "MAP065", null),
        ("[vbscript](vbscript:msgbox(1))", "MAP065", null),
        ("[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "MAP065", null),
        ("![image](javascript:alert(1))", "MAP065", null),
        ("[by reference][evil]\n\n[evil]: javascript:alert(1)", "MAP065", null),
        ("![image by reference][evil-image]\n\n[evil-image]: javascript:alert(1)", "MAP065", null),
        ("<javascript:alert(1)>", "MAP065", null),
        ("<JAVASCRIPT:alert(1)>", "MAP065", null),
        ("<vbscript:msgbox(1)>", "MAP065", null),
        ("<data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>", "MAP065", null),
        ("[titled](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")", null, null),
        ("[<img src=/test-county/assets/coalition.svg alt=x onerror=alert(1)>](https://example.org)", "MAP064", "<img"),
        ("# Heading <script>alert(1)</script>", "MAP064", "<script>"),
        ("# \" onmouseover=\"alert(1)", null, null),
        ("Footnote[^evil].\n\n[^evil]: <script>alert(1)</script>", "MAP064", "<script>"),
        ("| Cell |\n|---|\n| <script>alert(1)</script> |", "MAP064", "<script>"),
        ("Code: `<script>alert(1)</script>`", null, null),
        ("```html\n<script>alert(1)</script>\n```", null, null),
        ("    <script>alert(1)</script>", null, null),
        ("Term\n: <script>alert(1)</script>", "MAP064", "<script>"),
        ("www.example.org/\"onmouseover=\"alert(1)", null, null),
        ("https://example.org/<script>alert(1)</script>", "MAP064", "<script>"),
        ("&lt;script&gt;alert(1)&lt;/script&gt;", null, null),
        ("\\<script>alert(1)\\</script>", null, null),
    ];

    public static TheoryData<int> PayloadIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Payloads.Length; i++) data.Add(i);
        return data;
    }

    /// <summary>Each snippet alone in a narrative (sanitising is decided per narrative, so each must trigger it itself).</summary>
    [Theory]
    [MemberData(nameof(PayloadIndexes))]
    public void A_hostile_snippet_alone_is_made_safe_and_reported_where_written(int index)
    {
        var (markdown, code, at) = Payloads[index];
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\n" + markdown + "\n");
        var result = HostileAssert.BuildSucceedsSafely(site);
        if (code is not null)
            HostileAssert.Has(result.Diagnostics, code, site.PositionOf(Findings, at ?? markdown.Split('\n')[0]));
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        Assert.Contains("Employment is high but uneven.", page.Body!.TextContent);
    }

    [Fact]
    public void Code_spans_and_escaped_markup_show_the_markup_as_text()
    {
        using var site = Valid();
        site.Write(Findings, site.Read(Findings) + "\nCode: `<script>alert(1)</script>`\n\nEscaped: &lt;b&gt;bold&lt;/b&gt;\n");
        HostileAssert.BuildSucceedsSafely(site);
        var page = HostileAssert.Page(site.Output, "test-county/findings/index.html");
        HostileAssert.ShowsText(page, "code", "<script>alert(1)</script>");
        HostileAssert.ShowsText(page, "p", "Escaped: <b>bold</b>");
    }

    /// <summary>Every snippet at once, in every narrative: components, progress report and site pages.</summary>
    [Theory]
    [InlineData(Plan + "/how-we-got-here.md", "test-county/how-we-got-here/index.html")]
    [InlineData(Findings, "test-county/findings/index.html")]
    [InlineData(Plan + "/theory-of-change.md", "test-county/theory-of-change/index.html")]
    [InlineData(Plan + "/measurement-plan.md", "test-county/measurement-plan/index.html")]
    [InlineData(Plan + "/sustainability.md", "test-county/sustainability/index.html")]
    [InlineData(Plan + "/progress/2024.md", "test-county/progress/2024/index.html")]
    [InlineData("input/index.md", "index.html")]
    [InlineData("input/accessibility.md", "accessibility/index.html")]
    public void Every_snippet_in_every_narrative_is_made_safe_and_reported(string file, string page)
    {
        using var site = Valid();
        var text = site.Read(file);
        for (var i = 0; i < Payloads.Length; i++)
        {
            // Reference definitions and footnotes need their own labels in one file.
            text += $"\n\nSnippet {i}:\n\n" + Payloads[i].Markdown.Replace("[evil]", $"[evil{i}]").Replace("[evil-image]", $"[evil-image{i}]")
                .Replace("[^evil]", $"[^evil{i}]") + "\n";
        }
        site.Write(file, text);
        var result = HostileAssert.BuildSucceedsSafely(site);
        Assert.True(File.Exists(Path.Combine(site.Output, page.Replace('/', Path.DirectorySeparatorChar))));
        var expected = Payloads.Count(p => p.Code is not null);
        var reported = result.Diagnostics.Count(d => d.Span.Path == file && d.Code is "MAP064" or "MAP065");
        Assert.True(reported >= expected, $"{reported} warnings for {expected} hostile snippets in {file}:\n{string.Join("\n", result.Diagnostics)}");
    }
}
