using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Core.Rendering.Files;

/// <summary>Each chart's data as CSV, at the address its figure links to.</summary>
/// <remarks>Charts are built with the pages that show them; the build creates every page before any file.</remarks>
public sealed class ChartDataCsv : IFileKind
{
    public IEnumerable<GeneratedFile> Files(RenderContext context)
    {
        var basePath = context.Urls.BasePath;
        return context.AllCharts
            .DistinctBy(c => c.CsvHref)
            .Select(c => new GeneratedFile(c.CsvHref[basePath.Length..].TrimStart('/'), MetricCharts.Csv(c)))
            .ToList();
    }
}
