using AngleSharp.Dom;
using Ganss.Xss;
using StaticMap.Core.Parsing;

namespace StaticMap.Core.Rendering.Markdown;

/// <summary>
/// The HtmlSanitizer configuration for raw HTML in plan text: structure and text only, no script, no style; addresses
/// rewritten to the published ones, and ids reserved for the theme ("sm-…") renamed.
/// </summary>
internal static class HtmlSanitising
{
    /// <remarks>role, aria-label and tabindex keep the labelled scroll region StaticMap wraps around tables.</remarks>
    private static readonly string[] ExtraAttributes =
        ["id", "class", "scope", "headers", "colspan", "rowspan", "lang", "dir", "datetime", "start", "reversed", "role", "aria-label", "tabindex"];

    /// <summary>Attributes that name other elements by id: their reserved ids are renamed with the element's.</summary>
    private static readonly string[] IdReferences = ["headers", "for"];

    /// <param name="rewrite">Turns an address as written ("findings.md", "assets/map.png") into the published one;
    /// applied to a[href] and img[src] after sanitising, to Markdown's links and the raw HTML's alike.</param>
    /// <param name="placement">On a page of several narratives, every id gets the placement's prefix.</param>
    public static string Sanitise(string html, Func<string, string>? rewrite = null, NarrativePlacement? placement = null)
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
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element) PostProcess(element, rewrite, placement);
        };
        return sanitizer.Sanitize(html);
    }

    private static void PostProcess(IElement element, Func<string, string>? rewrite, NarrativePlacement? placement)
    {
        if (rewrite is not null)
        {
            var attribute = element.LocalName switch { "a" => "href", "img" => "src", _ => null };
            if (attribute is not null && element.GetAttribute(attribute) is { } address) element.SetAttribute(attribute, rewrite(address));
        }
        // The theme's scripts find its elements by id ("sm-chart-…-data" holds a chart's numbers): none may be written in plan text.
        foreach (var name in new[] { "id", "name" })
        {
            if (element.GetAttribute(name) is { } id && MarkdownParser.IsReservedId(id)) element.SetAttribute(name, MarkdownParser.RenamedId(id));
        }
        if (placement is not null && element.GetAttribute("id") is { } own) element.SetAttribute("id", placement.Id(own));
        foreach (var name in IdReferences)
        {
            if (element.GetAttribute(name) is not { } ids) continue;
            var tokens = ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Any(MarkdownParser.IsReservedId))
                element.SetAttribute(name, string.Join(' ', tokens.Select(t => MarkdownParser.IsReservedId(t) ? MarkdownParser.RenamedId(t) : t)));
        }
    }
}
