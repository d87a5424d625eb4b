using AngleSharp.Dom;
using StaticMap.Core.Rendering.Templates;
using StaticMap.Core.Rendering.Views;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Translations;

/// <summary>
/// An indicator's unit that a translation leaves in the original's language ("people" on a Spanish page) is marked
/// lang="en" wherever a page writes a value with it: "150 <span lang="en">people</span> en 2024" (reader3, 2026-12-07: it
/// was unmarked English inside a Spanish sentence). A translated unit, and every English page, has no mark; plain-text outputs
/// keep the plain value.
/// </summary>
public sealed class UntranslatedUnitTests
{
    private const string Marked = "<span lang=\"en\">people</span>";

    /// <summary>The Spanish fixture, its measurement plan's 'unit: personas' left out unless <paramref name="translateUnit"/>.</summary>
    private static TestSite Site(bool translateUnit)
    {
        var site = SpanishFixture.Create();
        return translateUnit ? site : site.Replace(SpanishFixture.P + "/measurement-plan.es.md", "    unit: personas\n", "");
    }

    private static TestSite Built(bool translateUnit) => Site(translateUnit).Built();

    [Fact]
    public void An_untranslated_unit_is_marked_english_in_every_value_of_the_spanish_pages()
    {
        using var site = Built(translateUnit: false);

        var plan = site.BuiltPage("/es/test-county/measurement-plan/").GetElementById("sm-indicator-trainees")!;
        Assert.Contains($"120 {Marked} (2023)", plan.InnerHtml);
        Assert.Contains($"300 {Marked} (2026)", plan.InnerHtml);

        var row = SpanishFixture.UpdateRow(site, "/es/test-county/progress/2024/", "trainees");
        Assert.Contains($"150 {Marked} en 2024", row.InnerHtml);
        Assert.Contains($"120 {Marked} (2023)", row.InnerHtml);
        Assert.Contains($"300 {Marked} (2026)", row.InnerHtml);
        // Read as text, the cell says what it said before.
        Assert.Contains("150 people en 2024", row.TextContent);

        var index = site.BuiltPage("/es/test-county/progress/").QuerySelector("main")!.InnerHtml;
        Assert.Contains($"150 {Marked} en 2024", index);
        Assert.Contains($"300 {Marked} (2026)", index);

        // The English pages: English, unmarked.
        var english = site.BuiltPage("/test-county/progress/2024/").QuerySelector("main")!.InnerHtml;
        Assert.Contains("150 people in 2024", english);
        Assert.DoesNotContain("lang=\"en\">people", english);
    }

    /// <summary>The "what changed" sentences mark the unit too, and the text sentences (the feed's) keep its words.</summary>
    [Fact]
    public void The_changes_since_the_last_report_mark_an_untranslated_unit()
    {
        using var site = Site(translateUnit: false);
        site.Write(SpanishFixture.P + "/progress/2025.md", site.Read(SpanishFixture.P + "/progress/2024.md")
            .Replace("year: 2024", "year: 2025").Replace("value: 150", "value: 210"));
        site.Write(SpanishFixture.P + "/progress/2025.es.md", site.Read(SpanishFixture.P + "/progress/2024.es.md").Replace("year: 2024", "year: 2025"));
        site.Built();
        var changes = site.BuiltPage("/es/test-county/progress/2025/").QuerySelector("section.changes")!;
        Assert.Contains($"subió de 150 {Marked} en 2024 a 210 {Marked} en 2025.", changes.InnerHtml);
        Assert.DoesNotContain("lang=\"en\">people", site.BuiltPage("/test-county/progress/2025/").QuerySelector("section.changes")!.InnerHtml);
    }

    /// <summary>The sentence under a status computed from the numbers marks the unit too (review7, 2026-12-07: "Calculado con
    /// las cifras: 150 people en 2024 …" was unmarked English inside a Spanish sentence), and escapes the rest.</summary>
    [Fact]
    public void The_sentence_under_a_computed_status_marks_an_untranslated_unit()
    {
        using var site = Site(translateUnit: false);
        site.Replace(SpanishFixture.P + "/progress/2024.md", "value: 150\n    status: on-track", "value: 150");
        site.Built();
        var detail = site.BuiltPage("/es/test-county/progress/2024/").QuerySelector(".updates-table .computed-detail")!;
        Assert.Equal($"Calculado con las cifras: 150 {Marked} en 2024, por detrás de lo esperado (180 {Marked}) camino a 300 {Marked} para 2026.",
            detail.InnerHtml);
        var english = site.BuiltPage("/test-county/progress/2024/").QuerySelector(".updates-table .computed-detail")!;
        Assert.Equal("Computed from the numbers: 150 people in 2024, behind the 180 people expected on the way to 300 people by 2026.",
            english.InnerHtml);
    }

