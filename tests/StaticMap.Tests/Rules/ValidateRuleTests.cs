using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Rules;

/// <summary>Rules over the whole plan: ids, references, coverage and narratives (MAP030–MAP035, MAP060–MAP068).</summary>
public class ValidateRuleTests
{
    private const string Theory = Plan + "/theory-of-change.md";
    private const string Measurement = Plan + "/measurement-plan.md";
    private const string Progress = Plan + "/progress/2024.md";
    private const string History = Plan + "/how-we-got-here.md";
    private const string Findings = Plan + "/findings.md";

    [Fact]
    public void MAP030_id_used_by_a_logic_model_item_and_an_indicator()
    {
        using var site = Valid();
        site.Replace(Measurement, "id: staff-hours", "id: staff-time");
        var d = RuleAssert.Single(site, "MAP030", site.PositionOf(Measurement, "staff-time\n    name"));
        Assert.Contains($"already used at line {site.PositionOf(Theory, "staff-time").Line} of {Theory}", d.Message);
    }

    [Fact]
    public void MAP031_measures_with_a_typo_suggests_the_id_and_reports_nothing_else()
    {
        using var site = Valid();
        site.Replace(Measurement, "measures: people-trained", "measures: people-traned");
        var d = RuleAssert.Single(site, "MAP031", site.PositionOf(Measurement, "people-traned"));
        Assert.Contains("did you mean 'people-trained'?", d.Message);
    }

    [Fact]
    public void MAP032_logic_model_output_without_indicator()
    {
        using var site = Valid();
        site.Replace(Measurement, "  - id: staff-hours\n    name: Staff hours\n    measures: staff-time\n    source: Timesheets\n    responsible: County\n    frequency: quarterly\n", "");
        var d = RuleAssert.Single(site, "MAP032", site.PositionOf(Theory, "staff-time"));
        Assert.Equal($"input 'staff-time' has no indicator; add one to {Measurement} with 'measures: staff-time'", d.Message);
    }

    [Fact]
    public void MAP032_activities_need_no_indicator()
    {
        using var site = Valid();
        Assert.DoesNotContain(site.Check(), d => d.Code == "MAP032");
        Assert.Contains("id: run-program", site.Read(Theory));
    }

    [Fact]
    public void MAP033_progress_update_for_an_unknown_indicator()
    {
        using var site = Valid();
        site.Replace(Progress, "indicator: trainees", "indicator: trainee");
        var d = RuleAssert.Single(site, "MAP033", site.PositionOf(Progress, "trainee\n"));
        Assert.Contains("did you mean 'trainees'?", d.Message);
    }

    [Fact]
    public void MAP034_indicator_that_measures_an_activity()
    {
        using var site = Valid();
        site.Replace(Measurement, "indicators:\n", "indicators:\n  - id: programs-run\n    name: Programs run\n    measures: run-program\n    source: Records\n    responsible: County\n    frequency: annual\n");
        RuleAssert.Single(site, "MAP034", site.PositionOf(Measurement, "run-program"));
    }

