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

public sealed class ShareCardsNeedBaseUrl() : DiagnosticCode("MAP094", "render", "Share cards need the site's public address", Severity.Warning,
    "Social networks, chat apps and newsletters show a link's title, description and card image only from absolute URLs (og:url, og:image). Build the published site with --base-url https://your.site/ (docs/deploy.md#share-cards); the preview and local builds can leave it out.")
{
    public static readonly ShareCardsNeedBaseUrl Instance = new();

    /// <param name="home">The site's home page file (input/index.md), where the site's name comes from.</param>
    public Diagnostic Create(string home) => At(SourceSpan.File(home),
        "the site is built without --base-url, so its pages have no share card image or absolute link (og:image, og:url) and a link pasted into a social post or newsletter shows no card; build the published site with --base-url https://your.site/");
}

public sealed class CardLayoutInvalid() : DiagnosticCode("MAP095", "theme", "Share card settings are not valid",
    help: "A theme's cards/card.yml sets how share cards and chart images look: colours as \"#rrggbb\", sizes in pixels, and fonts as TrueType or OpenType files in the theme's cards/ folder (docs/theme.md#share-cards). Fix the value the message names.")
{
    public static readonly CardLayoutInvalid Instance = new();

    public Diagnostic Create(SourceSpan at, string message) => At(at, message);
}
