using StaticMap.Core.Model;
using StaticMap.Core.Rendering.Cards;
using StaticMap.Core.Rendering.Charts;
using StaticMap.Core.Rendering.Components;
using StaticMap.Core.Rendering.Pages;

namespace StaticMap.Core.Rendering.Files;

/// <summary>
/// Each chart as an SVG beside its CSV (<see cref="ChartSpec.DownloadHref"/>), drawn at build time from the chart the page
/// shows (<see cref="ChartPainter"/>), with its title, its source line and the data credit, in its language. The chart's PNG
/// is not a build output: the reader's browser makes it from the chart drawn (js/chart-download.js).
/// </summary>
public sealed class ChartImages : IFileKind, IPerLanguageFiles
{
    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        var basePath = context.Urls.BasePath;
        var sources = Sources(context);
        foreach (var plan in context.PlansInScope)
        {
            var t = context.Text(plan.Metadata.Language);
            var planSource = new ChartImageText(t.Text("cards.chart_source_plan", ("plan", plan.Metadata.Title)), null);
            // The plan's charts in its language are drawn (or taken from the image cache) together: ChartPainter.Svgs.
            var charts = context.AllCharts.Where(c => c.Format.Text.Language == plan.Metadata.Language).DistinctBy(c => c.CsvHref)
                .Select(chart => (chart, sources.GetValueOrDefault(chart.Id + "\u001f" + chart.CsvHref) ?? planSource)).ToList();
            var svgs = ChartPainter.Svgs(charts, context.CardStyle);
            for (var i = 0; i < charts.Count; i++)
                yield return new GeneratedFile(charts[i].chart.DownloadHref("svg")[basePath.Length..].TrimStart('/'), svgs[i]);
        }
    }

    /// <summary>The source line of each findings chart: Urban's data with the credit, or the coalition's own file. Read from
    /// the findings pages' models this part already built (<see cref="RenderContext.PagesOf"/>), not built again.</summary>
    private static Dictionary<string, ChartImageText> Sources(RenderContext context)
    {
        var sources = new Dictionary<string, ChartImageText>(StringComparer.Ordinal);
        foreach (var page in context.PagesOf(new ComponentPageKind()))
        {
            if (page.Model is not ComponentPageModel { Details: FindingsPage findings }) continue;
            foreach (var metric in findings.Metrics)
            foreach (var chart in metric.Charts)
                // The source line names Urban's data and credits it ("Source: Urban Institute, Mobility Metrics."), or the coalition's file.
                sources[chart.Id + "\u001f" + chart.CsvHref] = new ChartImageText(metric.Source, null);
        }
        return sources;
    }
}
