using StaticMap.Core.Rendering.Cards;

namespace StaticMap.Core.Rendering.Files;

/// <summary>The share card images (1200×630 PNG) the pages' og:image names: one per plan and language, and the site's in
/// each of its languages (<see cref="ShareCards"/>). Drawn once per content: an unchanged plan's card is not drawn again.</summary>
public sealed class ShareCardImages : IFileKind, IPerLanguageFiles
{
    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        var style = context.CardStyle;
        if (context.SiteWide && context.HasHome(context.Language))
            yield return new GeneratedFile(ShareCards.SiteImage(context.Language).TrimStart('/'), CardPainter.Png(context.CardOf(null, context.Language), style));
        foreach (var plan in context.PlansInScope)
            yield return new GeneratedFile(ShareCards.PlanImage(plan).TrimStart('/'), CardPainter.Png(context.CardOf(plan, plan.Metadata.Language), style));
    }
}
