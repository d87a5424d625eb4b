using System.Text.RegularExpressions;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Fixtures/hostile-site: a legal site whose every free-text field and narrative tries to run a script, each payload
/// calling alert() with its own number. It must validate (warnings only: MAP064 and MAP065 in narratives), build,
/// and show every payload as text. The browser tests load every page of it and assert that no script from content
/// runs; this class checks the same statically.
/// </summary>
public partial class HostileSiteTests : IClassFixture<HostileSiteTests.Built>
{
    public const string Fixture = "hostile-site";
    public const string PlanId = "hostile-county";

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Site = TestSite.From(Fixture);
            Result = Site.Build();
        }

        public TestSite Site { get; }
        public StaticMap.Core.BuildResult Result { get; }
        public void Dispose() => Site.Dispose();
    }

    private readonly Built _built;

    public HostileSiteTests(Built built) => _built = built;

    private string Output => _built.Site.Output;

    [Fact]
    public void It_builds_with_warnings_only()
    {
        HostileAssert.NoInternalError(_built.Result.Diagnostics);
        Assert.True(_built.Result.Succeeded, string.Join("\n", _built.Result.Diagnostics.Where(d => d.IsError)));
        Assert.All(_built.Result.Diagnostics, d => Assert.Contains(d.Code, new[] { "MAP064", "MAP065", "MAP094" }));
        HostileAssert.NoTemporaryFolders(_built.Site);
    }

    [Fact]
    public void Every_hostile_narrative_snippet_is_reported()
    {
        var diagnostics = _built.Result.Diagnostics;
        // One warning per script, iframe, object, embed, style, meta, base, form, event attribute or script link.
        Assert.True(diagnostics.Count(d => d.Code == "MAP064") >= 25, string.Join("\n", diagnostics));
        Assert.True(diagnostics.Count(d => d.Code == "MAP065") >= 9, string.Join("\n", diagnostics));
        foreach (var file in new[] { "how-we-got-here.md", "findings.md", "theory-of-change.md", "measurement-plan.md", "sustainability.md", "progress/2024.md" })
            Assert.Contains(diagnostics, d => d.Span.Path == $"plans/{PlanId}/{file}");
        foreach (var file in new[] { "input/index.md", "input/accessibility.md", "input/about.md" })
            Assert.Contains(diagnostics, d => d.Span.Path == file);
    }

    [Fact]
    public void No_page_holds_content_script()
    {
        HostileAssert.SiteIsSafe(Output);
        foreach (var (url, page) in HostileAssert.Pages(Output))
        {
            Assert.True(page.QuerySelectorAll("iframe, object, embed, svg script, style, base").Length == 0, url);
            // An alert(n) may only be text: in a text node, an escaped attribute value or a JSON data block.
            foreach (var script in page.QuerySelectorAll("script:not([type='application/json'])"))
                Assert.DoesNotMatch(AlertCall(), script.OuterHtml);
        }
    }

    [GeneratedRegex(@"alert\(\d+\)")]
    private static partial Regex AlertCall();

    [Theory]
    [InlineData("hostile-county/index.html", "h1", "<script>alert(101)</script> Hostile County Mobility Action Plan")]
    [InlineData("hostile-county/index.html", "li", "<svg onload=alert(105)>County Administrator's Office</svg>")]
    [InlineData("hostile-county/how-we-got-here/index.html", "h1", "<script>alert(201)</script> How we got here")]
    [InlineData("hostile-county/how-we-got-here/index.html", ".timeline-event", "<b onmouseover=alert(203)>Coalition formed</b>")]
    [InlineData("hostile-county/findings/index.html", "h1", "\"><script>alert(301)</script> Findings")]
    [InlineData("hostile-county/theory-of-change/index.html", "h1", "<iframe src=javascript:alert(401)></iframe> Theory of change")]
    [InlineData("hostile-county/measurement-plan/index.html", "h1", "<script>alert(501)</script> Measurement plan")]
    [InlineData("hostile-county/measurement-plan/index.html", "td, th", "<img src=x onerror=alert(502)> Staff hours")]
    [InlineData("hostile-county/sustainability/index.html", "h1", "<style>*{display:none}</style> Sustainability")]
    [InlineData("hostile-county/progress/2024/index.html", "h1", "<script>alert(701)</script> 2024 progress report")]
    [InlineData("index.html", "h1", "<script>alert(801)</script> Hostile Mobility Action Plans")]
    [InlineData("accessibility/index.html", "h1", "</title><script>alert(901)</script> Accessibility statement")]
    [InlineData("about/index.html", "h1", "<svg onload=alert(921)> About")]
    public void Hostile_text_is_shown_as_text(string file, string selector, string text)
    {
        var page = HostileAssert.Page(Output, file);
        HostileAssert.ShowsText(page, selector, text);
    }

    [Fact]
    public void The_plan_title_is_text_in_the_document_title()
    {
        var page = HostileAssert.Page(Output, "hostile-county/index.html");
        Assert.Contains("<script>alert(101)</script> Hostile County Mobility Action Plan", page.Title);
    }
}
