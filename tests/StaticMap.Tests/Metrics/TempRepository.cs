using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Metrics;
using StaticMap.Core.Reading;

namespace StaticMap.Tests.Metrics;

/// <summary>A throwaway repository folder for reader tests: write a few CSV files, load them, delete it all afterwards.</summary>
internal sealed class TempRepository : IDisposable
{
    private readonly List<string> _dataFiles = [];

    public TempRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "staticmap-metrics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Writes a file; paths under input/data/ become data files of the layout.</summary>
    public TempRepository Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        if (relativePath.StartsWith("input/data/", StringComparison.Ordinal) && !_dataFiles.Contains(relativePath))
            _dataFiles.Add(relativePath);
        return this;
    }

    public TempRepository Data(string name, string csv) => Write("input/data/" + name, csv);

    public RepositoryLayout Layout => new(Root, [], [], _dataFiles.Order(StringComparer.Ordinal).ToImmutableArray(), []);

    public MobilityData Load(DiagnosticBag diagnostics, params string[] geoids) =>
        MobilityData.Load(Layout, MetricCatalog.Embedded, geoids.ToHashSet(), diagnostics);

    /// <summary>Loads the data files for the given geographies and returns the data with its sorted diagnostics.</summary>
    public (MobilityData Data, IReadOnlyList<Diagnostic> Diagnostics) Load(params string[] geoids)
    {
        var bag = new DiagnosticBag();
        var data = Load(bag, geoids);
        return (data, bag.ToSortedList());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
