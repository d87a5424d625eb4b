using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Rules;

/// <summary>
/// Values that used to pass unnoticed: a contact email written as a mailto: link, web addresses with spaces or quotes,
/// timeline dates that are not on the calendar, invisible direction controls in titles; and MAP007's example.
/// </summary>
public class InputHardeningTests
{
    private const string PlanYml = Plan + "/plan.yml";
    private const string History = Plan + "/how-we-got-here.md";

    // --- contact.email: mailto: is accepted and dropped

    [Theory]
    [InlineData("mailto:team@example.org")]
    [InlineData("MAILTO:team@example.org")]
    [InlineData("mailto: team@example.org")]
    public void MAP019_a_contact_email_written_as_a_mailto_link_is_accepted_and_the_page_links_it_once(string written)
    {
        using var site = Valid();
        site.Replace(PlanYml, "email: team@example.org", $"email: \"{written}\"");
        Assert.Empty(site.Check());
        Assert.True(site.Build().Succeeded);
        var page = File.ReadAllText(Path.Combine(site.Output, "test-county", "index.html"));
        Assert.Contains("href=\"mailto:team@example.org\"", page);
        Assert.DoesNotContain("mailto:mailto:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(">mailto:", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void MAP019_mailto_with_nothing_after_it_is_not_an_email()
    {
        using var site = Valid();
        site.Replace(PlanYml, "email: team@example.org", "email: \"mailto:\"");
        var d = RuleAssert.Single(site, "MAP019", site.PositionOf(PlanYml, "\"mailto:\""));
        Assert.Equal("'contact.email' is 'mailto:', which is not an email address; write it like name@example.org", d.Message);
    }

    // --- contact.url: no spaces, quotes, angle brackets or line breaks

    [Theory]
    [InlineData("\"https://example.org/a b\"", "a space", "%20")]
    [InlineData("'https://example.org/\"onmouseover=\"alert(1)'", "a double quote (\")", "%22")]
    [InlineData("\"https://example.org/it's\"", "a single quote (')", "%27")]
    [InlineData("\"https://example.org/<script>\"", "an angle bracket (<)", "%3C")]
    [InlineData("\"https://example.org/a\\tb\"", "a tab", "%09")]
    public void MAP019_a_web_address_with_a_character_it_cannot_hold_is_refused_with_the_fix(string yaml, string described, string percent)
    {
        using var site = Valid();
        site.Replace(PlanYml, "url: https://example.org/mobility", "url: " + yaml);
        var d = RuleAssert.Single(site, "MAP019", site.PositionOf(PlanYml, yaml));
        Assert.Contains($": a web address cannot contain {described}; remove it or write it as {percent}", d.Message);
        Assert.StartsWith("'contact.url' is 'https://example.org/", d.Message);
    }

    [Fact]
    public void MAP019_a_web_address_with_a_line_break_is_refused_and_the_message_stays_on_one_line()
    {
        using var site = Valid();
        site.Replace(PlanYml, "url: https://example.org/mobility", "url: |\n    https://example.org/\n    evil");
        var d = RuleAssert.Single(site, "MAP019", site.PositionOf(PlanYml, "|\n    https"));
        Assert.Equal("'contact.url' is 'https://example.org/\\nevil': a web address cannot contain a line break; remove it or write it as %0A", d.Message);
    }

    [Fact]
    public void MAP019_a_percent_encoded_web_address_is_accepted()
    {
        using var site = Valid();
        site.Replace(PlanYml, "url: https://example.org/mobility", "url: https://example.org/mobility%20plan?lang=en");
        Assert.Empty(site.Check());
    }

    // --- timeline dates

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("2024-06-31")]
    [InlineData("2024-6")]
    [InlineData("2024-06-5")]
    [InlineData("0000")]
    public void MAP013_a_timeline_date_written_in_digits_must_be_on_the_calendar(string date)
    {
        using var site = Valid();
        site.Replace(History, "date: \"2021-06\"", $"date: \"{date}\"");
        var d = RuleAssert.Single(site, "MAP013", site.PositionOf(History, $"\"{date}\""));
        Assert.Equal($"'timeline[1].date' is '{date}', which is not a date on the calendar; write a year (2021), a month (2021-06) " +
                     "or a day (2021-06-15) that exists, with two-digit months and days, or the date in words, e.g. 'Spring 2021'", d.Message);
    }

    [Fact]
    public void MAP013_an_unquoted_impossible_timeline_date_is_reported_too()
    {
        using var site = Valid();
        site.Replace(History, "date: \"2022-03-15\"", "date: 2024-02-30");
        RuleAssert.Single(site, "MAP013", site.PositionOf(History, "2024-02-30"));
    }

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("2021")]
    [InlineData("2021-12")]
    [InlineData("Spring 2021")]
    [InlineData("June 2021")]
    [InlineData("1990-2000")]
    [InlineData("2021–22")]
    public void A_timeline_date_that_is_real_or_written_in_words_passes(string date)
    {
        using var site = Valid();
        site.Replace(History, "date: \"2021-06\"", $"date: \"{date}\"");
        Assert.Empty(site.Check());
    }

