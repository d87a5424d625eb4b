using StaticMap.Core.Model;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Translations.SpanishFixture;

namespace StaticMap.Tests.Translations;

/// <summary>Translation files laid over their originals: matched by id, indicator, metric/file and position; text from
/// the translation, everything else (and untranslated text) from the original.</summary>
public class TranslationMergeTests
{
    [Fact]
    public void A_complete_translation_gives_no_diagnostic_and_a_spanish_edition()
    {
        using var site = Create();
        var (input, diagnostics) = Parse(site);
        Assert.Empty(diagnostics.Select(Format));
        var plan = Assert.Single(input.Plans);
        var t = Assert.Single(plan.Translations);
        Assert.Equal("es", t.Language);
        Assert.Empty(t.Untranslated);
        Assert.Equal("es", t.Plan.Metadata.Language);
        Assert.Equal("en", t.Plan.TranslationOf);
        Assert.Equal(plan.Id, t.Plan.Id);
        Assert.Equal(plan.Folder, t.Plan.Folder);
        Assert.Equal(plan.DataFiles, t.Plan.DataFiles);
        Assert.Equal("Plan de Movilidad del Condado de Prueba", t.Plan.Metadata.Title);
        Assert.Equal(["Convocante", null], t.Plan.Metadata.Coalition.Select(c => c.Role));
        Assert.Equal(plan.Metadata.Coalition.Select(c => c.Name), t.Plan.Metadata.Coalition.Select(c => c.Name));
        Assert.Equal(plan.Editions.Select(e => e.Metadata.Language), ["en", "es"]);
        Assert.All(t.Plan.Components, c => Assert.Null(c.TextLanguage));
        Assert.Equal(P + "/findings.es.md", t.Plan.Findings!.Path);
        Assert.Equal(P + "/findings.es.md", t.Plan.Findings.Body.Path);
    }

    [Fact]
    public void Indicators_are_matched_by_id_in_any_order_and_keep_the_originals_fields()
    {
        using var site = Create();
        var (input, _) = Parse(site);
        var es = input.Plans[0].Translations[0].Plan.MeasurementPlan!;
        var en = input.Plans[0].MeasurementPlan!;
        Assert.Equal(en.Indicators.Select(i => i.Id), es.Indicators.Select(i => i.Id));
        var trainees = es.Indicators.Single(i => i.Id == "trainees");
        Assert.Equal("Personas capacitadas", trainees.Name);
        Assert.Equal("personas", trainees.Unit);
        // Left out: taken from the original, text (source) included.
        Assert.Equal("Program records", trainees.Source);
        Assert.Equal(Frequency.Annual, trainees.Frequency);
        Assert.Equal(300, trainees.Target!.Value.Number);
        Assert.Equal("Horas del personal", es.Indicators.Single(i => i.Id == "staff-hours").Name);
        // Not translated at all: the original's entry.
        Assert.Equal("Employment rate", es.Indicators.Single(i => i.Id == "employment-rate").Name);
    }

    [Fact]
    public void A_timeline_is_matched_by_position_and_its_dates_come_from_the_original()
    {
        using var site = Create();
        var (input, _) = Parse(site);
        var timeline = input.Plans[0].Translations[0].Plan.HowWeGotHere!.Timeline;
        Assert.Equal([("2021-06", "Se formó la coalición"), ("2022-03-15", "Sesiones para escuchar a la comunidad")],
            timeline.Select(e => (e.Date, e.Event)));
        Assert.Equal("Cómo llegamos aquí", input.Plans[0].Translations[0].Plan.HowWeGotHere!.Title);
    }

    [Fact]
    public void Findings_metrics_are_matched_by_metric_or_file_and_untranslated_text_falls_back()
    {
        using var site = Create();
        var (input, _) = Parse(site);
        var metrics = input.Plans[0].Translations[0].Plan.Findings!.Metrics;
        Assert.Equal(["share_employed", "jobs-program"], metrics.Select(m => m.Key));
        Assert.Equal("Employment recovered after 2020.", metrics[0].Takeaway);
        Assert.True(metrics[0].ComparePeers);
        Assert.Equal(["race-ethnicity"], metrics[0].Subgroups.ToArray());
        Assert.Equal("Colocaciones del programa de empleo juvenil", metrics[1].Label);
        Assert.Equal("personas", metrics[1].Unit);
    }

    [Fact]
    public void Progress_updates_are_matched_by_indicator()
    {
        using var site = Create();
        var (input, _) = Parse(site);
        var report = Assert.Single(input.Plans[0].Translations[0].Plan.Progress);
        Assert.Equal(P + "/progress/2024.es.md", report.Path);
        Assert.Equal(["trainees", "employment-rate"], report.Updates.Select(u => u.Indicator.Value));
        Assert.Equal("Se completaron dos grupos.", report.Updates[0].Note);
        Assert.Equal(150, report.Updates[0].Value!.Number);
        Assert.Equal(ProgressStatus.AtRisk, report.Updates[1].Status);
    }

