using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Links and images in narratives must lead somewhere the site publishes.</summary>
public sealed class BrokenLink : MarkdownRule
{
    public static readonly BrokenLink Instance = new();
    public override string Code => "MAP063";
    public override string Title => "Link or image leads nowhere";
    public override string Help => "Link to other parts of the plan by their file (findings.md, progress/2024.md), to images in assets/, or to site pages by URL (/ramsey-county/findings/); the same holds for links (a href) and images (img src) written as HTML.";

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        var links = context.Links;
        foreach (var link in MarkdownInspector.Links(body))
        {
            if (link.Url is not null) Check(links.Resolve(body.Path, link.Url), link.IsImage, link.Url, MarkdownInspector.SpanOf(body, link), diagnostics);
        }
        // <a href="…"> and <img src="…"> written as HTML are published and rewritten like Markdown links.
        foreach (var raw in MarkdownInspector.RawHtmlAddresses(body))
            Check(links.Resolve(body.Path, raw.Value), raw.Element == "img", raw.Value, MarkdownInspector.SpanOf(body, raw), diagnostics);
    }

    private void Check(LinkTarget target, bool isImage, string url, SourceSpan span, DiagnosticBag diagnostics)
    {
        var what = isImage ? "image" : "link";
        switch (target.Kind)
        {
            case LinkKind.Broken:
                diagnostics.Add(At(span, $"the {what} '{url}' leads to nothing the site publishes; " +
                    (isImage ? "put the image in the plan's assets/ folder and write 'assets/<name>'" : "link to a component file such as findings.md, a progress/<year>.md file, or a site URL")));
                break;
            case LinkKind.OutsideRepository:
                diagnostics.Add(PathOutsidePlan.Instance.CreateOutsideRepository(span, what, url));
                break;
        }
    }
}
