using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Links and images in narratives must lead somewhere the site publishes.</summary>
public sealed class BrokenLink : MarkdownRule
{
    public static readonly BrokenLink Instance = new();
    public override string Code => "MAP063";
    public override string Title => "Link or image leads nowhere";
    public override string Help => "Link to another part of the site by its file, relative to the file that links (findings.md, progress/2024.md, ../ramsey-county/findings.md, assets/map.pdf), or by the address of the published page, absolute (/ramsey-county/findings/) or relative to the linking page (../findings/); a #fragment must name a heading or element id of that page.";

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
                    diagnostics.Add(At(span, $"the {what} '{link.Url}' leads to nothing the site publishes; " + Fix(links.Suggest(body.Path, link.Url), link.IsImage)));
                    break;
                case LinkKind.MissingFragment:
                    diagnostics.Add(MissingFragment(span, what, link.Url, target.Url, links.PageOf(body.Path), links));
                    break;
                case LinkKind.OutsideRepository:
                    diagnostics.Add(PathOutsidePlan.Instance.CreateOutsideRepository(span, what, link.Url));
                    break;
            }
        }
    }

    private static string Fix(string? suggestion, bool isImage) => suggestion switch
    {
        null when isImage => "put the image in the plan's assets/ folder and write 'assets/<name>'",
        null => "link to a component file such as findings.md, a progress/<year>.md file, or a site URL",
        _ when suggestion.StartsWith('/') => $"link the page: {suggestion}",
        _ => $"link the file: {suggestion}",
    };

    private Diagnostic MissingFragment(Diagnostics.SourceSpan span, string what, string written, string target, string? here, LinkResolver links)
    {
        var hash = target.IndexOf('#');
        var (page, id) = (target[..hash], Uri.UnescapeDataString(target[(hash + 1)..]));
        var ids = links.IdsOf(page.Length == 0 ? here ?? "" : page.Split('?')[0]);
        var where = page.Length == 0 ? "this page" : $"the page {page.Split('?')[0]}";
        var closest = ids is null ? null : Spelling.Closest(id, ids.Known.Where(k => !k.StartsWith("fn", StringComparison.Ordinal)));
        return At(span, $"the {what} '{written}' names '#{id}', but {where} has no heading or element with that id; " +
            (closest is null ? "link a heading of that page (its id is the heading text in lowercase, with hyphens for spaces) or leave out the #part" : $"did you mean '#{closest}'?"));
    }
}
