using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Scaffolding.Components;
using static StaticMap.Core.Validation.Rules.PlaceholderText;

namespace StaticMap.Core.Scaffolding;

/// <summary>
/// The text of a new plan. Every part the coalition must write holds a "TODO:" placeholder that says what to write, in the
/// planning guide's words (Step 1.4); the structured parts are the smallest that pass every error rule for any FIPS code.
/// </summary>
public static class ScaffoldText
{
    public const string ExampleDataFile = "data/example-metric.csv";

    /// <summary>plan.yml, one file per component kind (its <see cref="IComponentScaffold"/>) and an example data file.</summary>
    /// <param name="components">The component kinds to write; null for StaticMap's own.</param>
    public static IReadOnlyList<ScaffoldFile> Files(NewPlan plan, ComponentRegistry? components = null)
    {
        var registry = components ?? CoreComponentKinds.Registry();
        return
        [
            new("plan.yml", PlanYml(plan)),
            .. registry.Kinds.Select(kind => new ScaffoldFile(kind.Slug + ".md", registry.Part<IComponentScaffold>(kind).Text(plan))),
            new(ExampleDataFile, ExampleData),
            .. plan.Translations.SelectMany(language => TranslationFiles(plan, language, registry)),
        ];
    }

    /// <summary>
    /// plan.&lt;lang&gt;.yml and &lt;component&gt;.&lt;lang&gt;.md: the same structure as the originals, every text to translate
    /// marked with a placeholder in the translation's language (MAP090), the fields that are not text as in the original.
    /// </summary>
    private static IEnumerable<ScaffoldFile> TranslationFiles(NewPlan plan, string language, ComponentRegistry registry)
    {
        var spanish = Localization.LanguageTags.Same(Localization.PluralRules.Primary(language), "es");
        var marker = spanish ? $"{Marker} (traduzca al español)" : $"{Marker} (translate into {Localization.LanguageTags.EnglishName(language)})";
        var planYml = spanish
            ? $$"""
                # yaml-language-server: $schema=../../schemas/plan-translation.schema.json
                # plan.yml en español: solo 'title', 'summary', 'jurisdiction.name', 'contact.name' y el 'role' de cada integrante de la coalición, en el mismo orden.
                title: "{{Marker}} el título del plan en español"
                summary: >-
                  {{Marker}} En un párrafo sencillo, diga qué quiere cambiar este plan para los residentes y cómo.
                coalition:
                  - role: "{{Marker}} qué hace este integrante en la coalición"

                """
            : $$"""
                # yaml-language-server: $schema=../../schemas/plan-translation.schema.json
                # plan.yml in {{Localization.LanguageTags.EnglishName(language)}}: only 'title', 'summary', 'jurisdiction.name', 'contact.name' and each coalition member's 'role', in the same order.
                title: "{{marker}} the plan's title"
                summary: >-
                  {{marker}} the plan's summary
                coalition:
                  - role: "{{marker}} this member's role"

                """;
        yield return new ScaffoldFile($"plan.{language}.yml", planYml);
        foreach (var kind in registry.Kinds)
        {
            // The original's text with each placeholder marked for translation: the same entries, ids, dates and values.
            var text = registry.Part<IComponentScaffold>(kind).Text(plan).Replace(Marker, marker, StringComparison.Ordinal)
                .Replace("schemas/component.schema.json", "schemas/component-translation.schema.json", StringComparison.Ordinal);
            yield return new ScaffoldFile($"{kind.Slug}.{language}.md", text);
        }
    }

    /// <summary>The first line of a component file's front matter: the schema editors check it against.</summary>
    public const string ComponentSchema = "# yaml-language-server: $schema=../../schemas/component.schema.json";

    private static string PlanYml(NewPlan plan) => $$"""
        # yaml-language-server: $schema=../../schemas/plan.schema.json
        # The plan's metadata; docs/authoring.md describes every field. Replace each "{{Marker}}" text with your own:
        # 'staticmap check' lists the ones left (warning MAP090).
        title: {{Quoted(plan.Name + " Mobility Action Plan")}}
        jurisdiction:
          name: {{Quoted(plan.Name)}}
          type: {{Vocabularies.JurisdictionType.WordOf[plan.Type]}}
          state: {{plan.State}}
          fips: "{{plan.Fips}}"
        # Drafts appear only in previews. When the plan is public, write 'status: released' and 'released: YYYY-MM-DD'.
        status: draft
        summary: >-
          {{Marker}} In one plain-language paragraph, say what this plan sets out to change for residents and how.
          It appears on the home page and in search results.
        # Everyone who plans and carries out the work (guide Step 4), one entry each. 'sector' is one of
        # {{string.Join(", ", Vocabularies.Sector.Words)}}.
        coalition:
          - name: "{{Marker}} the name of a coalition member, e.g. the {{plan.Kind}}'s planning department"
            sector: government
            role: "{{Marker}} what this member does in the coalition, e.g. convenes the coalition"
        # Optional: comparison jurisdictions for the findings charts, as FIPS codes (guide Step 2).
        # peers: {{ExamplePeers(plan)}}
        # Optional: who residents can write to about the plan.
        # contact:
        #   name: Mobility planning team
        #   email: mobility@example.org
        #   url: https://example.org/mobility
        language: en
        {{(plan.Translations.Count == 0 ? "# Optional: other languages, each with plan.<lang>.yml and <component>.<lang>.md files.\n# translations: [es]" : $"translations: [{string.Join(", ", plan.Translations)}]")}}

        """;

    /// <summary>Placeholder numbers, so that the chart draws; the 'note' column is ignored by the build.</summary>
    /// <summary>Two peers of the plan's kind for the commented example, never the plan itself (review12, 2026-12-08: Saint Paul's
    /// new plan.yml suggested "2758000", its own code, as its peer; Ramsey County's, "27123").</summary>
    private static string ExamplePeers(NewPlan plan)
    {
        string[] candidates = plan.Type == JurisdictionType.City ? ["2758000", "4260000", "4261000"] : ["27123", "42003", "42101"];
        return "[" + string.Join(", ", candidates.Where(c => c != plan.Fips).Take(2).Select(c => $"\"{c}\"")) + "]";
    }

    private static readonly string ExampleData = $"""
        year,value,note
        2022,10,{Marker} placeholder row; replace with your own data
        2023,20,{Marker} placeholder row; replace with your own data
        2024,30,{Marker} placeholder row; replace with your own data

        """;

    /// <summary>A YAML double-quoted string, so names like "Prince George's County: Maryland" stay text.</summary>
    public static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
