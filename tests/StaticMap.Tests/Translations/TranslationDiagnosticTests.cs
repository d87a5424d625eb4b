using StaticMap.Tests.Support;
using static StaticMap.Tests.Translations.SpanishFixture;

namespace StaticMap.Tests.Translations;

/// <summary>Each translation fault is one positioned diagnostic with its own code and a message that says how to fix it.</summary>
public class TranslationDiagnosticTests
{
    private static string Only(TestSite site)
    {
        var (_, diagnostics) = Parse(site);
        return Assert.Single(diagnostics, d => d.Code != "MAP053").Let(Format);
    }

    [Fact]
    public void MAP046_an_invalid_tag_in_translations()
    {
        using var site = Create().Replace(P + "/plan.yml", "translations: [es]", "translations: [es, spanish mx]");
        var (_, diagnostics) = Parse(site);
        Assert.Equal([$"{site.PositionOf(P + "/plan.yml", "spanish mx")}: MAP046: 'translations[2]' is 'spanish mx', which is not a BCP 47 language tag; write the language's tag, e.g. es, es-MX or zh-Hant"],
            diagnostics.Select(Format));
    }

    [Fact]
    public void MAP046_the_main_language_in_translations()
    {
        using var site = Create().Replace(P + "/plan.yml", "translations: [es]", "translations: [es, en]");
        Assert.Equal($"{site.PositionOf(P + "/plan.yml", "en]")}: MAP046: 'translations[2]' is 'en', the plan's own language ('language: en'); 'translations' lists only the other languages, so remove it",
            Only(site));
    }

    [Fact]
    public void MAP047_an_indicator_id_the_original_does_not_have()
    {
        using var site = Create().Replace(P + "/measurement-plan.es.md", "- id: trainees", "- id: trainee");
        Assert.Equal($"{site.PositionOf(P + "/measurement-plan.es.md", "trainee\n")}: MAP047: 'indicators[1]' translates the entry with id 'trainee', which measurement-plan.md does not have; did you mean 'trainees'? If not, write the id of the original entry it translates, or remove this entry",
            Only(site));
    }

    /// <summary>No suggestion far from every id, nor one another entry of the translation already translates (review,
    /// 2026-12-07: a Spanish 'seat-funded' for 'seats-funded' got no "did you mean").</summary>
    [Fact]
    public void MAP047_suggests_only_an_untranslated_id_that_is_spelled_alike()
    {
        using var far = Create().Replace(P + "/measurement-plan.es.md", "- id: trainees", "- id: apprenticeship-wages");
        Assert.EndsWith("which measurement-plan.md does not have; write the id of the original entry it translates, or remove this entry", Only(far));
        using var taken = Create().Replace(P + "/measurement-plan.es.md", "- id: trainees", "- id: trainee");
        taken.Replace(P + "/measurement-plan.es.md", "indicators:\n", "indicators:\n  - id: trainees\n");
        var (_, diagnostics) = Parse(taken);
        var d = Assert.Single(diagnostics, d => d.Code == "MAP047");
        Assert.DoesNotContain("did you mean", d.Message);
        // A report's original that misspells an indicator (MAP033) does not have the translation's right one suggested away:
        // the message names the original's spelling and its line, and leaves the choice to the author.
        using var misspelt = Create().Replace(P + "/progress/2024.md", "indicator: employment-rate", "indicator: employment-rat");
        var (_, reported) = Parse(misspelt);
        var message = Assert.Single(reported, x => x.Code == "MAP047").Message;
        Assert.DoesNotContain("did you mean", message);
        Assert.EndsWith($"which progress/2024.md does not have; progress/2024.md has 'employment-rat' (line {misspelt.PositionOf(P + "/progress/2024.md", "employment-rat").Line}), " +
                        "which no entry here translates: if they are the same, correct whichever of the two is misspelled, or remove this entry", message);
    }

    /// <summary>A metric misspelled in findings.md (MAP070) made its correct Spanish entry an error that said only "write the metric
    /// of the original entry it translates, or remove this entry": a comms reviewer would "fix" the right file (review8, 2026-12-07).</summary>
    [Fact]
    public void MAP047_a_metric_the_original_spells_otherwise_names_the_original_line()
    {
        using var site = Create().Replace(P + "/findings.md", "  - metric: share_employed", "  - metric: share_employd");
        var (_, diagnostics) = Parse(site);
        var d = Assert.Single(diagnostics, x => x.Code == "MAP047");
        Assert.Equal(site.PositionOf(P + "/findings.es.md", "share_employed"), d.Span);
        Assert.Equal("'metrics[2]' translates the entry with metric 'share_employed', which findings.md does not have; findings.md has 'share_employd' " +
                     $"(line {site.PositionOf(P + "/findings.md", "share_employd").Line}), which no entry here translates: if they are the same, " +
                     "correct whichever of the two is misspelled, or remove this entry", d.Message);
    }

    [Fact]
    public void MAP047_a_metric_without_metric_or_file()
    {
        using var site = Create().Replace(P + "/findings.es.md", "  - metric: share_employed", "  - takeaway: El empleo se recuperó.");
        Assert.Equal($"{site.PositionOf(P + "/findings.es.md", "takeaway:")}: MAP047: 'metrics[2]' has no 'metric' or 'file', so it matches no entry of findings.md; add the 'metric' or 'file' of the entry it translates (that field is copied, not translated)",
            Only(site));
    }

    [Fact]
    public void MAP047_an_update_translated_twice()
    {
        using var site = Create().Replace(P + "/progress/2024.es.md", "  - indicator: trainees\n", "  - indicator: employment-rate\n");
        Assert.Equal($"{site.PositionOf(P + "/progress/2024.es.md", "employment-rate\n    note")}: MAP047: 'updates[2]' translates the entry with indicator 'employment-rate' a second time (it is already translated on line 4); keep one of the two",
            Only(site));
    }

    [Fact]
    public void MAP048_a_field_that_is_not_text_and_differs()
    {
        using var site = Create().Replace(P + "/measurement-plan.es.md", "frequency: quarterly", "frequency: monthly");
        Assert.Equal($"{site.PositionOf(P + "/measurement-plan.es.md", "monthly")}: MAP048: 'indicators[2].frequency' is 'monthly' here but 'quarterly' in measurement-plan.md; it is not text to translate, so leave it out (it is taken from the original) or write 'quarterly'",
            Only(site));
    }

    [Fact]
    public void MAP048_a_date_of_the_timeline_that_differs()
    {
        using var site = Create().Replace(P + "/how-we-got-here.es.md", "date: \"2022-03-15\"", "date: \"2022-03-16\"");
        Assert.Equal($"{site.PositionOf(P + "/how-we-got-here.es.md", "\"2022-03-16\"")}: MAP048: 'timeline[2].date' is '2022-03-16' here but '2022-03-15' in how-we-got-here.md; it is not text to translate, so leave it out (it is taken from the original) or write '2022-03-15'",
            Only(site));
    }

    [Fact]
    public void MAP048_a_field_the_original_does_not_have()
    {
        using var site = Create().Replace(P + "/measurement-plan.es.md", "    frequency: quarterly", "    frequency: quarterly\n    direction: increase");
        Assert.Equal($"{site.PositionOf(P + "/measurement-plan.es.md", "direction")}: MAP048: 'indicators[2].direction' is not in measurement-plan.md, and a translation cannot add a field that is not text; remove it here, or add it to measurement-plan.md first",
            Only(site));
    }

    [Fact]
    public void MAP049_a_timeline_of_another_length()
    {
        using var site = Create().Replace(P + "/how-we-got-here.es.md", "  - event: Se formó la coalición\n", "");
        Assert.Equal($"{site.PositionOf(P + "/how-we-got-here.es.md", "- date")}: MAP049: 'timeline' has 1 entry here and 2 entries in how-we-got-here.md; a list without ids is matched by position, so translate each of the 2 entries, in the original's order",
            Only(site));
    }

    [Fact]
    public void MAP049_a_coalition_of_another_length()
    {
        using var site = Create().Replace(P + "/plan.es.yml", "\n  - {}", "");
        Assert.Equal($"{site.PositionOf(P + "/plan.es.yml", "- role")}: MAP049: 'coalition' has 1 entry here and 2 entries in plan.yml; a list without ids is matched by position, so translate each of the 2 entries, in the original's order",
            Only(site));
    }

    [Fact]
    public void MAP052_a_translation_in_a_language_not_listed()
    {
        using var site = Create().Write(P + "/findings.fr.md", "---\ncomponent: findings\n---\nLes données.\n");
        Assert.Equal($"{P}/findings.fr.md(1,1): MAP052: findings.fr.md is named as a French translation ('fr'), but plan.yml's 'translations' lists only es; add 'fr' to 'translations', or rename the file if it is not a translation",
            Only(site));
    }

    [Fact]
    public void MAP052_a_translation_in_the_main_language()
    {
        using var site = Create().Write(P + "/findings.en.md", "---\ncomponent: findings\n---\nThe data.\n");
        Assert.Equal($"{P}/findings.en.md(1,1): MAP052: findings.en.md is named as a English translation ('en'), but English is the plan's own language (plan.yml 'language'); merge it into the original, or rename the file",
            Only(site));
    }

    [Fact]
    public void MAP054_plan_yml_translation_with_a_field_it_may_not_hold()
    {
        using var site = Create().Replace(P + "/plan.es.yml", "title:", "status: draft\ntitle:");
        Assert.Equal($"{site.PositionOf(P + "/plan.es.yml", "status")}: MAP054: plan.es.yml may hold only 'title', 'summary', 'jurisdiction.name', 'contact.name' and 'coalition' (each member with only 'role'); 'status' is taken from plan.yml, so remove it here",
            Only(site));
    }

    /// <summary>A key plan.yml does not have (a Spanish 'estado' for 'status') is not said to be "taken from plan.yml" (review10, 2026-12-07).</summary>
    [Fact]
    public void MAP054_plan_yml_translation_with_a_key_plan_yml_does_not_have()
    {
        using var site = Create().Replace(P + "/plan.es.yml", "title:", "estado: publicado\ntitle:");
        Assert.Equal($"{site.PositionOf(P + "/plan.es.yml", "estado")}: MAP054: 'estado' is not a field of plan.yml, and plan.es.yml may hold only 'title', " +
                     "'summary', 'jurisdiction.name', 'contact.name' and 'coalition' (each member with only 'role'), with the keys in English as plan.yml " +
                     "writes them; everything else (status, dates, FIPS) is plan.yml's, so remove 'estado' here",
            Only(site));
    }

    [Fact]
    public void MAP054_a_coalition_member_with_a_name()
    {
        using var site = Create().Replace(P + "/plan.es.yml", "  - {}", "  - name: Panel de residentes");
        Assert.Equal($"{site.PositionOf(P + "/plan.es.yml", "name:")}: MAP054: 'coalition[2].name' cannot be translated in plan.es.yml: a coalition member's translation holds only 'role' ('name' is taken from plan.yml), so remove it here",
            Only(site));
    }

    [Fact]
    public void MAP054_a_report_translation_without_an_original()
    {
        using var site = Create().Write(P + "/progress/2030.es.md", "---\nyear: 2030\n---\nEl año 2030.\n");
        Assert.Equal($"{P}/progress/2030.es.md(2,7): MAP054: progress/2030.es.md translates the 2030 progress report, which this plan does not have ({P}/progress/2030.md); write the report first, or remove the translation",
            Only(site));
    }

    [Fact]
    public void A_file_whose_suffix_is_not_a_language_stays_an_ordinary_file()
    {
        Assert.False(StaticMap.Core.Localization.LanguageTags.TrySplitFileName("notes.v2.md", out _, out _));
        Assert.False(StaticMap.Core.Localization.LanguageTags.TrySplitFileName("report.final.md", out _, out _));
        Assert.True(StaticMap.Core.Localization.LanguageTags.TrySplitFileName("findings.es-MX.md", out var original, out var lang));
        Assert.Equal(("findings.md", "es-MX"), (original, lang));
        Assert.True(StaticMap.Core.Localization.LanguageTags.TrySplitFileName("plan.zh-Hant.yml", out original, out lang));
        Assert.Equal(("plan.yml", "zh-Hant"), (original, lang));
        // A second file of a component under a name that is no translation is still MAP021.
        using var site = Create().Write(P + "/findings.v2.md", "---\ncomponent: findings\nmetrics:\n  - metric: share_employed\n---\nAgain.\n");
        Assert.Contains(Parse(site).Diagnostics, d => d.Code == "MAP021" && d.Span.Path == P + "/findings.v2.md");
    }
}

internal static class Functional
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> f) => f(value);
}
