namespace StaticMap.Core.Localization;

/// <summary>
/// The interface text of the theme a run uses, read once: the catalogue (StaticMap's own strings with the theme's over
/// them), each language's strings file as diagnostics show it, and the theme folder as shown ("theme", or an absolute
/// path for StaticMap's own theme or a --theme folder outside the repository). Validation (MAP085) and the pages read it.
/// </summary>
/// <param name="Files">Language to its strings file as shown ("theme/strings/es.yml"): the theme's own when it has one, else StaticMap's.</param>
public sealed record ThemeStrings(StringCatalog Catalog, IReadOnlyDictionary<string, string> Files, string ThemeDisplay)
{
    /// <summary>Whether the theme is StaticMap's own or outside the repository, so not the repository's to edit.</summary>
    public bool OutsideRepository => Path.IsPathRooted(ThemeDisplay);
}
