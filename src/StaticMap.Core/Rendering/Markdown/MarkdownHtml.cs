using System.Collections.Concurrent;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Markdown;

/// <summary>
/// Renders parsed narratives to HTML: addresses rewritten to site URLs, wide tables made scrollable, and raw HTML
/// sanitised. Each body is rendered once and reused (component page, print view).
/// </summary>
/// <param name="language">The language of the pages rendered, when it is not the site's or a plan's main language (a
/// translation, a site page in /es/): links to the plan's files and site pages lead to their pages in that language.</param>
/// <param name="strings">The interface text of the pages rendered (section <c>markdown</c>): the names of footnote links and
/// table regions; English when not given.</param>
public sealed class MarkdownHtml(LinkResolver links, SiteUrlFormatter urls, string? language = null, Localization.UiStrings? strings = null)
{
    private readonly ConcurrentDictionary<MarkdownBody, RawHtml> _cache = new(ReferenceEqualityComparer.Instance);

    public RawHtml Render(MarkdownBody body) => _cache.GetOrAdd(body, b => RenderUncached(b, null));

    /// <summary>A narrative shown with others on one page (the print view): rendered for its place, not cached.</summary>
    public RawHtml Render(MarkdownBody body, NarrativePlacement placement) => RenderUncached(body, placement);

    private RawHtml RenderUncached(MarkdownBody body, NarrativePlacement? placement)
    {
        if (body.IsEmpty) return RawHtml.Empty;
        using var writer = new StringWriter();
        // A body that is sanitised has its addresses rewritten after sanitising, raw HTML's <a href> and <img src> with
        // Markdown's links: the two cannot be told apart in the HTML, and each must be rewritten once.
        var sanitise = NeedsSanitising(body);
        Func<string, string> rewrite = placement is null
            ? address => Rewrite(body.Path, address)
            : address => placement.Address(Rewrite(body.Path, address));
        var renderer = new HtmlRenderer(writer) { LinkRewriter = sanitise ? null : rewrite };
        // When sanitising, the sanitiser prefixes every id (the raw HTML's too), so the renderers leave them.
        MarkdownPipelineSetup.Setup(renderer, placement, prefixIds: !sanitise, strings, InOtherLanguage(body) ? language : null);
        renderer.Render(body.Document);
        writer.Flush();
        var html = writer.ToString();
        return new RawHtml(sanitise ? HtmlSanitising.Sanitise(html, rewrite, placement) : html);
    }

    /// <summary>Whether the body is not in the pages' language: an original shown untranslated on a translation's page
    /// (its file is findings.md, not findings.es.md).</summary>
    private bool InOtherLanguage(MarkdownBody body) =>
        language is not null && !body.Path.EndsWith($".{language}.md", StringComparison.OrdinalIgnoreCase);

    private string Rewrite(string sourcePath, string address)
    {
        var target = links.Resolve(sourcePath, address, language);
        return target.Kind switch
        {
            LinkKind.Internal => urls.Href(target.Url),
            // Reported as MAP063; the page exists, so the link still leads there.
            LinkKind.MissingFragment => target.Url.StartsWith('#') ? target.Url : urls.Href(target.Url),
            LinkKind.External or LinkKind.Fragment => target.Url,
            // Left for the sanitiser to strip; reported as MAP065 or MAP063 by validation.
            _ => address,
        };
    }

    /// <summary>Markdig escapes all text; only raw HTML and link addresses (links, images and &lt;scheme:…&gt; autolinks) can carry markup or script.</summary>
    private bool NeedsSanitising(MarkdownBody body) =>
        body.Facts.HasRawHtml
        || body.Facts.LinkAddresses.Any(url => IsUnsafe(body, url))
        || body.Facts.Autolinks.Any(l => !l.IsEmail && IsUnsafe(body, l.Url));

    private bool IsUnsafe(MarkdownBody body, string url) => links.Resolve(body.Path, url).Kind is LinkKind.Unsafe or LinkKind.OutsideRepository;
}
