using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Localization;
using StaticMap.Core.Model;
using StaticMap.Core.Numbers;
using StaticMap.Core.Reading;
using StaticMap.Core.Reading.Yaml;

namespace StaticMap.Core.Parsing.Translations;

/// <summary>The front matter of a plan's originals, as written, for translations to be laid over.</summary>
public sealed record OriginalFrontMatter(
    IReadOnlyDictionary<ComponentKind, YamlMapping> Components,
    IReadOnlyDictionary<int, YamlMapping> Progress);

/// <summary>
/// Builds <see cref="Plan.Translations"/>: for each language of plan.yml's 'translations', the plan with the text of its
/// translation files (plan.&lt;lang&gt;.yml, &lt;name&gt;.&lt;lang&gt;.md, progress/&lt;year&gt;.&lt;lang&gt;.md) over the
/// original. A translation file in a language not listed is MAP052; one without an original, MAP054; a component or
/// report without a translation is the original's, in the main language (MAP053, a warning).
/// </summary>
public static class TranslationBuilder
{
    public static ImmutableArray<PlanTranslation> Build(RepositoryLayout layout, PlanFiles files, Plan plan,
        OriginalFrontMatter originals, DiagnosticBag diagnostics, ComponentRegistry registry, ICollection<YamlText> yaml, ParseRecords? records = null)
    {
        var main = plan.Metadata.Language;
        var listed = plan.Metadata.Translations;
        foreach (var file in files.Translations)
        {
            if (LanguageTags.Same(file.Language, main))
                diagnostics.Add(TranslationLanguageNotListed.Instance.CreateMainLanguage(file.Path, file.Language, LanguageTags.EnglishName(file.Language)));
            else if (!listed.Any(l => LanguageTags.Same(l.Value, file.Language)))
                diagnostics.Add(TranslationLanguageNotListed.Instance.Create(file.Path, file.Language, LanguageTags.EnglishName(file.Language),
                    listed.IsEmpty ? "lists no language" : "lists only " + string.Join(", ", listed.Select(l => l.Value))));
        }
        return listed.Select(l => Translate(layout, files, plan, originals, l.Value, diagnostics, registry, yaml, records)).ToImmutableArray();
    }

    /// <summary>The coalition on a translation's pages: each name marked as the main language's (names are not translated), and
    /// each role the translation left as the original's marked too, so a screen reader reads them in their language.</summary>
    private static ImmutableArray<CoalitionMember> InMainLanguage(ImmutableArray<CoalitionMember> translated,
        ImmutableArray<CoalitionMember> original, string mainLanguage) =>
        [.. translated.Select((m, i) => m with
        {
            NameLanguage = mainLanguage,
            RoleLanguage = m.Role is not null && i < original.Length && m.Role == original[i].Role ? mainLanguage : null,
        })];

    private static PlanTranslation Translate(RepositoryLayout layout, PlanFiles files, Plan plan, OriginalFrontMatter originals,
        string language, DiagnosticBag diagnostics, ComponentRegistry registry, ICollection<YamlText> yaml, ParseRecords? records)
    {
        var mine = files.Translations.Where(t => LanguageTags.Same(t.Language, language)).ToList();
        var (name, mainName) = (LanguageTags.EnglishName(language), LanguageTags.EnglishName(plan.Metadata.Language));
        var untranslated = ImmutableArray.CreateBuilder<string>();

        var metadata = plan.Metadata with { Language = language, Translations = [] };
        var planYml = mine.FirstOrDefault(t => t.Kind == TranslationKind.PlanYml);
        if (planYml is not null)
        {
            var fields = FrontMatterFile.LoadYaml(layout, planYml.Path, "'title:' and 'summary:' in this language", diagnostics, yaml, records);
            if (fields is not null) metadata = PlanYmlTranslation.Parse(fields, plan.Metadata, PlanRelative(files, planYml.Path), language);
        }
        else if (files.PlanYml is not null)
        {
            diagnostics.Add(MissingTranslation.Instance.CreatePlanYml(files.PlanYml, $"plan.{language}.yml", name, mainName));
        }
        metadata = metadata with { Coalition = InMainLanguage(metadata.Coalition, plan.Metadata.Coalition, plan.Metadata.Language) };

        var translated = new Dictionary<ComponentKind, Component>();
        foreach (var file in mine.Where(t => t.Kind == TranslationKind.Component))
        {
            if (TranslateComponent(layout, files, plan, originals, file, translated, diagnostics, registry, yaml, records) is { } c) translated[c.Kind] = c;
        }
        var components = plan.Components.Select(c =>
        {
            if (translated.TryGetValue(c.Kind, out var t)) return NamesLeftInOriginal(c, t, plan.Metadata.Language);
            untranslated.Add(c.Path);
            diagnostics.Add(MissingTranslation.Instance.Create(c.Path, Expected(c.Path, language), name, mainName));
            return c with { TextLanguage = plan.Metadata.Language };
        }).ToImmutableArray();

        var reports = new Dictionary<int, ProgressReport>();
        foreach (var file in mine.Where(t => t.Kind == TranslationKind.Progress))
        {
            if (TranslateReport(layout, files, plan, originals, file, reports, diagnostics, yaml, records) is { } r) reports[r.Year] = r;
        }
        var progress = plan.Progress.Select(r =>
        {
            if (reports.TryGetValue(r.Year, out var t)) return t;
            untranslated.Add(r.Path);
            diagnostics.Add(MissingTranslation.Instance.Create(r.Path, "progress/" + Expected(r.Path, language), name, mainName));
            return r with { TextLanguage = plan.Metadata.Language };
        }).ToImmutableArray();

        var edition = plan with
        {
            Metadata = metadata,
            Components = components,
            Progress = progress,
            Translations = [],
            TranslationOf = plan.Metadata.Language,
        };
        return new PlanTranslation(language, edition, untranslated.ToImmutable());
    }