    [Fact]
    public void Theory_of_change_lists_and_logic_model_items_are_translated()
    {
        using var site = Create();
        var (input, _) = Parse(site);
        var toc = input.Plans[0].Translations[0].Plan.TheoryOfChange!;
        Assert.Equal(["Datos compartidos"], toc.Statement!.Preconditions.ToArray());
        Assert.Equal("Operar un programa de empleo", toc.LogicModel!.Activities[0].Text);
        Assert.Equal(Pillar.RewardingWork, toc.LogicModel.Activities[0].Pillar);
    }

    [Fact]
    public void A_missing_translation_is_a_warning_and_the_original_is_kept_in_the_main_language()
    {
        using var site = Create().Delete(P + "/sustainability.es.md");
        var (input, diagnostics) = Parse(site);
        Assert.Equal([$"{P}/sustainability.md(1,1): MAP053: sustainability.md has no Spanish translation (sustainability.es.md): its page is published in English on the Spanish site"],
            diagnostics.Select(Format));
        Assert.False(diagnostics[0].IsError);
        var t = input.Plans[0].Translations[0];
        Assert.Equal([P + "/sustainability.md"], t.Untranslated.ToArray());
        Assert.Equal("en", t.Plan.Sustainability!.TextLanguage);
        Assert.Equal(P + "/sustainability.md", t.Plan.Sustainability.Path);
    }

    [Fact]
    public void A_missing_progress_translation_names_the_file_to_write()
    {
        using var site = Create().Delete(P + "/progress/2024.es.md");
        var (input, diagnostics) = Parse(site);
        Assert.Equal([$"{P}/progress/2024.md(1,1): MAP053: progress/2024.md has no Spanish translation (progress/2024.es.md): its page is published in English on the Spanish site"],
            diagnostics.Select(Format));
        Assert.Equal("en", input.Plans[0].Translations[0].Plan.Progress[0].TextLanguage);
    }

    [Fact]
    public void A_site_page_translation_has_its_language_and_the_same_slug()
    {
        using var site = Create().Write("input/about.md", "# About\n\nAbout the site.\n").Write("input/about.es.md", "# Acerca de\n\nSobre el sitio.\n");
        var (input, diagnostics) = Parse(site);
        Assert.Empty(diagnostics);
        var es = input.Pages.Single(p => p.Path == "input/about.es.md");
        Assert.Equal(("about", "es"), (es.Slug, es.Language));
        Assert.Null(input.Pages.Single(p => p.Path == "input/about.md").Language);
        Assert.DoesNotContain(site.Check(), d => d.IsError);
    }

    [Fact]
    public void A_translation_checks_clean_and_links_to_translation_files_are_not_broken()
    {
        using var site = Create();
        Assert.Empty(site.Check().Where(d => d.IsError).Select(Format));
    }

    [Fact]
    public void A_broken_link_in_a_translation_is_reported_in_the_translation()
    {
        using var site = Create().Replace(P + "/findings.es.md", "El empleo es alto pero desigual.", "Vea [la historia](historia.md).");
        var broken = Assert.Single(site.Check(), d => d.Code == "MAP063");
        Assert.Equal(site.PositionOf(P + "/findings.es.md", "[la historia]"), broken.Span);
    }

    [Fact]
    public void Each_original_copied_as_its_own_translation_gives_no_error()
    {
        using var site = TestSite.Valid().Replace(P + "/plan.yml", "language: en\n", "language: en\ntranslations: [es, zh-Hant]\n");
        foreach (var lang in new[] { "es", "zh-Hant" })
        {
            foreach (var name in new[] { "how-we-got-here", "findings", "theory-of-change", "measurement-plan", "sustainability" })
                site.Write($"{P}/{name}.{lang}.md", site.Read($"{P}/{name}.md"));
            site.Write($"{P}/progress/2024.{lang}.md", site.Read($"{P}/progress/2024.md"));
        }
        var (input, diagnostics) = Parse(site);
        Assert.Equal(["MAP053", "MAP053"], diagnostics.Select(d => d.Code)); // no plan.<lang>.yml
        Assert.Equal(2, input.Plans[0].Translations.Length);
        Assert.Equal(input.Plans[0].MeasurementPlan!.Indicators.Select(i => (i.Id, i.Name, i.Frequency)),
            input.Plans[0].Translations[1].Plan.MeasurementPlan!.Indicators.Select(i => (i.Id, i.Name, i.Frequency)));
    }
}
