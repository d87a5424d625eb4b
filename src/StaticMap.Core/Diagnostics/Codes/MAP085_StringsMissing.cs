using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

/// <summary>A language a plan is published in whose strings file lacks keys English has, or that has no strings file at all.</summary>
public sealed class StringsMissing : Rule
{
    public static readonly StringsMissing Instance = new();

    /// <summary>How many missing keys a message names before it says "…".</summary>
    public const int KeysShown = 10;

    public override string Code => "MAP085";
    public override string Title => "Interface text missing for a language";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "theme";
    public override string Help =>
        "A plan is published in a language (plan.yml 'language' or 'translations') whose theme/strings/<lang>.yml lacks keys " +
        "that en.yml has, or that has no strings file at all: those texts are shown in English. Add the keys, translated " +
        "(docs/theme.md, \"Languages and cultures\").";

    /// <param name="file">The strings file of the language, as shown in diagnostics ("theme/strings/es.yml").</param>
    public Diagnostic CreateMissingKeys(string file, IReadOnlyList<string> keys) =>
        At(SourceSpan.File(file),
            $"{file} lacks {keys.Count} {(keys.Count == 1 ? "key" : "keys")} that English has (shown in English): " +
            string.Join(", ", keys.Take(KeysShown)) + (keys.Count > KeysShown ? " …" : "") +
            "; add them, translated, from en.yml");

    /// <param name="at">Where the plan names the language (plan.yml).</param>
    /// <param name="file">The strings file the language would need ("theme/strings/fr.yml").</param>
    public Diagnostic CreateNoFile(SourceSpan at, string language, string file) =>
        At(at, $"the plan is published in '{language}', which has no strings file: its interface is shown in English; " +
               $"add {file}: a copy of en.yml, translated");
}
