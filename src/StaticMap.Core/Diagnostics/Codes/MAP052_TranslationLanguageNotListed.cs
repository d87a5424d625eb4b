namespace StaticMap.Core.Diagnostics.Codes;

public sealed class TranslationLanguageNotListed : Rule
{
    public static readonly TranslationLanguageNotListed Instance = new();
    public override string Code => "MAP052";
    public override string Title => "Translation in a language plan.yml does not list";
    public override string Stage => "parse";
    public override string Help =>
        "A file named <name>.<lang>.md or plan.<lang>.yml is a translation into <lang>: add <lang> to plan.yml's 'translations' (translations: [es]), or rename the file if it is not a translation (notes-es.md).";

    public Diagnostic Create(string path, string language, string languageName, string listed) =>
        At(SourceSpan.File(path), $"{FileName(path)} is named as a {languageName} translation ('{language}'), but plan.yml's 'translations' {listed}; add '{language}' to 'translations', or rename the file if it is not a translation");

    public Diagnostic CreateMainLanguage(string path, string language, string languageName) =>
        At(SourceSpan.File(path), $"{FileName(path)} is named as a {languageName} translation ('{language}'), but {languageName} is the plan's own language (plan.yml 'language'); merge it into the original, or rename the file");

    private static string FileName(string path) => path[(path.IndexOf('/', path.IndexOf('/') + 1) + 1)..];
}
