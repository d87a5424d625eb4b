using Ganss.Xss;

namespace StaticMap.Core.Rendering.Markdown;

/// <summary>The HtmlSanitizer configuration for raw HTML in plan text: structure and text only, no script, no style.</summary>
internal static class HtmlSanitising
{
    /// <remarks>role, aria-label and tabindex keep the labelled scroll region StaticMap wraps around tables.</remarks>
    private static readonly string[] ExtraAttributes =
        ["id", "class", "scope", "headers", "colspan", "rowspan", "lang", "dir", "datetime", "start", "reversed", "role", "aria-label", "tabindex"];

    public static string Sanitise(string html)
    {
        // A sanitizer per call: its option sets are not documented as thread-safe, and raw HTML is rare.
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("form");
        sanitizer.AllowedTags.Remove("input");
        sanitizer.AllowedTags.Remove("button");
        sanitizer.AllowedTags.Remove("textarea");
        sanitizer.AllowedTags.Remove("select");
        sanitizer.AllowedTags.Remove("option");
        sanitizer.AllowedTags.Remove("style");
        foreach (var a in ExtraAttributes) sanitizer.AllowedAttributes.Add(a);
        sanitizer.AllowedSchemes.Clear();
        foreach (var s in new[] { "http", "https", "mailto", "tel" }) sanitizer.AllowedSchemes.Add(s);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        return sanitizer.Sanitize(html);
    }
}
