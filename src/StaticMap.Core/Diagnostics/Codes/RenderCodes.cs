namespace StaticMap.Core.Diagnostics.Codes;

// Codes raised by rendering: the theme's templates. One entry each: code, stage, title, severity and help (docs/rules.md), and its typed message builders.

public sealed class TemplateError() : DiagnosticCode("MAP080", "render", "Theme template error",
    help: "A Scriban template in the theme has a syntax or runtime error; see docs/theme.md. Plans cannot cause this; theme edits can.")
{
    public static readonly TemplateError Instance = new();

    public Diagnostic Create(SourceSpan at, string message) => At(at, $"template error: {message}");

    public Diagnostic CreateMissingTheme(string folder) => At(SourceSpan.File(folder),
        $"no theme found: {folder}/layouts/base.sbn-html does not exist; restore the theme folder or pass --theme");

    public Diagnostic CreateMissingTemplate(string path) => At(SourceSpan.File(path),
        $"the theme has no template {path}; restore it from StaticMap's default theme");
}
