using StaticMap.Core.Diagnostics;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.TestSite;

namespace StaticMap.Tests.Rules;

/// <summary>Rules of the parse stage: fields, types, values and components (MAP010–MAP026, MAP040, MAP041, MAP050, MAP061).</summary>
public class ParseRuleTests
{
    private const string PlanYml = Plan + "/plan.yml";
    private const string Findings = Plan + "/findings.md";
    private const string Theory = Plan + "/theory-of-change.md";
    private const string Measurement = Plan + "/measurement-plan.md";
    private const string Sustainability = Plan + "/sustainability.md";
    private const string Progress = Plan + "/progress/2024.md";

    [Fact]
    public void MAP010_missing_required_field_points_at_its_mapping()
    {
        using var site = Valid();
        site.Replace(PlanYml, "summary: A small plan that exercises every part of the authoring contract.\n", "");
        var d = RuleAssert.Single(site, "MAP010", new SourceSpan(PlanYml, 1, 1));
        Assert.Equal("'summary' is required; add one plain-language paragraph about the plan", d.Message);
    }

    [Fact]
    public void MAP010_missing_nested_field_names_its_path()
    {
        using var site = Valid();
        site.Replace(PlanYml, "  name: Alameda County\n", "");
        var d = RuleAssert.Single(site, "MAP010", site.PositionOf(PlanYml, "type: county"));
        Assert.StartsWith("'jurisdiction.name' is required", d.Message);
    }

    [Fact]
    public void MAP011_empty_required_field_points_at_its_key()
    {
        using var site = Valid();
        site.Replace(PlanYml, "summary: A small plan that exercises every part of the authoring contract.", "summary: \"\"");
        RuleAssert.Single(site, "MAP011", site.PositionOf(PlanYml, "summary:"));
    }

    [Fact]
    public void MAP011_empty_list_is_empty()
    {
        using var site = Valid();
        site.Replace(Sustainability, "commitments:\n  - action: Keep the jobs program running\n    responsible: Workforce board\n    resources: County general fund\n    timeline: 2024-2027\n", "commitments: []\n");
        RuleAssert.Single(site, "MAP011", site.PositionOf(Sustainability, "commitments:"));
    }

    [Fact]
    public void MAP012_text_where_a_list_is_expected()
    {
        using var site = Valid();
        site.Replace(PlanYml, "peers:\n  - \"42003\"", "peers: \"42003\"");
        var d = RuleAssert.Single(site, "MAP012", site.PositionOf(PlanYml, "\"42003\""));
        Assert.Equal("'peers' must be a list, but it is the text '42003'; write it like [\"42003\", \"27123\"]", d.Message);
    }

    [Fact]
    public void MAP012_mapping_where_text_is_expected()
    {
        using var site = Valid();
        site.Replace(PlanYml, "title: Test County Mobility Action Plan", "title:\n  text: Test");
        RuleAssert.Single(site, "MAP012", site.PositionOf(PlanYml, "text: Test"));
    }

    [Fact]
    public void MAP013_impossible_date()
    {
        using var site = Valid();
        site.Replace(PlanYml, "released: 2024-05-01", "released: 2024-13-01");
        var d = RuleAssert.Single(site, "MAP013", site.PositionOf(PlanYml, "2024-13-01"));
        Assert.Contains("YYYY-MM-DD", d.Message);
    }

    [Fact]
    public void MAP013_year_that_is_not_a_year()
    {
        using var site = Valid();
        site.Replace(Measurement, "baseline: {value: 120, year: 2023}", "baseline: {value: 120, year: last}");
        RuleAssert.Single(site, "MAP013", site.PositionOf(Measurement, "last}"));
    }

    [Fact]
    public void MAP014_unknown_enum_value_lists_the_allowed_values()
    {
        using var site = Valid();
        site.Replace(PlanYml, "status: released", "status: publishd");
        var d = RuleAssert.Single(site, "MAP014", site.PositionOf(PlanYml, "publishd"));
        Assert.Equal("'status' is 'publishd', which is not allowed; use one of: draft, released", d.Message);
    }

