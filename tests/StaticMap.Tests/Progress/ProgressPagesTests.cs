using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;
using StaticMap.Tests.Translations;

namespace StaticMap.Tests.Progress;

/// <summary>
/// The valid site with two more reports, built as if on 2028-08-01, when the 2027 report is overdue: 2025 leaves the trainees'
/// status to the numbers and the employment rate's value to the data (Urban's latest is 2021), 2026 has no newer data.
/// </summary>
public sealed class ProgressPagesTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _site = TestSite.Valid();

    public ProgressPagesTests()
    {
        _site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\npublished: 2026-03-15\nupdates:\n  - indicator: trainees\n    value: 200\n" +
            "  - indicator: employment-rate\n    status: at-risk\n---\nThe second year.\n");
        _site.Write(TestSite.Plan + "/progress/2026.md",
            "---\nyear: 2026\nupdates:\n  - indicator: employment-rate\n    status: at-risk\n---\nThe third year.\n");
        var result = _site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2028, 8, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private IHtmlDocument Page(string path) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "test-county", path, "index.html")));

    [Fact]
    public void Progress_page_shows_one_status_per_indicator_computed_where_the_coalition_gave_none()
    {
        var page = Page("progress/2025");
        Assert.DoesNotContain("By the numbers", page.Body!.TextContent);
        Assert.DoesNotContain("Reported:", page.Body!.TextContent);
        Assert.Null(page.QuerySelector(".status-summary-computed"));
        var table = page.QuerySelector("table.updates-table")!;
        var headers = table.QuerySelectorAll("thead th").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(["Indicator", "Status", "Latest value", "Baseline", "Target", "Progress toward the target", "Note"], headers);
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("People trained"));
        Assert.Equal("row", row.QuerySelector("th")!.GetAttribute("scope"));
        var cells = row.QuerySelectorAll("td").Select(c => Normalise(c.TextContent)).ToList();
        // 120 (2023) to 300 (2026): 240 expected in 2025; 200 is 80 of the 180 of the whole way (44%).
        Assert.Equal("! At risk Computed from the numbers: 200 people in 2025, behind the 240 people expected on the way to 300 people by 2026.", cells[0]);
        Assert.Equal("200 people in 2025", cells[1]);
        Assert.Equal("44% of the way from the baseline to the target", cells[4]);
        Assert.Equal("Each status is the coalition's judgement; where the coalition gave none, it is computed from the numbers: the value " +
                     "against a straight path from the baseline to the target.", Normalise(page.QuerySelector(".updates-intro")!.TextContent));
    }

    /// <summary>A plan written to the contract alone: baseline, target and value, no 'direction'. The page computes the status
    /// (the way from baseline to target is the direction) instead of "No status yet", and says how far along it is.</summary>
    [Fact]
    public void An_indicator_without_direction_gets_its_status_computed_from_baseline_target_and_value()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/measurement-plan.md", "    unit: people\n    direction: increase\n", "    unit: people\n");
        site.Write(TestSite.Plan + "/progress/2024.md", "---\nyear: 2024\nupdates:\n  - indicator: trainees\n    value: 150\n---\nThe first year.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "progress", "2024", "index.html")));
        var row = page.QuerySelectorAll("table.updates-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("People trained"));
        var cells = row.QuerySelectorAll("td").Select(c => Normalise(c.TextContent)).ToList();
        // 120 (2023) to 300 (2026): 180 expected in 2024; 150 is 30 of the 60 needed by then (50%), 16% of the whole way.
        Assert.Equal("! At risk Computed from the numbers: 150 people in 2024, behind the 180 people expected on the way to 300 people by 2026.", cells[0]);
        Assert.Equal("16% of the way from the baseline to the target", cells[4]);
        Assert.DoesNotContain("No status yet", page.Body!.TextContent);
    }

    /// <summary>On track by the numbers but a little short of the path: the page said "✓ On track … behind the 200 people
    /// expected" (review8, 2026-12-07); it says "close to", in English and in Spanish.</summary>
    [Fact]
    public void An_on_track_value_short_of_the_path_is_close_to_it_not_behind()
    {
        using var site = SpanishFixture.Create();
        site.Write(TestSite.Plan + "/progress/2024.md", "---\nyear: 2024\nupdates:\n  - indicator: trainees\n    value: 178\n---\nThe first year.\n");
        site.Write(TestSite.Plan + "/progress/2024.es.md", "---\nyear: 2024\n---\nEl primer año.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string Cell(string path)
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path, "index.html")));
            var row = page.QuerySelectorAll("table.updates-table tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href")!.EndsWith("#sm-indicator-trainees", StringComparison.Ordinal));
            return Normalise(row.QuerySelectorAll("td")[0].TextContent);
        }
        // 120 (2023) to 300 (2026): 180 expected in 2024; 178 is 58 of the 60 needed (96.7%).
        Assert.Equal("✓ On track Computed from the numbers: 178 people in 2024, close to the 180 people expected on the way to 300 people by 2026.",
            Cell("test-county/progress/2024"));
        Assert.StartsWith("✓ Por buen camino Calculado con las cifras: 178 ", Cell("es/test-county/progress/2024"));
        Assert.Contains(" en 2024, cerca de lo esperado (180 ", Cell("es/test-county/progress/2024"));
    }

    /// <summary>Behind in the target's own year: the straight path has arrived at the target, so "behind the 300 people expected on
    /// the way to 300 people by 2026" said the target twice (review12, 2026-12-08: "3 positions in 2025, behind the 4 positions
    /// expected on the way to 4 positions by 2025"); the sentence says the target was not reached, in English and in Spanish.</summary>
    [Fact]
    public void A_value_behind_in_the_targets_year_says_the_target_is_not_reached()
    {
        using var site = SpanishFixture.Create();
        site.Replace(TestSite.Plan + "/measurement-plan.md", "target: {value: 300, year: 2026}", "target: {value: 300, year: 2024}");
        site.Write(TestSite.Plan + "/progress/2024.md", "---\nyear: 2024\nupdates:\n  - indicator: trainees\n    value: 200\n---\nThe first year.\n");
        site.Write(TestSite.Plan + "/progress/2024.es.md", "---\nyear: 2024\n---\nEl primer año.\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        string Cell(string path)
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, path, "index.html")));
            var row = page.QuerySelectorAll("table.updates-table tbody tr").Single(r => r.QuerySelector("th a")!.GetAttribute("href")!.EndsWith("#sm-indicator-trainees", StringComparison.Ordinal));
            return Normalise(row.QuerySelectorAll("td")[0].TextContent);
        }
        // 120 (2023) to 300 (2024): 200 is 80 of the 180 needed by 2024 (44%): off track, and the target's year has come.
        Assert.Equal("✕ Off track Computed from the numbers: 200 people in 2024: the target of 300 people by 2024 is not reached.",
            Cell("test-county/progress/2024"));
        Assert.EndsWith(" en 2024: no se alcanzó la meta de 300 personas para 2024.", Cell("es/test-county/progress/2024"));
    }

    [Fact]
    public void A_value_from_the_data_keeps_its_data_year_in_the_table_chart_and_download()
    {
        var row = Page("progress/2025").QuerySelectorAll("table.updates-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Employment rate");
        var cells = row.QuerySelectorAll("td").Select(c => Normalise(c.TextContent)).ToList();
        Assert.Equal("! At risk", cells[0]); // the coalition's status, alone
        Assert.Equal("80.4% in 2021Urban Institute, Mobility Metrics, 2021", cells[1]);
        var csv = File.ReadAllText(Path.Combine(_site.Output, "test-county", "downloads", "progress-2025-employment-rate.csv"));
        Assert.Contains("Reported,2021,", csv);
        Assert.DoesNotContain("Reported,2025,", csv);
        Assert.Contains("Reported,2021,80.4,,,\nReported,2024,80.9,,,", csv.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("80.4% in 2025", Page("progress/2025").Body!.TextContent);
    }

    [Fact]
    public void A_report_with_no_newer_data_says_so()
    {
        var page = Page("progress/2026");
        var row = page.QuerySelectorAll("table.updates-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Employment rate");
        Assert.Equal("No newer data since 2021Urban Institute, Mobility Metrics, 2021", Normalise(row.QuerySelectorAll("td")[1].TextContent));
        Assert.DoesNotContain("Employment rate went", page.Body!.TextContent);
        // "What changed" says it too, though the coalition's status (at risk) is the same as last year's (review9, 2026-12-07:
        // "no newer data" said only where a status had moved).
        // One sentence with the status the table shows and whose it is (review11, 2026-12-07).
        Assert.Equal(["Employment rate: at risk (the coalition's assessment; no newer data since 2021)."],
            page.QuerySelectorAll("section.changes li").Select(l => Normalise(l.TextContent)).Where(c => c.StartsWith("Employment rate", StringComparison.Ordinal)));
    }

    [Fact]
    public void Progress_page_says_what_changed_since_the_previous_report()
    {
        var section = Page("progress/2025").QuerySelector("section.changes")!;
        Assert.Equal("What changed since the previous report", section.QuerySelector("h2")!.TextContent);
        var items = section.QuerySelectorAll("li").Select(l => l.TextContent).ToList();
        Assert.Equal([
            "People trained moved from on track to at risk.",
            "People trained went up from 150 people in 2024 to 200 people in 2025.",
        ], items); // the employment rate's 2021 data are not a change from the 2024 value
        Assert.Null(Page("progress/2024").QuerySelector("section.changes"));
    }

    [Fact]
    public void Progress_index_has_statuses_year_by_year_in_one_table()
    {
        var table = Page("progress").QuerySelector("#sm-over-time-caption")!.ParentElement!;
        Assert.Equal("Each indicator's status and value by report", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var row = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Employment rate");
        Assert.Equal(["! At risk80.9% in 2024", "! At risk80.4% in 2021", "! At riskNo newer data since 2021"],
            row.QuerySelectorAll("td").Skip(2).Select(c => Normalise(c.TextContent)));
        Assert.Empty(Page("progress").QuerySelectorAll("ul.status-summary-computed"));
    }

    [Fact]
    public void Status_page_is_about_what_each_report_covers()
    {
        var page = Page("status");
        Assert.Equal("Report overdue. The progress report for 2027 is overdue: it was due by July 1, 2028, 6 months after the year ended.",
            Normalise(page.QuerySelector(".notice-overdue")!.TextContent));
        var table = page.QuerySelector("table.rollup-table")!;
        Assert.Equal("What each progress report covers", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["Report", "Indicators updated", "With a value for the report's year", "Values from the Mobility Metrics, latest data year",
            "Status set by the coalition", "Status computed from the numbers", "No status yet"], table.QuerySelectorAll("thead th").Select(t => t.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["2026 progress report", "2025 progress report", "2024 progress report"], rows.Select(r => r.QuerySelector("th[scope=row]")!.TextContent));
        // The 2021 data are not a value for 2025 or 2026; coalition, computed and no status add up to the updates.
        Assert.Equal(["1 of 4", "0 of 1", "1 (2021 data; 1 with no newer data)", "1", "0", "0"], rows[0].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal(["2 of 4", "1 of 2", "1 (2021 data)", "1", "1", "0"], rows[1].QuerySelectorAll("td").Select(c => c.TextContent));
    }

    [Fact]
    public void Feed_dates_a_report_by_its_published_date_or_the_day_after_its_year()
    {
        var feed = File.ReadAllText(Path.Combine(_site.Output, "feed.xml"));
        Assert.Contains("Since the previous report: People trained moved from on track to at risk.", feed);
        Assert.Contains("<updated>2026-03-15T00:00:00Z</updated>", feed);
        Assert.Contains("<updated>2027-01-01T00:00:00Z</updated>", feed);
        Assert.DoesNotContain("-12-31T", feed);
    }

    /// <summary>A report of the year still running, without 'published', is dated the build's date, never January 1 of the
    /// next year, a day to come (fixes9, 2026-12-07); a report of a year that has ended keeps the day after its year.</summary>
    [Fact]
    public void Feed_never_dates_a_report_after_the_build_date()
    {
        using var site = TestSite.Valid();
        site.Write(TestSite.Plan + "/progress/2026.md",
            "---\nyear: 2026\nupdates:\n  - indicator: employment-rate\n    status: at-risk\n---\nThe year so far.\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 12, 7))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var feed = System.Xml.Linq.XDocument.Load(Path.Combine(site.Output, "feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var updated = feed.Root!.Elements(atom + "entry")
            .Select(e => (e.Element(atom + "id")!.Value.TrimEnd('/').Split('/')[^1], e.Element(atom + "updated")!.Value)).ToList();
        Assert.Equal([("2026", "2026-12-07T00:00:00Z"), ("2024", "2025-01-01T00:00:00Z")], updated);
        Assert.Equal("2026-12-07T00:00:00Z", feed.Root!.Element(atom + "updated")!.Value);
    }

    internal static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => _site.Dispose();
}

/// <summary>
/// An indicator that follows one group's values ('subgroup'): "What changed" names the group, as the progress rows do
/// (review, 2026-12-07: "Employment rate went down from 80.9% …" read as everyone's employment rate).
/// </summary>
public sealed class ProgressChangesOfAGroupTests
{
    /// <summary>The test plan with a Spanish edition (plan.es.yml only: the measurement plan stays English) and a 2025 report
    /// moving employment-rate to 78 and on track, built on 2026-04-01.</summary>
    private static void BuildSpanishEditionWithA2025Report(TestSite site)
    {
        site.Replace(TestSite.Plan + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(TestSite.Plan + "/plan.es.yml", "title: Plan de prueba\nsummary: Un plan pequeño.\njurisdiction:\n  name: Condado de Prueba\n");
        site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\npublished: 2026-03-15\nupdates:\n  - indicator: employment-rate\n    value: 78\n    status: on-track\n---\nThe second year.\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 4, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void What_changed_names_the_group_in_both_languages()
    {
        using var site = TestSite.Valid();
        var measurementPlan = TestSite.Plan + "/measurement-plan.md";
        site.Replace(measurementPlan, "    metric: share_employed\n", "    metric: share_employed\n    subgroup: Black, Non-Hispanic\n");
        site.Replace(measurementPlan, "baseline: {value: 80.4, year: 2021}", "baseline: {value: 74.9, year: 2021}");
        BuildSpanishEditionWithA2025Report(site);
        List<string> Changes(string prefix) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", "2025", "index.html")))
            .QuerySelectorAll("section.changes li").Select(l => l.TextContent).ToList();
        Assert.Contains("Employment rate for Black, non-Hispanic residents moved from at risk to on track.", Changes(""));
        Assert.Contains("Employment rate for Black, non-Hispanic residents went down from 80.9% in 2024 to 78% in 2025.", Changes(""));
        Assert.Contains("Employment rate de la población negra o afroamericana no hispana: bajó de 80.9\u00a0% en 2024 a 78\u00a0% en 2025.", Changes("es"));
    }

    /// <summary>
    /// A Spanish page of a plan whose measurement plan is not translated writes the English indicator name inside the Spanish
    /// "Qué cambió" sentences marked lang="en", as the updates table's links are (review, 2026-12-07: only the table marked it).
    /// </summary>
    [Fact]
    public void What_changed_marks_an_untranslated_indicator_name_with_its_language()
    {
        using var site = TestSite.Valid();
        BuildSpanishEditionWithA2025Report(site);
        List<AngleSharp.Dom.IElement> Items(string prefix) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", "2025", "index.html")))
            .QuerySelectorAll("section.changes li").ToList();
        var spanish = Items("es");
        Assert.Contains(spanish, li => li.TextContent == "Employment rate: bajó de 80.9\u00a0% en 2024 a 78\u00a0% en 2025.");
        Assert.All(spanish, li => Assert.Contains(Assert.Single(li.QuerySelectorAll("span[lang='en']")).TextContent, new[] { "Employment rate", "People trained" }));
        Assert.Contains(spanish, li => li.QuerySelector("span[lang='en']")!.TextContent == "Employment rate" && li.TextContent.Contains("bajó de"));
        var english = Items("");
        Assert.NotEmpty(english);
        Assert.All(english, li => Assert.Empty(li.QuerySelectorAll("[lang]")));
    }

    /// <summary>An untranslated plan's Spanish progress page: the sentence under each chart and its data table's caption mark the
    /// English indicator name and unit with lang="en", as the heading does, and nothing else (review8, 2026-12-07: "Staff hours
    /// spent on employer outreach: 1,500 en 2025" and "210 people en 2025" were unmarked English in Spanish sentences).</summary>
    [Fact]
    public void Indicator_chart_summaries_and_table_captions_mark_an_untranslated_name_and_unit()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(TestSite.Plan + "/plan.es.yml", "title: Plan de prueba\nsummary: Un plan pequeño.\njurisdiction:\n  name: Condado de Prueba\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 4, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AngleSharp.Dom.IElement Chart(string prefix) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", "2024", "index.html")))
            .GetElementById("sm-chart-2024-trainees")!;
        var spanish = Chart("es");
        Assert.Equal("<span lang=\"en\">People trained</span>: 150 <span lang=\"en\">people</span> en 2024, frente a un punto de partida de 120 <span lang=\"en\">people</span> " +
                     "en 2023; la meta es 300 <span lang=\"en\">people</span> para 2026.", spanish.QuerySelector(".chart-summary")!.InnerHtml);
        Assert.Equal("Datos: <span lang=\"en\">People trained</span>, de 2023 a 2026: valores informados y meta.", spanish.QuerySelector("table caption")!.InnerHtml);
        // Read as text, each says what it said before; the Spanish words carry no lang of their own.
        Assert.Equal(spanish.QuerySelector("canvas")!.TextContent, spanish.QuerySelector(".chart-summary")!.TextContent);
        Assert.All(spanish.QuerySelectorAll(".chart-summary [lang], table caption [lang]"), e => Assert.Contains(e.TextContent, new[] { "People trained", "people" }));
        var english = Chart("");
        Assert.Empty(english.QuerySelectorAll(".chart-summary [lang], table caption [lang]"));
        Assert.Equal("People trained: 150 people in 2024, against a baseline of 120 people in 2023; the target is 300 people by 2026.", english.QuerySelector(".chart-summary")!.InnerHtml);
    }

    /// <summary>The same page's chart headings: "Employment rate, de 2021 a 2030: …" marks the English name (review, 2026-12-07).</summary>
    [Fact]
    public void Indicator_chart_headings_mark_an_untranslated_indicator_name_with_its_language()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(TestSite.Plan + "/plan.es.yml", "title: Plan de prueba\nsummary: Un plan pequeño.\njurisdiction:\n  name: Condado de Prueba\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 4, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        List<AngleSharp.Dom.IElement> Headings(string prefix) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", "2024", "index.html")))
            .QuerySelectorAll("h3.chart-heading").ToList();
        var spanish = Headings("es");
        Assert.NotEmpty(spanish);
        Assert.All(spanish, h => Assert.Single(h.QuerySelectorAll("span[lang='en']")));
        var employment = Assert.Single(spanish, h => h.TextContent.StartsWith("Employment rate, de ", StringComparison.Ordinal));
        Assert.Equal("Employment rate", employment.QuerySelector("span[lang='en']")!.TextContent);
        Assert.EndsWith(": valores informados y meta.", employment.TextContent);
        var english = Headings("");
        Assert.NotEmpty(english);
        Assert.All(english, h => Assert.Empty(h.QuerySelectorAll("[lang]")));
        // The embed page's heading of the same chart, which names its report.
        var embed = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "es", "test-county", "embed", "index.html")))
            .QuerySelector("#sm-chart-2024-employment-rate-embed-heading")!;
        Assert.Equal("Employment rate", Assert.Single(embed.QuerySelectorAll("span[lang='en']")).TextContent);
        Assert.EndsWith(": valores informados y meta, informe de avance de 2024", embed.TextContent);
    }

    /// <summary>The 2025 and 2026 reports leave the employment rate to the data, whose latest year is the baseline's (2021): the
    /// row said "✓ On track" beside "0% of the way from the baseline to the target" (and, in 2026, "No newer data since 2021").
    /// The data say nothing yet of a change since the baseline: no status, and the status column says why, in both languages
    /// (fixes9, 2026-12-07; docs/coalition-workflow.md, "Status by the numbers").</summary>
    [Fact]
    public void Data_with_no_year_after_the_baseline_give_no_status_and_no_share_of_the_way()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(TestSite.Plan + "/plan.es.yml", "title: Plan de prueba\nsummary: Un plan pequeño.\njurisdiction:\n  name: Condado de Prueba\n");
        site.Write(TestSite.Plan + "/progress/2025.md", "---\nyear: 2025\nupdates:\n  - indicator: employment-rate\n---\nThe second year.\n");
        site.Write(TestSite.Plan + "/progress/2026.md", "---\nyear: 2026\nupdates:\n  - indicator: employment-rate\n---\nThe third year.\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2027, 4, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        List<string> Cells(string prefix, int year) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", "progress", year.ToString(System.Globalization.CultureInfo.InvariantCulture), "index.html")))
            .QuerySelectorAll("table.updates-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Employment rate"))
            .QuerySelectorAll("td").Select(c => ProgressPagesTests.Normalise(c.TextContent)).ToList();
        var english = Cells("", 2026);
        Assert.Equal("– No status yet No status is computed yet: the data have no year after the baseline's (2021).", english[0]);
        Assert.Equal("No newer data since 2021Urban Institute, Mobility Metrics, 2021", english[1]);
        Assert.Equal("", english[4]);
        Assert.Equal(english[0], Cells("", 2025)[0]);
        Assert.Equal("", Cells("", 2025)[4]);
        var spanish = Cells("es", 2026);
        Assert.Equal("– Sin estado todavía Todavía no se calcula ningún estado: los datos no tienen ningún año posterior al del punto de partida (2021).", spanish[0]);
        Assert.Equal("", spanish[4]);
        // The coalition's 2024 value, of a year after the baseline, still gets its share of the way.
        Assert.EndsWith("of the way from the baseline to the target", Cells("", 2024)[4]);
    }

    /// <summary>The same page's chart names that only a screen reader hears, after the data table's toggle and each download and
    /// share link ("Descargar estos datos: Employment rate, de 2021 a 2030 …"), mark the English name as the heading does, and so
    /// does the embed page's link back to the chart (fixes9, 2026-12-07: only the visible caption and sentence marked it).</summary>
    [Fact]
    public void Chart_names_read_by_screen_readers_mark_an_untranslated_indicator_name_with_its_language()
    {
        using var site = TestSite.Valid();
        site.Replace(TestSite.Plan + "/plan.yml", "language: en\n", "language: en\ntranslations: [es]\n");
        site.Write(TestSite.Plan + "/plan.es.yml", "title: Plan de prueba\nsummary: Un plan pequeño.\njurisdiction:\n  name: Condado de Prueba\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 4, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        IHtmlDocument Document(string prefix, string path) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, prefix, "test-county", path, "index.html")));
        List<AngleSharp.Dom.IElement> HiddenNames(string prefix) =>
            Document(prefix, "progress/2024").QuerySelectorAll("#sm-chart-2024-trainees .visually-hidden, #sm-chart-2024-trainees + .chart-share .visually-hidden").ToList();
        var spanish = HiddenNames("es");
        // The table's toggle, its CSV link, the share control's summary, embed link, CSV and SVG (js/share.js gives the PNG button
        // the summary's).
        Assert.Equal(6, spanish.Count);
        Assert.All(spanish, name => Assert.Equal("People trained", Assert.Single(name.QuerySelectorAll("span[lang='en']")).TextContent));
        var download = spanish.Single(n => n.ParentElement!.Matches("p.downloads a"));
        Assert.Equal(": <span lang=\"en\">People trained</span>, de 2023 a 2026: valores informados y meta, informe de avance de 2024", download.InnerHtml);
        Assert.Equal("Descargar estos datos: People trained, de 2023 a 2026: valores informados y meta, informe de avance de 2024 (CSV)",
            download.ParentElement!.TextContent);
        var english = HiddenNames("");
        Assert.Equal(6, english.Count);
        Assert.All(english, name => Assert.Empty(name.QuerySelectorAll("[lang]")));
        var embedLink = Document("es", "embed").QuerySelector("#sm-chart-2024-trainees-embed-heading ~ .embed-link .visually-hidden")!;
        Assert.Equal(": <span lang=\"en\">People trained</span>, de 2023 a 2026: valores informados y meta, informe de avance de 2024", embedLink.InnerHtml);
    }
}
