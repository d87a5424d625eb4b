using System.Text.Json;
using System.Xml.Linq;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Hostile;

/// <summary>
/// Script and markup in every front matter string that reaches a page: plan title, summary, jurisdiction name,
/// coalition names and roles, contact name, component titles, timeline dates and events, findings labels, units and
/// takeaways, the vision, theory-of-change lists, logic-model texts, indicator names, sources, responsibles, units,
/// disaggregations, commitments, progress titles and notes, site page titles and descriptions. Every one builds and
/// shows the text as text, escaped, wherever it appears. (Baseline, target and progress values are plain numbers, so
/// markup there is refused as MAP042: NumberTests.)
/// </summary>
public class FrontMatterInjectionTests
{
    public static TheoryData<string> Payloads() =>
    [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</title><script>alert(1)</script>",
        "</script><script>alert(1)</script><!--",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "javascript:alert(1)",
        "{{ 7 * 7 }} {{ site.title }} {% include 'base' %}",
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;",
        "]]><script>alert(1)</script><![CDATA[",
        "\u200f<script>alert(1)</script>\u2028\u2029",
        "<style>*{display:none}</style><meta http-equiv=refresh content=0>",
    ];

    private const string P = "{P}";

    /// <summary>The valid site's files with every free-text field set to the payload (written as a YAML double-quoted string).</summary>
    private static readonly Dictionary<string, string> Templates = new()
    {
        [Plan + "/plan.yml"] = """
            title: {P}
            jurisdiction:
              name: {P}
              type: county
              state: CA
              fips: "06001"
            status: released
            released: 2024-05-01
            summary: {P}
            coalition:
              - name: {P}
                sector: government
                role: {P}
              - name: Residents' advisory panel
                sector: community
            peers:
              - "42003"
            language: en
            contact:
              name: {P}
              email: team@example.org
              url: https://example.org/mobility
            example: true
            """,
        [Plan + "/how-we-got-here.md"] = """
            ---
            component: how-we-got-here
            title: {P}
            timeline:
              - date: {P}
                event: {P}
              - date: "2022-03-15"
                event: {P}
            ---
            The county joined the work in 2021. Read the [findings](findings.md).
            """,
        [Plan + "/findings.md"] = """
            ---
            component: findings
            title: {P}
            metrics:
              - metric: share_employed
                subgroups: [race-ethnicity]
                compare: peers
                takeaway: {P}
              - file: data/jobs-program.csv
                label: {P}
                unit: {P}
                takeaway: {P}
            ---
            Employment is high but uneven.
            """,
        [Plan + "/theory-of-change.md"] = """
            ---
            component: theory-of-change
            title: {P}
            vision: {P}
            theory_of_change:
              preconditions: [{P}]
              outcomes: [{P}]
              assumptions: [{P}]
            logic_model:
              inputs:
                - id: staff-time
                  text: {P}
              activities:
                - id: run-program
                  text: {P}
                  pillar: Rewarding work
              outputs:
                - id: people-trained
                  text: {P}
              outcomes:
                short_term:
                  - id: more-jobs
                    text: {P}
                long_term:
                  - id: higher-incomes
                    text: {P}
            ---
            The theory of change in brief.
            """,
        [Plan + "/measurement-plan.md"] = """
            ---
            component: measurement-plan
            title: {P}
            indicators:
              - id: staff-hours
                name: {P}
                measures: staff-time
                source: {P}
                responsible: {P}
                frequency: quarterly
                unit: {P}
                baseline: {value: 1, year: 2023}
                target: {value: 2, year: 2026}
              - id: trainees
                name: {P}
                measures: people-trained
                source: {P}
                responsible: {P}
                frequency: annual
                unit: people
                direction: increase
                baseline: {value: 120, year: 2023}
                target: {value: 300, year: 2026}
              - id: employment-rate
                name: {P}
                measures: more-jobs
                source: {P}
                responsible: {P}
                frequency: annual
                unit: percent
                direction: increase
                baseline: {value: 80.4, year: 2021}
                target: {value: 83, year: 2027}
                disaggregate_by: [race-ethnicity, {P}]
                metric: share_employed
              - id: median-income
                name: {P}
                measures: higher-incomes
                source: {P}
                responsible: {P}
                frequency: annual
            ---
            How the coalition tracks its work.
            """,
        [Plan + "/sustainability.md"] = """
            ---
            component: sustainability
            title: {P}
            commitments:
              - action: {P}
                responsible: {P}
                resources: {P}
                timeline: {P}
            ---
            How the work lasts beyond one budget cycle.
            """,
        [Plan + "/progress/2024.md"] = """
            ---
            year: 2024
            title: {P}
            updates:
              - indicator: trainees
                value: 150
                status: on-track
                note: {P}
              - indicator: employment-rate
                value: 80.9
                status: at-risk
                note: {P}
            ---
            The first year of the plan.
            """,
        ["input/index.md"] = """
            ---
            title: {P}
            description: {P}
            ---
            Plans for testing.
            """,
        ["input/accessibility.md"] = """
            ---
            title: {P}
            description: {P}
            ---
            This fixture site aims at WCAG 2.2 AA.
            """,
    };

    internal static void InjectEverywhere(TestSite site, string payload)
    {
        foreach (var (file, template) in Templates)
            site.Write(file, template.Replace(P, HostileAssert.Quoted(payload)) + "\n");
    }

