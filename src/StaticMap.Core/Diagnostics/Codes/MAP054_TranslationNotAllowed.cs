namespace StaticMap.Core.Diagnostics.Codes;

public sealed class TranslationNotAllowed : Rule
{
    public static readonly TranslationNotAllowed Instance = new();
    public override string Code => "MAP054";
    public override string Title => "Translation with something it may not hold, or without an original";
    public override string Stage => "parse";
    public override string Help =>
        "plan.<lang>.yml holds only 'title', 'summary', 'jurisdiction' and 'contact' (each with only 'name') and 'coalition' (each member with only 'role'); everything else is taken from plan.yml. A translation sits beside the file it translates: write the original first.";

    public Diagnostic CreateKey(SourceSpan at, string file, string key) =>
        At(at, $"{file} may hold only 'title', 'summary', 'jurisdiction.name', 'contact.name' and 'coalition' (each member with only 'role'); '{key}' is taken from plan.yml, so remove it here");

    public Diagnostic CreateNameOnlyKey(SourceSpan at, string file, string field, string key) =>
        At(at, $"'{field}.{key}' cannot be translated in {file}: its translation holds only 'name' ('{key}' is taken from plan.yml), so remove it here");

    public Diagnostic CreateCoalitionKey(SourceSpan at, string file, string where, string key) =>
        At(at, $"'{where}.{key}' cannot be translated in {file}: a coalition member's translation holds only 'role' ('{key}' is taken from plan.yml), so remove it here");

    public Diagnostic CreateNoComponent(SourceSpan at, string file, string component) =>
        At(at, $"{file} translates the {component} component, which this plan does not have (no file says 'component: {component}'); write the original first ({component}.md), or remove the translation");

    public Diagnostic CreateNoReport(SourceSpan at, string file, int year, string folder) =>
        At(at, $"{file} translates the {year} progress report, which this plan does not have ({folder}/progress/{year}.md); write the report first, or remove the translation");
}