    /// <summary>The progress chart's data table marks the unit as the sentence above it does (review10, 2026-12-07: "150 people"
    /// unmarked in the table on a Spanish page); the English table and a translated unit have no mark.</summary>
    [Fact]
    public void The_progress_charts_data_table_marks_an_untranslated_unit()
    {
        using var site = Built(translateUnit: false);
        var cells = site.BuiltPage("/es/test-county/progress/2024/").QuerySelectorAll("#sm-chart-2024-trainees tbody td.number")
            .Select(td => td.InnerHtml).ToList();
        Assert.Equal([$"120 {Marked}", $"150 {Marked}", $"300 {Marked}"], cells);
        var english = site.BuiltPage("/test-county/progress/2024/").QuerySelectorAll("#sm-chart-2024-trainees tbody td.number")
            .Select(td => td.InnerHtml).ToList();
        Assert.Equal(["120 people", "150 people", "300 people"], english);

        using var translated = Built(translateUnit: true);
        Assert.Equal(["120 personas", "150 personas", "300 personas"], translated.BuiltPage("/es/test-county/progress/2024/")
            .QuerySelectorAll("#sm-chart-2024-trainees tbody td.number").Select(td => td.InnerHtml));
    }

    /// <summary>A local CSV's unit on the findings that a translation leaves out is marked the same way in the chart's sentence,
    /// its data table and the glance page's headline (fixes12, 2026-12-08: "98,500 people" unmarked in a Spanish findings table);
    /// the English page and a translated unit have no mark.</summary>
    [Fact]
    public void A_findings_metrics_untranslated_unit_is_marked_english_in_its_chart_table_and_headline()
    {
        using var site = SpanishFixture.Create().Replace(SpanishFixture.P + "/findings.es.md", "    unit: personas\n", "").Built();
        const string Chart = "#sm-chart-jobs-program-trend";
        var findings = site.BuiltPage("/es/test-county/findings/");
        Assert.Equal([$"40 {Marked}", $"75 {Marked}", $"120 {Marked}"],
            findings.QuerySelectorAll($"{Chart} tbody td.number").Select(td => td.InnerHtml));
        Assert.Contains($"40 {Marked} en 2021", findings.QuerySelector($"{Chart} .chart-summary")!.InnerHtml);
        var glance = site.BuiltPage("/es/test-county/at-a-glance/").QuerySelector("main")!.InnerHtml;
        Assert.Contains($"<span class=\"glance-value\">120 {Marked}</span>", glance);
        Assert.Contains($"40 {Marked} en 2021", glance);

        var english = site.BuiltPage("/test-county/findings/");
        Assert.Equal(["40 people", "75 people", "120 people"], english.QuerySelectorAll($"{Chart} tbody td.number").Select(td => td.InnerHtml));
        Assert.DoesNotContain("lang=\"en\">people", english.QuerySelector("main")!.InnerHtml);

        using var translated = SpanishFixture.Create().Built();
        Assert.Equal(["40 personas", "75 personas", "120 personas"],
            translated.BuiltPage("/es/test-county/findings/").QuerySelectorAll($"{Chart} tbody td.number").Select(td => td.InnerHtml));
    }

    [Fact]
    public void A_translated_unit_is_not_marked()
    {
        using var site = Built(translateUnit: true);
        var row = site.BuiltPage("/es/test-county/progress/2024/").QuerySelector("main")!.InnerHtml;
        Assert.Contains("150 personas en 2024", row);
        Assert.DoesNotContain("<span lang=\"en\">personas", row);
    }

    [Theory]
    [InlineData(1, "1 <span lang=\"en\">person</span>", "1 people")]
    [InlineData(2_500_000, "2.5 millones de <span lang=\"en\">people</span>", "2.5 millones de people")]
    [InlineData(60, "60 <span lang=\"en\">people &amp; pets</span>", "60 people & pets")]
    public void The_html_variant_marks_the_unit_and_escapes_the_rest_the_text_variant_is_unchanged(double value, string html, string text)
    {
        var spanish = Theme.DefaultStrings.For("es");
        var unit = html.Contains("pets") ? "people & pets" : "people";
        Assert.Equal(html, Formatting.ValueHtml(value, unit, "en", spanish).Value);
        Assert.Equal(text, Formatting.Value(value, unit, spanish));
        // The page's own language, or no language given: no mark.
        Assert.DoesNotContain("<span", Formatting.ValueHtml(value, unit, "es", spanish).Value);
        Assert.DoesNotContain("<span", Formatting.ValueHtml(value, unit, null, spanish).Value);
    }
}
