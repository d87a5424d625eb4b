using StaticMap.Core.Diagnostics;
using StaticMap.Core.Localization;

namespace StaticMap.Core.Validation.Rules;

/// <summary>
/// A language a plan is published in (plan.yml's language and translations) whose strings file lacks keys English has,
/// once per language; or that has no strings file at all, on the plan. Reads the theme's strings as the theme stage loaded
/// them (<see cref="ValidationContext.Strings"/>); their own errors are the theme stage's.
/// </summary>
public sealed class StringsMissing() : DiagnosticCode("MAP085", "validate", "Interface text missing for a language", Severity.Warning,
    help: "A plan is published in a language (plan.yml 'language' or 'translations') whose theme/strings/<lang>.yml lacks keys " +
        "that en.yml has, or that has no strings file at all: those texts are shown in English. Add the keys, translated " +
        "(docs/theme.md, \"Languages and cultures\")."), ISiteRule
{
    public static readonly StringsMissing Instance = new();

    /// <summary>How many missing keys a message names before it says "…".</summary>
    public const int KeysShown = 10;

    /// <summary>Every plan's languages, through their summaries, and the theme's strings.</summary>
    public RuleInputs Reads => RuleInputs.Summaries | RuleInputs.Strings;

    public void Check(ValidationContext context, DiagnosticBag diagnostics)
    {
        // A context made without a theme (a library caller's) has no strings to compare.
        if (context.Strings is not { } strings) return;
        var catalog = strings.Catalog;
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var plan in context.Summaries)
        {
            foreach (var (language, at) in plan.Languages)
            {
                // An invalid tag is MAP025's; English is the language every other one falls back to.
                if (string.IsNullOrWhiteSpace(language) || !language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                    || PluralRules.Primary(language) == StringCatalog.DefaultLanguage) continue;
                if (!catalog.Supports(language))
                {
                    // StaticMap's own theme is not the repository's to edit: the file goes in a theme of its own.
                    var where = strings.OutsideRepository ? $"theme/strings/{language}.yml to a theme of the repository's own (docs/theme.md)"
                        : $"{strings.ThemeDisplay}/strings/{language}.yml";
                    diagnostics.Add(CreateNoFile(at, language, where));
                    continue;
                }
                if (!reported.Add(language)) continue;
                var missing = catalog.MissingKeys(language);
                if (missing.Count == 0) continue;
                // A theme with no file of the language: StaticMap's own strings of it stand in, and lack the theme's own keys.
                if ((strings.Files.GetValueOrDefault(language) ?? strings.Files.GetValueOrDefault(PluralRules.Primary(language))) is { } file)
                    diagnostics.Add(CreateMissingKeys(file, missing));
                else
                    diagnostics.Add(CreateNoThemeFile(at, language, $"{strings.ThemeDisplay}/strings/{language}.yml", missing));
            }
        }
    }

    /// <param name="file">The strings file of the language, as shown in diagnostics ("theme/strings/es.yml").</param>
    public Diagnostic CreateMissingKeys(string file, IReadOnlyList<string> keys) =>
        At(SourceSpan.File(file),
            $"{file} lacks {keys.Count} {(keys.Count == 1 ? "key" : "keys")} that English has (shown in English): " +
            string.Join(", ", keys.Take(KeysShown)) + (keys.Count > KeysShown ? " …" : "") +
            "; add them, translated, from en.yml");

    /// <param name="at">Where the plan names the language (plan.yml).</param>
    /// <param name="file">The theme's strings file the language would need ("theme/strings/es.yml").</param>
    public Diagnostic CreateNoThemeFile(SourceSpan at, string language, string file, IReadOnlyList<string> keys) =>
        At(at, $"the theme has no strings file for '{language}', and StaticMap's own lacks {keys.Count} {(keys.Count == 1 ? "key" : "keys")} " +
               "of the theme's English (shown in English): " + string.Join(", ", keys.Take(KeysShown)) + (keys.Count > KeysShown ? " …" : "") +
               $"; add {file}: StaticMap's own {language}.yml with them, translated");

    /// <param name="at">Where the plan names the language (plan.yml).</param>
    /// <param name="file">The strings file the language would need ("theme/strings/fr.yml").</param>
    public Diagnostic CreateNoFile(SourceSpan at, string language, string file) =>
        At(at, $"the plan is published in '{language}', which has no strings file: its interface is shown in English; " +
               $"add {file}: a copy of en.yml, translated");
}
