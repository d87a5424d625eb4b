using StaticMap.Core.Rendering;
using StaticMap.Core.Model;

namespace StaticMap.Core.Pipeline.Stages;

/// <summary>
/// Links: the table of the site's pages (as the page kinds declare them) every link of every page is resolved against,
/// built on every run from the site as filled in.
/// </summary>
internal sealed class LinksStage(SiteOptions options) : PipelineStage<DataValuesOutput, LinksOutput>
{
    // The table of pages, declared again only for the plans that changed since the last run (the preview's edits).
    private readonly SiteMapCache _map = new();

    public override string Name => StageNames.Links;

    public override LinksOutput Run(DataValuesOutput input, RunContext run)
    {
        var layout = input.Measured.Parsed.Read.Layout;
        return new(input, new LinkResolver(input.Site, _map.Map(input.Site, options.Kinds), layout.Plans.SelectMany(p => p.MarkdownFiles.Select(f => (p.Id, f)))));
    }

    public override void Release() => _map.Clear();
}