    [Fact]
    public void MAP035_indicator_updated_twice_in_a_year_is_a_warning()
    {
        using var site = Valid();
        site.Replace(Progress, "  - indicator: employment-rate", "  - indicator: trainees\n    status: achieved\n  - indicator: employment-rate");
        var d = RuleAssert.Single(site, "MAP035", site.PositionOf(Progress, "trainees\n    status: achieved"));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void MAP060_image_without_alt_text()
    {
        using var site = Valid();
        site.Replace(History, "![Coalition members by sector]", "![]");
        RuleAssert.Single(site, "MAP060", site.PositionOf(History, "![]"));
    }

    [Fact]
    public void MAP060_html_img_without_alt()
    {
        using var site = Valid();
        site.Replace(History, "![Coalition members by sector](assets/coalition.svg)", "<img src=\"assets/coalition.svg\">");
        RuleAssert.Single(site, "MAP060", site.PositionOf(History, "<img"));
    }

    [Fact]
    public void MAP061_markdown_link_out_of_the_repository()
    {
        using var site = Valid();
        site.Replace(History, "[findings](findings.md)", "[findings](../../../../etc/passwd)");
        RuleAssert.Single(site, "MAP061", site.PositionOf(History, "[findings]"));
    }

    [Fact]
    public void MAP062_local_data_file_that_does_not_exist()
    {
        using var site = Valid();
        site.Replace(Findings, "file: data/jobs-program.csv", "file: data/jobs-programme.csv");
        var d = RuleAssert.Single(site, "MAP062", site.PositionOf(Findings, "data/jobs-programme.csv"));
        Assert.Contains("data/jobs-program.csv", d.Message);
    }

    [Fact]
    public void MAP063_link_to_a_file_that_is_not_published()
    {
        using var site = Valid();
        site.Replace(History, "[findings](findings.md)", "[findings](finding.md)");
        RuleAssert.Single(site, "MAP063", site.PositionOf(History, "[findings]"));
    }

    [Fact]
    public void MAP063_site_url_that_does_not_exist()
    {
        using var site = Valid();
        site.Replace(History, "[findings](findings.md)", "[findings](/test-county/findingz/)");
        RuleAssert.Single(site, "MAP063", site.PositionOf(History, "[findings]"));
    }

    [Fact]
    public void MAP063_links_between_plans_and_to_site_urls_resolve()
    {
        using var site = Valid();
        site.Replace(History, "[findings](findings.md)", "[findings](/test-county/findings/) and [status](/test-county/status/) and [home](/)");
        Assert.Empty(site.Check());
    }

    [Fact]
    public void MAP063_raw_html_link_is_checked_like_a_markdown_link()
    {
        using var site = Valid();
        site.Replace(History, "[findings](findings.md)", "<a href=\"findigns.md\">findings</a>");
        var d = RuleAssert.Single(site, "MAP063", site.PositionOf(History, "<a href="));
        Assert.Contains("'findigns.md'", d.Message);
    }

    [Fact]
    public void MAP056_raw_html_id_reserved_for_the_theme_is_a_warning()
    {
        using var site = Valid();
        site.Replace(History, "The county joined", "<span id=\"sm-search-results\">x</span>\n\nThe county joined");
        var d = RuleAssert.Single(site, "MAP056", site.PositionOf(History, "<span id="));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'section-sm-search-results'", d.Message);
    }

    [Fact]
    public void MAP064_script_in_markdown_is_a_warning_and_never_reaches_the_page()
    {
        using var site = Valid();
        site.Replace(History, "The county joined", "<script>alert('x')</script>\n\nThe county joined");
        var d = RuleAssert.Single(site, "MAP064", site.PositionOf(History, "<script>"));
        Assert.Equal(Severity.Warning, d.Severity);
    }

    [Fact]
    public void MAP065_javascript_link_is_a_warning()
    {
        using var site = Valid();
        site.Replace(History, "[findings](findings.md)", "[findings](javascript:alert(1))");
        RuleAssert.Single(site, "MAP065", site.PositionOf(History, "[findings]"));
    }

    [Fact]
    public void MAP068_plan_folder_named_like_a_site_folder()
    {
        using var site = Valid();
        site.Move(Plan, "plans/assets");
        RuleAssert.Single(site, "MAP068", SourceSpan.File("plans/assets"));
    }

    [Fact]
    public void All_problems_of_all_plans_are_reported_at_once_sorted_by_file_and_line()
    {
        using var site = Valid();
        site.CopyFolder(Plan, "plans/second-plan");
        site.Replace("plans/second-plan/plan.yml", "status: released", "status: final");
        site.Replace(Progress, "year: 2024", "year: 2023");
        site.Replace(Theory, "vision: Everyone can earn a good living.", "vision: \"\"");
        var diagnostics = site.Check();
        Assert.Equal(["MAP014", "MAP040", "MAP011"], diagnostics.Select(d => d.Code));
        Assert.Equal(diagnostics.OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line), diagnostics);
    }
}