    private static Component? TranslateComponent(RepositoryLayout layout, PlanFiles files, Plan plan, OriginalFrontMatter originals,
        TranslationFile file, Dictionary<ComponentKind, Component> done, DiagnosticBag diagnostics, ComponentRegistry registry,
        ICollection<YamlText> yamlTexts, ParseRecords? records)
    {
        var loaded = FrontMatterFile.Load(layout, file.Path, text => PlanParser.ComponentExample(file.Original, text, registry), diagnostics, yamlTexts, records: records);
        if (loaded is null) return null;
        var f = loaded.Fields;
        var word = f.String("component", true, "the component it translates, as its original says: e.g. 'component: findings'");
        if (word is null) return null;
        var at = f.ValueSpan("component");
        if (!registry.TryFind(word, out var kind))
        {
            diagnostics.Add(UnknownComponent.Instance.Create(at, word, registry.Slugs));
            return null;
        }
        var original = plan.Components.FirstOrDefault(c => c.Kind == kind);
        if (original is null || !originals.Components.TryGetValue(kind, out var yaml))
        {
            diagnostics.Add(TranslationNotAllowed.Instance.CreateNoComponent(at, PlanRelative(files, file.Path), kind.Slug));
            return null;
        }
        if (done.TryGetValue(kind, out var first))
        {
            diagnostics.Add(ComponentDuplicated.Instance.Create(at, kind.Slug, first.Path));
            return null;
        }
        var merged = new TranslationMerger(PlanRelative(files, original.Path), diagnostics).Merge(yaml, f.Yaml);
        var scratch = new DiagnosticBag();
        var fields = new YamlFields(merged, "", scratch);
        var parser = registry.Part<IComponentParser>(kind);
        fields.WarnUnknown([.. PlanParser.CommonComponentFields, .. parser.Fields], $"the {kind.Slug} component");
        var component = parser.Parse(new ComponentSource(file.Path, fields, loaded.Body, at));
        Forward(scratch, file.Path, diagnostics);
        return component;
    }

    /// <summary>A translated measurement plan whose indicator keeps the original's name (left out, or copied as it is): that
    /// name is in the original's language (review3, 2026-12-07: English names unmarked on Spanish pages).</summary>
    private static Component NamesLeftInOriginal(Component original, Component translated, string language)
    {
        if (original is Findings of && translated is Findings tf) return TakeawaysLeftInOriginal(of, tf, language);
        if (original is TheoryOfChange ot && translated is TheoryOfChange tt) return ItemsLeftInOriginal(ot, tt, language);
        if (original is not MeasurementPlan o || translated is not MeasurementPlan t) return translated;
        var originals = o.IndicatorsById;
        // So is a unit left out or copied (reader3, 2026-12-07: "60 people en 2024" unmarked).
        return t with
        {
            Indicators = [.. t.Indicators.Select(i => !originals.TryGetValue(i.Id, out var original) ? i : i with
            {
                NameLanguage = original.Name == i.Name ? language : i.NameLanguage,
                // A percent unit sets how the numbers are read (Urban's share 0.207 is 20.7), not words: the site writes "%" in every
                // language, so a translated "por ciento" keeps the original's unit (review10, 2026-12-07: "0.21 por ciento" and a
                // computed "Logrado" on the Spanish page where the English one said 20.7% and "On track").
                Unit = UnitWords.IsPercent(original.Unit) ? original.Unit : i.Unit,
                UnitLanguage = UnitWords.IsPercent(original.Unit) ? i.UnitLanguage
                    : i.Unit is not null && original.Unit == i.Unit ? language : i.UnitLanguage,
                // And its source and who tracks it (review9, 2026-12-07: "Missouri Department of … licensing records" unmarked).
                SourceLanguage = original.Source == i.Source ? language : i.SourceLanguage,
                ResponsibleLanguage = original.Responsible == i.Responsible ? language : i.ResponsibleLanguage,
            })],
        };
    }