    [Fact]
    public void MAP014_suggests_the_closest_value()
    {
        using var site = Valid();
        site.Replace(Progress, "status: on-track", "status: ontrack");
        var d = RuleAssert.Single(site, "MAP014", site.PositionOf(Progress, "ontrack"));
        Assert.Contains("did you mean 'on-track'?", d.Message);
        Assert.Contains("not-started, on-track, at-risk, off-track, achieved", d.Message);
    }

    /// <summary>Words an author writes for an allowed value get it suggested (review8, 2026-12-07: 'frequency: yearly' got no
    /// "did you mean 'annual'?"); a word the field cannot take ('up' for a frequency) is not suggested there.</summary>
    [Theory]
    [InlineData("frequency: quarterly", "frequency: yearly", "'indicators[1].frequency' is 'yearly', which is not allowed (did you mean 'annual'?); use one of: monthly, quarterly, annual, biennial")]
    [InlineData("frequency: quarterly", "frequency: every two years", "'indicators[1].frequency' is 'every two years', which is not allowed (did you mean 'biennial'?); use one of: monthly, quarterly, annual, biennial")]
    [InlineData("frequency: quarterly", "frequency: up", "'indicators[1].frequency' is 'up', which is not allowed; use one of: monthly, quarterly, annual, biennial")]
    [InlineData("direction: increase\n    baseline: {value: 120", "direction: higher\n    baseline: {value: 120", "'indicators[2].direction' is 'higher', which is not allowed (did you mean 'increase'?); use one of: increase, decrease, maintain")]
    public void MAP014_suggests_the_allowed_word_for_what_authors_write(string original, string written, string message)
    {
        using var site = Valid();
        site.Replace(Measurement, original, written);
        var line = written.Split('\n')[0];
        var d = RuleAssert.Single(site, "MAP014", site.PositionOf(Measurement, line, line.IndexOf(": ", StringComparison.Ordinal) + 2));
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void MAP015_unknown_field_is_a_warning_with_a_suggestion()
    {
        using var site = Valid();
        site.Replace(PlanYml, "language: en", "language: en\ncontakt: x");
        var d = RuleAssert.Single(site, "MAP015", site.PositionOf(PlanYml, "contakt"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("did you mean 'contact'?", d.Message);
        Assert.True(site.Build().Succeeded, "warnings do not stop the build");
    }

    /// <summary>A required field written under its Spanish name is one diagnostic, not MAP015 about the name and MAP010 about the
    /// field (review9, 2026-12-07): MAP010 at the name written, with the name meant; the build stops, as for any missing field.</summary>
    [Fact]
    public void MAP010_a_required_field_under_its_spanish_name_is_one_error_at_that_name()
    {
        using var site = Valid();
        site.Replace(Measurement, "    responsible: Workforce board\n", "    responsable: Workforce board\n");
        var d = RuleAssert.Single(site, "MAP010", site.PositionOf(Measurement, "responsable:"));
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Equal("'indicators[2].responsible' is required, and 'responsable' is not a field (field names are in English in every language); " +
                     "did you mean 'responsible'?", d.Message);
        Assert.False(site.Build().Succeeded);
    }

    /// <summary>The same for a slip of the name, and for a field read before the unknown names are listed (a progress update's
    /// 'indicator' is read after them, a baseline's 'value' before).</summary>
    [Theory]
    [InlineData(Measurement, "    responsible: Workforce board\n", "    responsibel: Workforce board\n", "responsibel",
        "'indicators[2].responsible' is required, and 'responsibel' is not a field; did you mean 'responsible'?")]
    [InlineData(Progress, "  - indicator: trainees\n", "  - indicador: trainees\n", "indicador",
        "'updates[1].indicator' is required, and 'indicador' is not a field (field names are in English in every language); did you mean 'indicator'?")]
    [InlineData(Measurement, "baseline: {value: 120, year: 2023}", "baseline: {valor: 120, year: 2023}", "valor",
        "'indicators[2].baseline.value' is required, and 'valor' is not a field (field names are in English in every language); did you mean 'value'?")]
    public void MAP010_a_required_field_misspelt_is_one_error_at_the_name_written(string file, string from, string to, string at, string message)
    {
        var d = RuleAssert.AfterEdit(file, from, to, "MAP010", at);
        Assert.Equal(message, d.Message);
    }

    /// <summary>An optional field under its Spanish name is a warning that says field names are English, with the name meant.</summary>
    [Fact]
    public void MAP015_an_optional_field_under_its_spanish_name_says_field_names_are_english()
    {
        var d = RuleAssert.AfterEdit(Measurement, "    unit: people\n", "    unidad: personas\n", "MAP015", "unidad");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("'unidad' is not a field of an indicator and is ignored (field names are in English in every language); did you mean 'unit'?", d.Message);
    }

    /// <summary>A key that is another field (known) never explains a missing one: the required field is reported missing as before.</summary>
    [Fact]
    public void MAP010_a_known_field_near_the_missing_name_is_not_taken_for_it()
    {
        using var site = Valid();
        site.Replace(Measurement, "    responsible: Workforce board\n", "");
        var d = site.Check().Single(x => x.Code == "MAP010");
        Assert.Equal("'indicators[2].responsible' is required; add who tracks it", d.Message);
        Assert.DoesNotContain(site.Check(), x => x.Code == "MAP015");
    }

    [Fact]
    public void MAP016_fips_that_lost_its_leading_zero()
    {
        using var site = Valid();
        site.Replace(PlanYml, "fips: \"06001\"", "fips: 6001");
        var d = RuleAssert.Single(site, "MAP016", site.PositionOf(PlanYml, "6001"));
        Assert.Contains("in quotes", d.Message);
    }

    [Fact]
    public void MAP017_unknown_state_code()
    {
        using var site = Valid();
        site.Replace(PlanYml, "state: CA", "state: California");
        RuleAssert.Single(site, "MAP017", site.PositionOf(PlanYml, "California"));
    }

    [Fact]
    public void MAP017_state_and_fips_disagree()
    {
        using var site = Valid();
        site.Replace(PlanYml, "state: CA", "state: MN");
        var d = RuleAssert.Single(site, "MAP017", site.PositionOf(PlanYml, "\"06001\""));
        Assert.Contains("is in CA", d.Message);
    }

    [Fact]
    public void MAP018_id_with_capitals_and_underscores()
    {
        using var site = Valid();
        site.Replace(Theory, "id: people-trained", "id: People_Trained");
        site.Replace(Measurement, "measures: people-trained", "measures: People_Trained");
        var d = RuleAssert.Single(site, "MAP018", site.PositionOf(Theory, "People_Trained"));
        Assert.Contains("'people-trained'", d.Message);
    }

    [Fact]
    public void MAP019_javascript_url_in_contact()
    {
        using var site = Valid();
        site.Replace(PlanYml, "url: https://example.org/mobility", "url: javascript:alert(1)");
        RuleAssert.Single(site, "MAP019", site.PositionOf(PlanYml, "javascript:"));
    }

    [Fact]
    public void MAP020_missing_component()
    {
        using var site = Valid();
        site.Delete(Sustainability);
        var d = RuleAssert.Single(site, "MAP020", SourceSpan.File(PlanYml));
        Assert.Contains("'sustainability'", d.Message);
    }

    [Fact]
    public void MAP021_component_written_twice_points_at_the_second_file()
    {
        using var site = Valid();
        // Files are read in ordinal order of their names, so the copy named z-… is the second.
        site.Write(Plan + "/z-sustainability.md", site.Read(Sustainability));
        var d = RuleAssert.Single(site, "MAP021", new SourceSpan(Plan + "/z-sustainability.md", 2, 12));
        Assert.Contains(Sustainability, d.Message);
    }

    [Fact]
    public void MAP022_unknown_component_suggests_the_closest()
    {
        using var site = Valid();
        site.Replace(Sustainability, "component: sustainability", "component: sustainabilty");
        var d = RuleAssert.Single(site, "MAP022", site.PositionOf(Sustainability, "sustainabilty"));
        Assert.Contains("did you mean 'sustainability'?", d.Message);
    }

    [Fact]
    public void MAP023_component_without_narrative()
    {
        using var site = Valid();
        site.Replace(Sustainability, "How the work lasts beyond one budget cycle.\n", "\n");
        RuleAssert.Single(site, "MAP023", site.PositionOf(Sustainability, "sustainability"));
    }

    [Fact]
    public void MAP024_theory_of_change_with_neither_part()
    {
        using var site = Valid();
        site.Write(Theory, "---\ncomponent: theory-of-change\nvision: Everyone can earn a good living.\n---\nText.\n");
        var diagnostics = site.Check();
        var d = Assert.Single(diagnostics);
        Assert.Equal("MAP024", d.Code);
        Assert.Equal(new SourceSpan(Theory, 2, 12), d.Span);
    }

    [Fact]
    public void MAP025_language_that_is_not_a_language_tag()
    {
        using var site = Valid();
        site.Replace(PlanYml, "language: en", "language: English please");
        RuleAssert.Single(site, "MAP025", site.PositionOf(PlanYml, "English please"));
    }

    [Fact]
    public void MAP026_metric_entry_with_neither_metric_nor_file()
    {
        using var site = Valid();
        site.Replace(Findings, "  - file: data/jobs-program.csv\n    label: Youth jobs program placements\n    unit: people\n", "  - takeaway: Nothing to show.\n");
        RuleAssert.Single(site, "MAP026", site.PositionOf(Findings, "takeaway: Nothing"));
    }

    [Fact]
    public void MAP026_metric_entry_with_both()
    {
        using var site = Valid();
        site.Replace(Findings, "  - file: data/jobs-program.csv", "  - metric: share_employed\n    file: data/jobs-program.csv");
        RuleAssert.Single(site, "MAP026", site.PositionOf(Findings, "file: data/jobs"));
    }

    [Fact]
    public void MAP040_progress_year_differs_from_file_name()
    {
        using var site = Valid();
        site.Replace(Progress, "year: 2024", "year: 2023");
        var d = RuleAssert.Single(site, "MAP040", site.PositionOf(Progress, "2023"));
        Assert.Contains("progress/2023.md", d.Message);
    }

    [Fact]
    public void MAP041_progress_file_not_named_by_year()
    {
        using var site = Valid();
        site.Write(Plan + "/progress/notes.md", site.Read(Progress).Replace("year: 2024", "year: 2025"));
        RuleAssert.Single(site, "MAP041", SourceSpan.File(Plan + "/progress/notes.md"));
    }

    [Fact]
    public void MAP050_released_plan_without_release_date()
    {
        using var site = Valid();
        site.Replace(PlanYml, "released: 2024-05-01\n", "");
        RuleAssert.Single(site, "MAP050", site.PositionOf(PlanYml, "released", 0) with { Column = 9 });
    }

    [Fact]
    public void MAP050_draft_needs_no_release_date()
    {
        using var site = Valid();
        site.Replace(PlanYml, "status: released\nreleased: 2024-05-01\n", "status: draft\n");
        Assert.Empty(site.Check());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("data/../../other-plan/data/x.csv")]
    [InlineData("C:\\\\Windows\\\\win.ini")]
    [InlineData("file:///etc/passwd")]
    public void MAP061_data_file_path_that_leaves_the_plan(string path)
    {
        using var site = Valid();
        site.Replace(Findings, "file: data/jobs-program.csv", $"file: \"{path}\"");
        RuleAssert.Single(site, "MAP061", site.PositionOf(Findings, $"\"{path}\""));
    }
}
