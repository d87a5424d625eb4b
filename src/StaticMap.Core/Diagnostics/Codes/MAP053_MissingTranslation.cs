namespace StaticMap.Core.Diagnostics.Codes;

public sealed class MissingTranslation : Rule
{
    public static readonly MissingTranslation Instance = new();
    public override string Code => "MAP053";
    public override string Title => "File without a translation";
    public override string Stage => "parse";
    public override Severity Severity => Severity.Warning;
    public override string Help =>
        "Each language of plan.yml's 'translations' has a translation of every component and progress report beside the original (findings.es.md, progress/2025.es.md); a page without one is published in the main language on the translated site, with a notice.";

    /// <param name="path">The original, e.g. plans/x/findings.md.</param>
    /// <param name="expected">The translation's file name, e.g. findings.es.md.</param>
    public Diagnostic Create(string path, string expected, string languageName, string mainLanguageName) =>
        At(SourceSpan.File(path), $"{PlanRelative(path)} has no {languageName} translation ({expected}): its page is published in {mainLanguageName} on the {languageName} site");

    public Diagnostic CreatePlanYml(string path, string expected, string languageName, string mainLanguageName) =>
        At(SourceSpan.File(path), $"plan.yml has no {languageName} translation ({expected}): the plan's title, summary and coalition roles are shown in {mainLanguageName} on the {languageName} site");

    private static string PlanRelative(string path) => path[(path.IndexOf('/', path.IndexOf('/') + 1) + 1)..];
}
