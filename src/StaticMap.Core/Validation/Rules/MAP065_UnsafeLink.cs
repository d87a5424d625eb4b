using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

public sealed class UnsafeLink() : MarkdownRule("MAP065", "Unsafe link removed", Severity.Warning,
    help: "Links use https:, http:, mailto: or tel:, or point at pages of the site; javascript:, data: and file: links are removed.")
{
    public static readonly UnsafeLink Instance = new();

    /// <summary>The plan and how the site resolves its links.</summary>
    public override RuleInputs Reads => RuleInputs.Links;

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        var links = context.Links;
        foreach (var link in MarkdownInspector.Links(body))
        {
            if (link.Url is null || links.Resolve(body.Path, link.Url).Kind != LinkKind.Unsafe) continue;
            var shown = link.Url.Length > 40 ? link.Url[..40] + "..." : link.Url;
            diagnostics.Add(At(MarkdownInspector.SpanOf(body, link),
                $"the {(link.IsImage ? "image" : "link")} '{shown}' is removed: only https:, http:, mailto: and tel: links or site pages are allowed"));
        }
        // <a href> and <img src> written as HTML; a script address (javascript:, vbscript:, data:) there is MAP064's already.
        foreach (var raw in MarkdownInspector.RawHtmlAddresses(body))
        {
            if (links.Resolve(body.Path, raw.Value).Kind != LinkKind.Unsafe || UnsafeHtml.IsScriptAddress(raw.Value)) continue;
            var shown = raw.Value.Length > 40 ? raw.Value[..40] + "..." : raw.Value;
            diagnostics.Add(At(MarkdownInspector.SpanOf(body, raw),
                $"the {(raw.Element == "img" ? "image" : "link")} '{shown}' is removed: only https:, http:, mailto: and tel: links or site pages are allowed"));
        }
        // <javascript:…> is an autolink, not a link: the address is the text between the angle brackets.
        foreach (var autolink in MarkdownInspector.Autolinks(body))
        {
            if (autolink.IsEmail || links.Resolve(body.Path, autolink.Url).Kind != LinkKind.Unsafe) continue;
            var shown = autolink.Url.Length > 40 ? autolink.Url[..40] + "..." : autolink.Url;
            diagnostics.Add(At(MarkdownInspector.SpanOf(body, autolink),
                $"the link '{shown}' is removed: only https:, http:, mailto: and tel: links or site pages are allowed"));
        }
    }
}
