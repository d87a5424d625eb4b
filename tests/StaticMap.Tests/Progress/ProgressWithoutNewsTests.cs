using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticMap.Core.Progress;
using StaticMap.Core.Rendering;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Progress;

/// <summary>
/// Reports with nothing new, as `staticmap progress` writes them: the valid site with a 2025 report (trainees' status
/// computed, the employment rate's value from Urban's 2021 data with the coalition's status) and a 2026 report whose
/// updates have neither value nor status. No update without a status is given a computed "not started", a status computed
/// from no newer data is no change, an estimate Urban rates Weak is marked and gets no computed status, and the status page's
/// counts are true and add up. English and Spanish.
/// </summary>
public sealed class ProgressWithoutNewsTests
{
    private static readonly HtmlParser Parser = new();

    private sealed class Built(TestSite site) : IDisposable
    {
        public IHtmlDocument Page(string path) =>
            Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", path, "index.html")));

        /// <summary>The update of <paramref name="indicator"/> in the <paramref name="year"/> report of plan.json.</summary>
        public System.Text.Json.JsonElement Update(int year, string indicator)
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.Output, "test-county", "plan.json")));
            var report = FindObjects(json.RootElement).First(e => e.TryGetProperty("year", out var y) && y.ValueKind == System.Text.Json.JsonValueKind.Number
                && y.GetInt32() == year && e.TryGetProperty("updates", out _));
            return report.GetProperty("updates").EnumerateArray().Single(u => u.GetProperty("indicator").GetString() == indicator).Clone();
        }

        private static IEnumerable<System.Text.Json.JsonElement> FindObjects(System.Text.Json.JsonElement e) => e.ValueKind switch
        {
            System.Text.Json.JsonValueKind.Object => e.EnumerateObject().SelectMany(p => FindObjects(p.Value)).Prepend(e),
            System.Text.Json.JsonValueKind.Array => e.EnumerateArray().SelectMany(FindObjects),
            _ => [],
        };

        public void Dispose() => site.Dispose();
    }

    private static Built Build(string language = "en", bool weak = false, bool firstIn2025 = false)
    {
        var site = TestSite.Valid();
        if (firstIn2025)
            site.Replace(TestSite.Plan + "/progress/2024.md", "  - indicator: employment-rate\n    value: 80.9\n    status: at-risk\n", "");
        if (language != "en") site.Replace(TestSite.Plan + "/plan.yml", "language: en", "language: " + language);
        if (weak)
        {
            // Urban rates Alameda County's 2021 employment estimate Weak.
            var lines = site.Read("input/data/mobility.csv").Split('\n');
            var i = Array.FindIndex(lines, l => l.StartsWith("2021,06,001,", StringComparison.Ordinal));
            Assert.Contains(",Strong,", lines[i]);
            lines[i] = lines[i].Replace(",Strong,", ",Weak,", StringComparison.Ordinal);
            site.Write("input/data/mobility.csv", string.Join('\n', lines));
        }
        site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    value: 200\n" +
            "  - indicator: employment-rate\n" + (weak ? "" : "    status: at-risk\n") + "---\nThe second year.\n");
        site.Write(TestSite.Plan + "/progress/2026.md",
            "---\nyear: 2026\nupdates:\n  - indicator: trainees\n  - indicator: employment-rate\n---\nThe third year.\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 12, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return new Built(site);
    }

    private static List<string> Cells(IHtmlDocument page, string indicator) =>
        page.QuerySelectorAll("table.updates-table tbody tr").Single(r => r.QuerySelector("th")!.TextContent == indicator)
            .QuerySelectorAll("td").Select(c => Normalise(c.TextContent)).ToList();

    private static List<string> Changes(IHtmlDocument page) =>
        page.QuerySelectorAll("section.changes li").Select(l => Normalise(l.TextContent)).ToList();

    [Theory]
    // Two: the employment rate's 2021 data, the baseline's year, give no status either (Data_with_no_year_after_the_baseline_…).
    [InlineData("en", "People trained", "– No status yet", "Not reported", "– No status yet: 2")]
    [InlineData("es", "People trained", "– Sin estado todavía", "Sin datos este año", "– Sin estado todavía: 2")]
    public void An_update_without_value_or_status_has_no_status_yet_and_no_move(string language, string name, string status, string value, string count)
    {
        using var built = Build(language);
        var page = built.Page("progress/2026");
        var cells = Cells(page, name);
        Assert.Equal(status, cells[0]);
        Assert.Equal(value, cells[1]);
        Assert.Contains(count, page.QuerySelectorAll("ul.status-summary li").Select(l => Normalise(l.TextContent)));
        Assert.DoesNotContain(Changes(page), c => c.StartsWith(name, StringComparison.Ordinal));
        Assert.DoesNotContain(language == "en" ? "Not started" : "Sin iniciar", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        var index = built.Page("progress").QuerySelectorAll("#sm-over-time-caption ~ tbody tr, table tbody tr")
            .First(r => r.QuerySelector("th")?.TextContent == name);
        Assert.Equal(status, Normalise(index.QuerySelectorAll("td").Last().TextContent));
        var update = built.Update(2026, "trainees");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, update.GetProperty("status").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, update.GetProperty("status_set_by").ValueKind);
    }

    [Theory]
    [InlineData("en", "Employment rate: no newer data since 2021; no status yet (it was at risk in 2025).", "Employment rate moved")]
    [InlineData("es", "Employment rate: no hay datos más recientes desde 2021; sin estado todavía (en 2025 estaba en riesgo).", "Employment rate: pasó de")]
    public void No_newer_data_and_no_status_is_not_a_change(string language, string said, string notSaid)
    {
        using var built = Build(language);
        var changes = Changes(built.Page("progress/2026"));
        // At risk (the coalition's, 2025) and no status (2026: the same 2021 value, the baseline's year) are not a move: the
        // sentence says there is no status, as the table does, and what it was.
        Assert.Equal([said], changes);
        Assert.DoesNotContain(changes, c => c.StartsWith(notSaid, StringComparison.Ordinal));
    }

    /// <summary>A status computed from no newer data that is the same as last year's is said to have no newer data too, as
    /// the one that moved is (review9, 2026-12-07: "no newer data" for only some indicators when all had none).</summary>
    [Theory]
    [InlineData("en", "Employment rate: on track (computed from the numbers; no newer data since 2021).")]
    [InlineData("es", "Employment rate: por buen camino (calculado con las cifras; no hay datos más recientes desde 2021).")]
    public void A_status_computed_from_no_newer_data_says_so_when_it_is_the_same(string language, string said)
    {
        using var site = TestSite.Valid();
        if (language != "en") site.Replace(TestSite.Plan + "/plan.yml", "language: en", "language: " + language);
        // A 2019 baseline: Urban's 2021 data give a status in 2025 and, the same data, the same status in 2026.
        site.Replace(TestSite.Plan + "/measurement-plan.md", "baseline: {value: 80.4, year: 2021}", "baseline: {value: 79, year: 2019}");
        site.Write(TestSite.Plan + "/progress/2025.md",
            "---\nyear: 2025\nupdates:\n  - indicator: trainees\n    value: 200\n    status: on-track\n  - indicator: employment-rate\n---\nThe second year.\n");
        site.Write(TestSite.Plan + "/progress/2026.md",
            "---\nyear: 2026\nupdates:\n  - indicator: trainees\n    value: 250\n    status: on-track\n  - indicator: employment-rate\n---\nThe third year.\n");
        var result = site.Build(new SiteOptions(Calendar: new ReportingCalendar(new DateOnly(2026, 12, 1))));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "test-county", "progress", "2026", "index.html")));
        var changes = Changes(page);
        Assert.Equal([said], changes.Where(c => c.StartsWith("Employment rate", StringComparison.Ordinal)));
        // The table shows that status, computed, beside the same words.
        Assert.StartsWith(language == "en" ? "✓ On track Computed from the numbers" : "✓ Por buen camino Calculado con las cifras", Cells(page, "Employment rate")[0]);
        Assert.StartsWith(language == "en" ? "No newer data since 2021" : "No hay datos más recientes desde 2021", Cells(page, "Employment rate")[1]);
    }

    [Theory]
    [InlineData("en", "– No status yet No status is computed: the Urban Institute rates this estimate weak.",
        "80.4% in 2021 ⚠ Weak: do not use for decisionsUrban Institute, Mobility Metrics, 2021", "Weak: do not use for decisions")]
    [InlineData("es", "– Sin estado todavía No se calcula ningún estado: el Urban Institute califica esta estimación como débil.",
        "80.4 % en 2021 ⚠ Débil: no usar para tomar decisionesUrban Institute, Mobility Metrics, 2021", "Débil: no usar para tomar decisiones")]
    public void A_weak_estimate_is_marked_and_gets_no_computed_status(string language, string status, string value, string marker)
    {
        using var built = Build(language, weak: true);
        var page = built.Page("progress/2025");
        var cells = Cells(page, "Employment rate");
        Assert.Equal(status, cells[0]);
        Assert.Equal(value, cells[1]);
        Assert.Equal("", cells[4]); // no progress figure from a Weak estimate
        var mark = page.QuerySelector("table.updates-table .quality-weak")!;
        Assert.Equal("⚠", mark.QuerySelector("[aria-hidden=true]")!.TextContent.Trim());
        Assert.Equal(marker, mark.TextContent.Replace("⚠", "").Trim());
        var index = built.Page("progress").QuerySelectorAll("table tbody tr").First(r => r.QuerySelector("th")?.TextContent == "Employment rate");
        Assert.NotNull(index.QuerySelector(".quality-weak"));
        var update = built.Update(2025, "employment-rate");
        Assert.Equal(3, update.GetProperty("value_quality").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, update.GetProperty("status").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, update.GetProperty("status_by_numbers").ValueKind);
    }

    /// <summary>"What changed" never headlines an estimate Urban rates Weak (review, 2026-12-07: "… for Hispanic residents is
    /// reported for the first time: no status yet, 34.5% in 2021.", a Weak estimate, in the page's summary and the feed).</summary>
    [Theory]
    [InlineData("en", "Employment rate is reported for the first time: no status yet.", "80.4%")]
    [InlineData("es", "Employment rate: se informa por primera vez (sin estado todavía).", "80.4")]
    public void What_changed_does_not_headline_a_weak_estimate(string language, string said, string value)
    {
        using var built = Build(language, weak: true, firstIn2025: true);
        var changes = Changes(built.Page("progress/2025"));
        Assert.Contains(said, changes);
        Assert.DoesNotContain(changes, c => c.Contains(value, StringComparison.Ordinal));
    }

    /// <summary>The indicator's chart draws a Weak estimate hollow, marks it in its table and leaves it out of its summary
    /// (review, 2026-12-07: "…: 34.5% in 2021, against a baseline of 34.5% in 2021" stated a Weak estimate as the result).</summary>
    [Fact]
    public void The_indicator_chart_does_not_state_a_weak_estimate()
    {
        using var built = Build(weak: true, firstIn2025: true);
        var chart = built.Page("progress/2025").QuerySelector("figure#sm-chart-2025-employment-rate")!;
        Assert.Equal("The 2021 estimate is too weak to use: it is drawn hollow and left out of this description.",
            Normalise(chart.QuerySelector(".chart-summary")!.TextContent));
        Assert.DoesNotContain("80.4", chart.QuerySelector(".chart-summary")!.TextContent);
        var row = chart.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Mobility Metrics", StringComparison.Ordinal));
        Assert.Contains("Weak: do not use for decisions", row.TextContent);
        Assert.DoesNotContain("Not rated", chart.TextContent); // a baseline or target has no rating to show
    }

    [Theory]
    [InlineData("en", "Indicators with a value for 2026", "Indicators whose 2026 value is the latest Mobility Metrics data, from 2021",
        new[] { "2 of 4", "0 of 2", "1 (2021 data; 1 with no newer data)", "0", "0", "2" })]
    [InlineData("es", "Indicadores con un valor para 2026", "Indicadores cuyo valor de 2026 es el último dato de las Mobility Metrics, de 2021",
        new[] { "2 de 4", "0 de 2", "1 (datos de 2021; 1 sin datos más recientes)", "0", "0", "2" })]
    public void Status_page_counts_are_true_and_add_up(string language, string forYear, string earlierData, string[] row2026)
    {
        using var built = Build(language);
        var page = built.Page("status");
        var measures = page.QuerySelectorAll("dl.measures .measure")
            .ToDictionary(m => Normalise(m.QuerySelector("dt")!.TextContent), m => Normalise(m.QuerySelector(".measure-text")!.TextContent));
        Assert.Equal(language == "en" ? "0 of 4 (0%)" : "0 de 4 (0 %)", measures[forYear]);
        Assert.Equal(language == "en" ? "1 of 4 (25%)" : "1 de 4 (25 %)", measures[earlierData]);
        var rows = page.QuerySelectorAll("table.rollup-table tbody tr").ToList();
        Assert.Equal(row2026, rows[0].QuerySelectorAll("td").Select(c => Normalise(c.TextContent)));
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