    [Fact]
    public void Only_real_timeline_dates_are_marked_up_as_machine_readable()
    {
        Assert.Equal("2024-02-29", StaticMap.Core.Parsing.TimelineDates.Iso("2024-02-29"));
        Assert.Equal("2021", StaticMap.Core.Parsing.TimelineDates.Iso("2021"));
        Assert.Null(StaticMap.Core.Parsing.TimelineDates.Iso("2024-02-30"));
        Assert.Null(StaticMap.Core.Parsing.TimelineDates.Iso("Spring 2021"));
    }

    // --- MAP007: the example says what this file should start with

    [Theory]
    [InlineData("sustainability.md", "Just narrative, no front matter.\n", "'component: sustainability'")]
    [InlineData("theory-of-change.md", "# Findings\n\nText.\n", "'component: theory-of-change'")]
    [InlineData("notes.md", "# Our theory of change\n\nText.\n", "'component: theory-of-change'")]
    [InlineData("02-measurement.md", "Text.\n", "'component: measurement-plan'")]
    [InlineData("notes.md", "## Summary of upward mobility findings\n\nText.\n", "'component: findings'")]
    [InlineData("notes.md", "Just text.\n",
        "'component:' and one of how-we-got-here, findings, theory-of-change, measurement-plan, sustainability")]
    public void MAP007_suggests_the_component_the_file_name_or_first_heading_names(string file, string text, string example)
    {
        using var site = Valid();
        site.Write(Plan + "/" + file, text);
        var d = site.Check().Single(x => x.Code == "MAP007");
        Assert.Equal(SourceSpan.File(Plan + "/" + file), d.Span);
        Assert.Equal($"the file has no front matter; start it with a '---' line, then {example}, then a closing '---' line", d.Message);
    }

    [Fact]
    public void MAP007_a_progress_report_is_told_its_year()
    {
        using var site = Valid();
        site.Write(Plan + "/progress/2025.md", "Progress in 2025.\n");
        var d = RuleAssert.Single(site, "MAP007", SourceSpan.File(Plan + "/progress/2025.md"));
        Assert.Equal("the file has no front matter; start it with a '---' line, then 'year: 2025' and 'updates:', then a closing '---' line", d.Message);
    }

    // --- MAP051: invisible direction controls

    [Theory]
    [InlineData('\u202E', "RIGHT-TO-LEFT OVERRIDE")]
    [InlineData('\u202A', "LEFT-TO-RIGHT EMBEDDING")]
    [InlineData('\u202D', "LEFT-TO-RIGHT OVERRIDE")]
    [InlineData('\u2066', "LEFT-TO-RIGHT ISOLATE")]
    [InlineData('\u2069', "POP DIRECTIONAL ISOLATE")]
    public void MAP051_a_direction_control_in_the_plan_title_is_reported_at_the_character(char control, string name)
    {
        using var site = Valid();
        site.Replace(PlanYml, "title: Test County Mobility Action Plan", $"title: Test County {control}nalP noitcA");
        var d = RuleAssert.Single(site, "MAP051", site.PositionOf(PlanYml, control.ToString()));
        var code = $"U+{(int)control:X4}";
        Assert.Equal($"'title' contains the invisible direction-control character {code} ({name}), which makes the text show in another " +
                     $"order than it reads; remove the invisible direction-control character {code} (retype the value if your editor does not show it)",
            d.Message);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void MAP051_in_a_nested_quoted_name_and_in_front_matter()
    {
        using var site = Valid();
        site.Replace(PlanYml, "  - name: Residents' advisory panel", "  - name: \"Residents'\u2067 advisory panel\"");
        site.Replace(History, "event: Coalition formed", "event: Coalition \u202Eformed");
        var diagnostics = site.Check();
        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal("MAP051", d.Code));
        Assert.Contains(diagnostics, d => d.Span == site.PositionOf(PlanYml, "\u2067") && d.Message.StartsWith("'coalition[2].name' contains", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Span == site.PositionOf(History, "\u202E") && d.Message.StartsWith("'timeline[1].event' contains", StringComparison.Ordinal));
    }

    [Fact]
    public void MAP051_a_control_written_as_an_escape_is_reported_at_the_value()
    {
        using var site = Valid();
        site.Replace(PlanYml, "title: Test County Mobility Action Plan", "title: \"Test County \\u202Enalp\"");
        RuleAssert.Single(site, "MAP051", site.PositionOf(PlanYml, "\"Test County"));
    }

    [Fact]
    public void Right_to_left_marks_and_right_to_left_text_pass()
    {
        using var site = Valid();
        site.Replace(PlanYml, "role: Convener", "role: \"\u05DE\u05D0\u05E8\u05D7 \u200F(Convener)\u200E\"");
        Assert.Empty(site.Check());
    }
}