    [Fact]
    public void A_direction_override_in_every_front_matter_string_is_refused_everywhere_and_nothing_is_written()
    {
        using var site = Valid();
        InjectEverywhere(site, "\u202e<script>alert(1)</script>");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.All(errors, d => Assert.Equal("MAP051", d.Code));
        Assert.True(errors.Count >= 10, $"only {errors.Count} MAP051");
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Every_front_matter_string_is_escaped_wherever_it_appears(string payload)
    {
        using var site = Valid();
        InjectEverywhere(site, payload);
        var result = HostileAssert.BuildSucceedsSafely(site);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "MAP064" or "MAP065");
        var shown = payload.Trim();

        var overview = HostileAssert.Page(site.Output, "test-county/index.html");
        HostileAssert.ShowsText(overview, "h1", shown);
        Assert.Contains(shown, overview.Title);
        Assert.Contains(shown, overview.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        HostileAssert.ShowsText(overview, "li", shown); // coalition members
        foreach (var page in new[] { "how-we-got-here", "findings", "theory-of-change", "measurement-plan", "sustainability" })
        {
            var document = HostileAssert.Page(site.Output, $"test-county/{page}/index.html");
            HostileAssert.ShowsText(document, "h1", shown);
            Assert.Contains(shown, document.Title);
        }
        HostileAssert.ShowsText(HostileAssert.Page(site.Output, "test-county/how-we-got-here/index.html"), ".timeline-event", shown);
        HostileAssert.ShowsText(HostileAssert.Page(site.Output, "test-county/theory-of-change/index.html"), "li", shown);
        HostileAssert.ShowsText(HostileAssert.Page(site.Output, "test-county/measurement-plan/index.html"), "td, th", shown);
        HostileAssert.ShowsText(HostileAssert.Page(site.Output, "test-county/sustainability/index.html"), "td, th, li, dd", shown);
        var progress = HostileAssert.Page(site.Output, "test-county/progress/2024/index.html");
        HostileAssert.ShowsText(progress, "h1", shown);
        HostileAssert.ShowsText(progress, "td", shown);
        HostileAssert.ShowsText(HostileAssert.Page(site.Output, "index.html"), "h1", shown);
        HostileAssert.ShowsText(HostileAssert.Page(site.Output, "accessibility/index.html"), "h1", shown);

        // Downloads keep the text exactly, and stay well-formed.
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "test-county", "plan.json")));
        Assert.Contains(Strings(json.RootElement), v => v.Contains(shown, StringComparison.Ordinal));
        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "feed.xml")));
        Assert.Contains(feed.Descendants(), e => e.Value.Contains(shown, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    [Theory]
    [InlineData("https://example.org/\"onmouseover=\"alert(1)")]
    [InlineData("https://example.org/'><script>alert(1)</script>")]
    [InlineData("https://example.org/?q=<iframe>")]
    public void A_contact_url_with_markup_is_escaped_in_the_href(string url)
    {
        using var site = Valid();
        site.Replace(Plan + "/plan.yml", "  url: https://example.org/mobility", "  url: " + HostileAssert.Quoted(url));
        var diagnostics = HostileAssert.Check(site);
        if (diagnostics.Any(d => d.IsError))
        {
            HostileAssert.Has(diagnostics, "MAP019", site.PositionOf(Plan + "/plan.yml", "  url: ", "  url: ".Length));
            return;
        }
        HostileAssert.BuildSucceedsSafely(site);
        var overview = HostileAssert.Page(site.Output, "test-county/index.html");
        Assert.Contains(overview.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("https://example.org/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)//https://example.org")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/")]
    [InlineData("/relative/path")]
    [InlineData("https:evil.example")]
    [InlineData("http://")]
    public void A_contact_url_that_is_not_a_web_address_is_refused(string url)
    {
        using var site = Valid();
        site.Replace(Plan + "/plan.yml", "  url: https://example.org/mobility", "  url: " + HostileAssert.Quoted(url));
        HostileAssert.FailsWith(site, "MAP019", site.PositionOf(Plan + "/plan.yml", "  url: ", "  url: ".Length));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>@example.org")]
    [InlineData("team@example.org\"onmouseover=\"alert(1)")]
    [InlineData("team@example.org?subject=<b>")]
    [InlineData("team@example.org\nBcc: all@example.org")]
    public void A_contact_email_with_markup_is_refused(string email)
    {
        using var site = Valid();
        site.Replace(Plan + "/plan.yml", "  email: team@example.org", "  email: " + HostileAssert.Quoted(email));
        HostileAssert.FailsWith(site, "MAP019", site.PositionOf(Plan + "/plan.yml", "  email: ", "  email: ".Length));
    }

    /// <summary>Odd but harmless addresses pass the email check; they are written after "mailto:" and escaped.</summary>
    [Theory]
    [InlineData("team'onmouseover='alert(1)'@example.org")]
    [InlineData("javascript:alert(1)//@example.org")]
    public void A_contact_email_that_passes_is_escaped_after_mailto(string email)
    {
        using var site = Valid();
        site.Replace(Plan + "/plan.yml", "  email: team@example.org", "  email: " + HostileAssert.Quoted(email));
        Assert.DoesNotContain(HostileAssert.Check(site), d => d.IsError);
        HostileAssert.BuildSucceedsSafely(site);
        var overview = HostileAssert.Page(site.Output, "test-county/index.html");
        Assert.Contains(overview.QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == "mailto:" + email);
    }

    [Trait("Category", "Slow")]
    [Fact]
    public void An_extremely_long_title_builds_and_is_shown_whole()
    {
        using var site = Valid();
        var title = "<b>" + string.Concat(Enumerable.Repeat("Very long plan title ", 20_000)) + "</b>";
        site.Replace(Plan + "/plan.yml", "title: Test County Mobility Action Plan", "title: " + HostileAssert.Quoted(title));
        HostileAssert.BuildSucceedsSafely(site);
        HostileAssert.ShowsText(HostileAssert.Page(site.Output, "test-county/index.html"), "h1", title.Trim());
    }
}
