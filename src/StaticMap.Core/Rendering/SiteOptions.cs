namespace StaticMap.Core.Rendering;

/// <param name="IncludeDrafts">Build draft plans too (preview, --drafts); their pages are marked noindex.</param>
/// <param name="BaseUrl">The public address, e.g. https://maps.example.org/ ; gives canonical URLs and a base path.</param>
/// <param name="NoIndex">Mark every page noindex (deploy previews).</param>
public sealed record SiteOptions(bool IncludeDrafts = false, string? BaseUrl = null, bool NoIndex = false);
