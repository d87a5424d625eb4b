using System.Collections.Immutable;

namespace StaticMap.Core.Model;

/// <summary>Everything the build reads: the site-wide pages from input/ and every plan.</summary>
public sealed record SiteInput(
    string Root,
    ImmutableArray<Plan> Plans,
    ImmutableArray<ContentPage> Pages,
    ImmutableArray<string> Assets)
{
    /// <summary>The front matter of the site pages of input/ as written (also of a page that could not be read as one).</summary>
    public ImmutableArray<YamlText> PageYaml { get; init; } = [];
}

/// <summary>A site-wide page from input/: the home page (index.md), about, the accessibility statement, 404.</summary>
/// <param name="Slug">The URL segment: "" for index.md, "404" for 404.md, otherwise the file name.</param>
public sealed record ContentPage(string Path, string Slug, string Title, string? Description, MarkdownBody Body)
{
    /// <summary>The language of a translated site page (input/about.es.md: "es"); null for the site's main language.</summary>
    public string? Language { get; init; }

    /// <summary>StaticMap's own page, published because input/ has none of this name (the default accessibility
    /// statement); <see cref="Path"/> is where the site's own would be. MAP090 warns until the site writes its own.</summary>
    public bool IsDefault { get; init; }
}