    /// <summary>A translated findings whose metric keeps the original's takeaway or label (the entry left out, the field left
    /// out, or copied as it is): that text is in the original's language (review9, 2026-12-07: "About one in five residents…"
    /// unmarked on the Spanish findings page).</summary>
    private static Findings TakeawaysLeftInOriginal(Findings original, Findings translated, string language)
    {
        var originals = original.Metrics.GroupBy(m => m.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return translated with
        {
            Metrics = [.. translated.Metrics.Select(m => !originals.TryGetValue(m.Key, out var o) ? m : m with
            {
                TakeawayLanguage = m.Takeaway is not null && o.Takeaway == m.Takeaway ? language : m.TakeawayLanguage,
                LabelLanguage = m.Label is not null && o.Label == m.Label ? language : m.LabelLanguage,
                // A local CSV in percent stays in percent ("72 %", not "72 por ciento"), as an indicator's unit does.
                Unit = UnitWords.IsPercent(o.Unit) ? o.Unit : m.Unit,
                // A unit written in words after the number, left out or copied, is the original's words (fixes12, 2026-12-08:
                // "98,500 people" unmarked in a Spanish findings table).
                UnitLanguage = m.Unit is not null && o.Unit == m.Unit && UnitWords.Kind(m.Unit) == UnitKind.Noun ? language : m.UnitLanguage,
            })],
        };
    }

    /// <summary>A translated theory of change whose logic-model item keeps the original's text (the item left out, its text left
    /// out, or copied as it is), or whose vision is the original's: that text is in the original's language (review9,
    /// 2026-12-07: untranslated logic-model items unmarked on the Spanish page).</summary>
    private static TheoryOfChange ItemsLeftInOriginal(TheoryOfChange original, TheoryOfChange translated, string language)
    {
        translated = translated with { Statement = StatementLeftInOriginal(original.Statement, translated.Statement, language) };
        if (translated.LogicModel is not { } model || original.LogicModel is not { } originalModel)
            return translated with { VisionLanguage = Same(original.Vision, translated.Vision) ? language : translated.VisionLanguage };
        var texts = originalModel.AllItems.GroupBy(i => i.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        ImmutableArray<LogicModelItem> Mark(ImmutableArray<LogicModelItem> items) =>
            [.. items.Select(i => texts.TryGetValue(i.Id, out var text) && text == i.Text ? i with { TextLanguage = language } : i)];
        return translated with
        {
            VisionLanguage = Same(original.Vision, translated.Vision) ? language : translated.VisionLanguage,
            LogicModel = model with
            {
                Inputs = Mark(model.Inputs), Activities = Mark(model.Activities), Outputs = Mark(model.Outputs),
                ShortTermOutcomes = Mark(model.ShortTermOutcomes), IntermediateOutcomes = Mark(model.IntermediateOutcomes),
                LongTermOutcomes = Mark(model.LongTermOutcomes),
            },
        };

        static bool Same(string a, string b) => a.Length > 0 && a == b;
    }

    /// <summary>The theory of change's preconditions, outcomes and assumptions a translation keeps as the original's (a list
    /// left out, or an item copied as it is): in the original's language (fixes12, 2026-12-08: untranslated statements
    /// unmarked on the Spanish page, as logic-model items were).</summary>
    private static TheoryOfChangeStatement? StatementLeftInOriginal(TheoryOfChangeStatement? original, TheoryOfChangeStatement? translated,
        string language)
    {
        if (original is null || translated is null) return translated;
        var kept = Kept(original.Preconditions, translated.Preconditions)
            .Concat(Kept(original.Outcomes, translated.Outcomes))
            .Concat(Kept(original.Assumptions, translated.Assumptions))
            .ToImmutableHashSet(StringComparer.Ordinal);
        return kept.IsEmpty ? translated : translated with { Untranslated = kept, UntranslatedLanguage = language };

        static IEnumerable<string> Kept(ImmutableArray<string> originals, ImmutableArray<string> items) =>
            items.Where(i => i.Trim().Length > 0 && originals.Contains(i, StringComparer.Ordinal));
    }

    private static ProgressReport? TranslateReport(RepositoryLayout layout, PlanFiles files, Plan plan, OriginalFrontMatter originals,
        TranslationFile file, Dictionary<int, ProgressReport> done, DiagnosticBag diagnostics, ICollection<YamlText> yamlTexts, ParseRecords? records)
    {
        var loaded = FrontMatterFile.Load(layout, file.Path, PlanParser.ProgressExample(file.Original), diagnostics, yamlTexts, records: records);
        if (loaded is null) return null;
        var f = loaded.Fields;
        var year = f.Year("year", true, "the year of the report it translates");
        if (year is null) return null;
        var at = f.ValueSpan("year");
        var original = plan.Progress.FirstOrDefault(r => r.Year == year);
        if (original is null || !originals.Progress.TryGetValue(year.Value, out var yaml))
        {
            // The original's file is there but says another year: MAP040 at its 'year' names the fix; this is not a second error.
            if (plan.Progress.Any(r => r.Path == $"{files.Folder}/progress/{year}.md")) return null;
            diagnostics.Add(TranslationNotAllowed.Instance.CreateNoReport(at, PlanRelative(files, file.Path), year.Value, files.Folder));
            return null;
        }
        if (done.TryGetValue(year.Value, out var first))
        {
            diagnostics.Add(DuplicateTranslation(at, year.Value, first.Path));
            return null;
        }
        var merged = new TranslationMerger(PlanRelative(files, original.Path), diagnostics).Merge(yaml, f.Yaml);
        var scratch = new DiagnosticBag();
        var report = ProgressReportParser.Parse(new FrontMatterFile(file.Path, new YamlFields(merged, "", scratch), loaded.Body), files.ProgressFiles,
            ProgressReportParser.Units(plan.Components));
        Forward(scratch, file.Path, diagnostics);
        // A translation is published with its original: it follows the original's draft flag.
        return report is null ? null : NotesLeftInOriginal(original, report, plan.Metadata.Language) with { IsDraft = original.IsDraft };
    }

    /// <summary>A translated report whose update keeps the original's note (the update or its note left out, or copied as it is):
    /// that note is in the original's language (review12, 2026-12-08: "Nothing changed this year; …" unmarked on the Spanish
    /// progress and print pages).</summary>
    private static ProgressReport NotesLeftInOriginal(ProgressReport original, ProgressReport translated, string language)
    {
        var notes = original.Updates.Where(u => u.Note is not null).GroupBy(u => u.Indicator.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Note, StringComparer.Ordinal);
        return translated with
        {
            Updates = [.. translated.Updates.Select(u => u.Note is { Length: > 0 } note && notes.TryGetValue(u.Indicator.Value, out var o) && o == note
                ? u with { NoteLanguage = language } : u)],
        };
    }

    private static Diagnostic DuplicateTranslation(SourceSpan at, int year, string firstPath) =>
        ComponentDuplicated.Instance.Create(at, year.ToString(System.Globalization.CultureInfo.InvariantCulture), firstPath) with
        {
            Message = $"'year: {year}' is already translated by {firstPath}; each report has one translation per language, so merge them or remove one",
        };

    /// <summary>The parser's findings about the translation's own nodes; those about copied nodes were reported at the original.</summary>
    private static void Forward(DiagnosticBag scratch, string path, DiagnosticBag diagnostics) =>
        diagnostics.AddRange(scratch.ToSortedList().Where(d => d.Span.Path == path));

    /// <summary>"findings.md" → "findings.es.md", "progress/2030.md" → "2030.es.md".</summary>
    private static string Expected(string path, string language)
    {
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(name);
        return $"{name[..^extension.Length]}.{language}{extension}";
    }

    private static string PlanRelative(PlanFiles files, string path) =>
        path.StartsWith(files.Folder + "/", StringComparison.Ordinal) ? path[(files.Folder.Length + 1)..] : path;
}
