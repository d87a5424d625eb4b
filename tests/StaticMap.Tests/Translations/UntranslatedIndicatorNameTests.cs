using StaticMap.Tests.Support;
using static StaticMap.Tests.Translations.SpanishFixture;

namespace StaticMap.Tests.Translations;

/// <summary>
/// An indicator's name is the coalition's text: on a Spanish page whose measurement plan has no translation it is English, and
/// a link made of it alone says so with lang="en" (WCAG 3.1.2), as the logic model's own items do (review3, 2026-12-07: the
/// Spanish logic model's "Se mide con: Residents placed in jobs", the progress report's and the progress index's rows).
/// </summary>
public class UntranslatedIndicatorNameTests
{
    [Fact]
    public void Indicator_links_on_spanish_pages_are_marked_english_when_the_measurement_plan_is_not_translated()
    {
        using var site = SpanishFixture.Create().Delete(SpanishFixture.P + "/measurement-plan.es.md").Built();
        var logicModel = Texts(site, "/es/test-county/theory-of-change/", ".lm-indicators a");
        Assert.NotEmpty(logicModel);
        Assert.All(logicModel, l => Assert.Equal("en", l.Lang));
        Assert.Contains(("People trained", "en"), logicModel.Select(l => (l.Text, l.Lang)));
        var report = Texts(site, "/es/test-county/progress/2024/", ".updates-table th[scope=row] a");
        Assert.NotEmpty(report);
        Assert.All(report, l => Assert.Equal("en", l.Lang));
        var index = Texts(site, "/es/test-county/progress/", "th[scope=row] a");
        Assert.NotEmpty(index);
        Assert.All(index, l => Assert.Equal("en", l.Lang));
        // The English pages are in the names' own language: nothing to mark.
        Assert.All(Texts(site, "/test-county/theory-of-change/", ".lm-indicators a"), l => Assert.Null(l.Lang));
        Assert.All(Texts(site, "/test-county/progress/2024/", ".updates-table th[scope=row] a"), l => Assert.Null(l.Lang));
    }

    [Fact]
    public void A_translated_measurement_plan_gives_spanish_names_unmarked()
    {
        using var site = SpanishFixture.Create().Built();
        Assert.Contains(("Personas capacitadas", null), Texts(site, "/es/test-county/theory-of-change/", ".lm-indicators a"));
        Assert.Contains(("Horas del personal", null), Texts(site, "/es/test-county/progress/", "th[scope=row] a"));
    }

    /// <summary>A translated measurement plan that leaves one indicator's name out shows the English name: marked lang="en" in
    /// its own row and card and where a link is made of it, while the translated names are not (review3, 2026-12-07).</summary>
    [Fact]
    public void A_name_left_out_of_a_translated_measurement_plan_is_marked_english()
    {
        using var site = SpanishFixture.Create().Replace(SpanishFixture.P + "/measurement-plan.es.md", "    name: Horas del personal\n", "")
            .Built();
        var plan = "/es/test-county/measurement-plan/";
        // The fixture's other indicators are not in the translation at all: their English names are marked too.
        Assert.Equal([("Staff hours", "en"), ("Personas capacitadas", null), ("Employment rate", "en"), ("Household income at the 20th percentile", "en")],
            Texts(site, plan, ".data-table th[scope=row] > span:first-child"));
        Assert.Equal([("Staff hours", "en"), ("Personas capacitadas", null), ("Employment rate", "en"), ("Household income at the 20th percentile", "en")],
            Texts(site, plan, ".indicator-card-title"));
        Assert.Contains(("Staff hours", "en"), Texts(site, "/es/test-county/progress/", "th[scope=row] a"));
        Assert.Contains(("Personas capacitadas", null), Texts(site, "/es/test-county/progress/", "th[scope=row] a"));
        // The English page: nothing to mark.
        Assert.All(Texts(site, "/test-county/measurement-plan/", ".indicator-card-title"), l => Assert.Null(l.Lang));
    }

    /// <summary>An indicator's source and who tracks it, left out of a translated measurement plan, are the original's English:
    /// marked lang="en" in the table's details and in the card, while translated ones are not (review9, 2026-12-07:
    /// "Missouri Department of Elementary and Secondary Education licensing records" unmarked on a Spanish page).</summary>
    [Fact]
    public void A_source_and_a_responsible_left_out_of_a_translated_measurement_plan_are_marked_english()
    {
        using var site = SpanishFixture.Create().Built();
        var plan = "/es/test-county/measurement-plan/";
        // staff-hours is translated ("Hojas de horas", "Condado"); trainees keeps "Program records" and "Workforce board".
        var table = Texts(site, plan, ".indicator-details dd");
        Assert.Contains(("Hojas de horas", null), table);
        Assert.Contains(("Condado", null), table);
        Assert.Contains(("Program records", "en"), table);
        Assert.Contains(("Workforce board", "en"), table);
        var cards = Texts(site, plan, ".indicator-card dd");
        Assert.Contains(("Hojas de horas", null), cards);
        Assert.Contains(("Program records", "en"), cards);
        Assert.Contains(("Workforce board", "en"), cards);
        // The English page: nothing to mark.
        Assert.All(Texts(site, "/test-county/measurement-plan/", ".indicator-details dd"), d => Assert.Null(d.Lang));
    }
}
