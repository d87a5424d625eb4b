using System.Text;

namespace StaticMap.Core.Rendering.Files;

/// <summary>
/// /_redirects, the redirects the build knows and netlify.toml cannot name: each chart once had an embed page of its own
/// (/&lt;plan&gt;/embed/&lt;chart&gt;/), and partners' iframes may still point there; every such address leads, with a 301, to
/// its plan's embed page (/&lt;plan&gt;/embed/), one line per plan and language whose embed page is written. A redirect of a path cannot choose the chart
/// (the fragment, #sm-chart-…, is not sent to the server), so an old frame shows the plan's list of charts until its code is
/// copied again; docs/deploy.md#embeds. Netlify applies these before netlify.toml's redirects, and, being unforced, never
/// where a file exists: the embed page itself is served.
/// </summary>
public sealed class NetlifyRedirectsFile : IFileKind, ISiteWide
{
    public const string FileName = "_redirects";

    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        if (!context.IsSiteLanguage) yield break; // one file, at the root
        // The plans this build publishes, in each language: a plan with no chart (none of its metrics or updates has data)
        // has no embed page to lead to, and a line to a page never written would turn an old frame's 404 into a redirect to one.
        var embeds = context.PublishedPlans.SelectMany(p => p.Editions)
            .Where(p => Model.SiteUrls.MayEmbed(p) && Pages.EmbedPageKind.HasCharts(p, context)).Select(Model.SiteUrls.EmbedPage)
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder("# Written by staticmap build. A chart's old embed address leads to its plan's embed page (docs/deploy.md#embeds).\n");
        foreach (var url in embeds)
            text.Append($"{url}* {url} 301\n");
        yield return new GeneratedFile(FileName, text.ToString());
    }
}
