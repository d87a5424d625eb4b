using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Validation.Rules;

public sealed class ShareCardsNeedBaseUrl : Rule
{
    public static readonly ShareCardsNeedBaseUrl Instance = new();
    public override string Code => "MAP094";
    public override string Title => "Share cards need the site's public address";
    public override Severity Severity => Severity.Warning;
    public override string Stage => "render";
    public override string Help => "Social networks, chat apps and newsletters show a link's title, description and card image only from absolute URLs (og:url, og:image). Build the published site with --base-url https://your.site/ (docs/deploy.md#share-cards); the preview and local builds can leave it out.";

    /// <param name="home">The site's home page file (input/index.md), where the site's name comes from.</param>
    public Diagnostic Create(string home) => At(SourceSpan.File(home),
        "the site is built without --base-url, so its pages have no share card image or absolute link (og:image, og:url) and a link pasted into a social post or newsletter shows no card; build the published site with --base-url https://your.site/");
}
