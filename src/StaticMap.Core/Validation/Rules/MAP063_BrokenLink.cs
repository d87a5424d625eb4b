using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Links and images in narratives must lead somewhere the site publishes.</summary>
public sealed class BrokenLink : MarkdownRule
{
    public static readonly BrokenLink Instance = new();
    public override string Code => "MAP063";
    public override string Title => "Link or image leads nowhere";
    public override string Help => "Link to other parts of the plan by their file (findings.md, progress/2024.md), to images in assets/, or to site pages by URL (/ramsey-county/findings/).";

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        var links = context.Links;
        foreach (var link in MarkdownInspector.Links(body))
        {
            if (link.Url is null) continue;
            var target = links.Resolve(body.Path, link.Url);
            var what = link.IsImage ? "image" : "link";
            var span = MarkdownInspector.SpanOf(body, link);
            switch (target.Kind)
            {
                case LinkKind.Broken:
                    diagnostics.Add(At(span, $"the {what} '{link.Url}' leads to nothing the site publishes; " +
                        (link.IsImage ? "put the image in the plan's assets/ folder and write 'assets/<name>'" : "link to a component file such as findings.md, a progress/<year>.md file, or a site URL")));
                    break;
                case LinkKind.OutsideRepository:
                    diagnostics.Add(PathOutsidePlan.Instance.CreateOutsideRepository(span, what, link.Url));
                    break;
            }
        }
    }
}
