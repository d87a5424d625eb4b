namespace StaticMap.Core.Diagnostics.Codes;

public sealed class InvalidTranslationLanguage : Rule
{
    public static readonly InvalidTranslationLanguage Instance = new();
    public override string Code => "MAP046";
    public override string Title => "Invalid language in 'translations'";
    public override string Stage => "parse";
    public override string Help =>
        "Each entry of plan.yml's 'translations' is a BCP 47 tag of another language than the plan's own, listed once: translations: [es] or [es, zh-Hant].";

    public Diagnostic Create(SourceSpan at, string where, string value) =>
        At(at, $"'{where}' is '{Prose.Shorten(value)}', which is not a BCP 47 language tag; write the language's tag, e.g. es, es-MX or zh-Hant");

    public Diagnostic CreateMainLanguage(SourceSpan at, string where, string value) =>
        At(at, $"'{where}' is '{value}', the plan's own language ('language: {value}'); 'translations' lists only the other languages, so remove it");

    public Diagnostic CreateRepeated(SourceSpan at, string where, string value) =>
        At(at, $"'{where}' lists '{value}' a second time; list each language once");

}
