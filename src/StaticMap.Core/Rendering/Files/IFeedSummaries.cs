using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Files;

/// <summary>
/// The feed entries' summaries (<see cref="ProgressFeed"/>) a build can take from the build cache instead of making them again:
/// a summary reads only its plan edition (the report's first paragraph, what changed since the previous report) and the
/// interface text of the edition's language, all of which the plan's build-cache key covers, so a plan whose key is the
/// one its summaries were kept under gets the same summaries. Set on the <see cref="RenderContext"/> by a build with the
/// cache (<see cref="RenderContext.FeedSummaries"/>); without one, every summary is made.
/// </summary>
public interface IFeedSummaries
{
    /// <summary>The summary kept for <paramref name="report"/> of the plan edition <paramref name="edition"/>, as XML
    /// (<see cref="System.Xml.Linq.SaveOptions.DisableFormatting"/>), or null when there is none under the plan's key.</summary>
    string? Find(Plan edition, ProgressReport report);

    /// <summary>Keeps the summary just made for <paramref name="report"/> of <paramref name="edition"/> for the next build.</summary>
    void Keep(Plan edition, ProgressReport report, string xml);
}
