using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Validation.Rules;

/// <summary>Links and images in narratives must lead somewhere the site publishes.</summary>
public sealed class BrokenLink() : MarkdownRule("MAP063", "Link or image leads nowhere",
    help: "Link to another part of the site by its file, relative to the file that links (findings.md, progress/2024.md, ../ramsey-county/findings.md, assets/map.pdf), or by the address of the published page, absolute (/ramsey-county/findings/) or relative to the linking page (../findings/); a #fragment must name a heading or element id of that page. The same holds for links (a href) and images (img src) written as HTML.")
{
    public static readonly BrokenLink Instance = new();

    /// <summary>The plan and what its links lead to, in this plan or another.</summary>
    public override RuleInputs Reads => RuleInputs.Links;

    public override void CheckBody(MarkdownBody body, ValidationContext context, DiagnosticBag diagnostics)
    {
        var links = context.Links;
        foreach (var link in MarkdownInspector.Links(body))
        {
            if (link.Url is not null) Check(body, context, link.IsImage, link.Url, MarkdownInspector.SpanOf(body, link), diagnostics);
        }
        // <a href="…"> and <img src="…"> written as HTML are published and rewritten like Markdown links.
        foreach (var raw in MarkdownInspector.RawHtmlAddresses(body))
            Check(body, context, raw.Element == "img", raw.Value, MarkdownInspector.SpanOf(body, raw), diagnostics);
    }

    private void Check(MarkdownBody body, ValidationContext context, bool isImage, string url, SourceSpan span, DiagnosticBag diagnostics)
    {
        var links = context.Links;
        var target = links.Resolve(body.Path, url);
        var what = isImage ? "image" : "link";
        switch (target.Kind)
        {
            case LinkKind.Broken when !PageIsUncertain(body.Path, url, context):
                diagnostics.Add(At(span, $"the {what} '{url}' leads to nothing the site publishes; " + Fix(links.Suggest(body.Path, url), isImage)));
                break;
            case LinkKind.MissingFragment when !PageIsUncertain(body.Path, target.Url, context):
                diagnostics.Add(MissingFragment(span, what, url, target.Url, links.PageOf(body.Path), links));
                break;
            case LinkKind.OutsideRepository:
                diagnostics.Add(PathOutsidePlan.Instance.CreateOutsideRepository(span, what, url));
                break;
        }
    }

    /// <summary>
    /// One fault, one diagnostic: while a Markdown file of the plan a link leads into has a parse error (a misspelled
    /// component, two files claiming one component, a progress year that does not match its file), which pages and
    /// headings the plan will have is not known yet, so links into it are checked once that error is fixed.
    /// </summary>
    private static bool PageIsUncertain(string from, string url, ValidationContext context)
    {
        if (context.FilesWithErrors.Count == 0) return false;
        var address = url.Split('#')[0].Split('?')[0];
        // The plans the address may lead into: read as a page address (absolute, or relative to the linking page) and as
        // a file relative to the linking file.
        var plans = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            var page = context.Links.PageOf(from) ?? "/";
            plans.Add(FirstSegment(new Uri(new Uri("http://site" + page), address).AbsolutePath));
        }
        catch (UriFormatException) { }
        var folder = from.Contains('/') ? from[..from.LastIndexOf('/')] : "";
        var file = Path.GetFullPath(Path.Combine("/" + folder, address)).Replace('\\', '/');
        if (file.StartsWith("/plans/", StringComparison.Ordinal)) plans.Add(FirstSegment(file["/plans".Length..]));
        return context.FilesWithErrors.Any(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && plans.Any(p => p.Length > 0 && f.StartsWith($"plans/{p}/", StringComparison.Ordinal)));
    }

    private static string FirstSegment(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

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
