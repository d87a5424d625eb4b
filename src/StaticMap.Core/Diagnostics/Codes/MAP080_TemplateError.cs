using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Diagnostics.Codes;

public sealed class TemplateError : Rule
{
    public static readonly TemplateError Instance = new();
    public override string Code => "MAP080";
    public override string Title => "Theme template error";
    public override string Stage => "render";
    public override string Help => "A Scriban template in the theme has a syntax or runtime error; see docs/theme.md. Plans cannot cause this; theme edits can.";

    public Diagnostic Create(SourceSpan at, string message) => At(at, $"template error: {message}");

    public Diagnostic CreateMissingTheme(string folder) => At(SourceSpan.File(folder),
        $"no theme found: {folder}/layouts/base.sbn-html does not exist; restore the theme folder or pass --theme");

    public Diagnostic CreateMissingTemplate(string path) => At(SourceSpan.File(path),
        $"the theme has no template {path}; restore it from StaticMap's default theme");
}
