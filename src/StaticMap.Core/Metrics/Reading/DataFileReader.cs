using CsvHelper;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Reading;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Metrics.Reading;

/// <summary>What one file of input/data contributed: its observations in file order, and the names of its geographies.</summary>
internal sealed class DataFileContents(string path)
{
    public string Path => path;
    public List<Observation> Observations { get; } = [];
    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Geographies { get; } = new(StringComparer.Ordinal);

    /// <summary>Every FIPS code the file has rows for, wanted or not, for "no data" messages.</summary>
    public HashSet<string> AllGeographies { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// True when some row (of any geography) is a subgroup row. A file without subgroup columns, or whose subgroup
    /// columns say only everyone ('all', 'All' under any type, NA) is an everyone file: its values take precedence
    /// over the 'all' rows of subgroup files (see <see cref="MobilityData"/>).
    /// </summary>
    public bool HasSubgroupRows { get; set; }

    public static DataFileContents Empty(string path) => new(path);
}

/// <summary>
/// Streams one Mobility Metrics CSV, keeping only the rows of the wanted geographies. Every problem becomes a diagnostic
/// (MAP073 for bad rows, MAP077 for files in another layout, MAP078 for unknown metrics); nothing is thrown.
/// </summary>
internal sealed class DataFileReader
{
    private readonly string _path;
    private readonly MetricCatalog _catalog;
    private readonly IReadOnlySet<string> _geoids;
    private readonly DiagnosticBag _diagnostics;
    private readonly ProblemReporter _problems;
    private readonly DataFileContents _contents;
    private readonly SortedSet<string> _unknownMetricNames = new(StringComparer.Ordinal);
    private CsvReader _reader = null!;
    private DataFileColumns _columns = null!;

    private DataFileReader(string path, MetricCatalog catalog, IReadOnlySet<string> geoids, DiagnosticBag diagnostics)
    {
        _path = path;
        _catalog = catalog;
        _geoids = geoids;
        _diagnostics = diagnostics;
        _problems = new ProblemReporter(path, diagnostics, MalformedDataFile.Instance.Create);
        _contents = new DataFileContents(path);
    }

    public static DataFileContents Read(RepositoryLayout layout, string path, MetricCatalog catalog, IReadOnlySet<string> geoids, DiagnosticBag diagnostics)
    {
        var full = RepositoryPaths.Resolve(layout, path);
        if (full is null)
        {
            diagnostics.Add(UnreadableFile.Instance.Create(path, "it is outside the repository"));
            return DataFileContents.Empty(path);
        }
        using var file = new RepositoryFiles(layout.Root, diagnostics).Open(full);
        return file is null ? DataFileContents.Empty(path) : new DataFileReader(path, catalog, geoids, diagnostics).Read(file);
    }

    /// <summary>
    /// Reads <paramref name="csv"/>, held in memory, as a file of input/data, and throws the result away: the start-up
    /// warm-up's (<see cref="MobilityData.WarmUp"/>), so that the CSV reader's first use (its vectorised scan, compiled at
    /// run time) is paid before the metrics stage.
    /// </summary>
    internal static DataFileContents WarmUp(string csv, IReadOnlySet<string> geoids, DiagnosticBag diagnostics)
    {
        using var file = new SourceFile("warm-up.csv", System.Text.Encoding.UTF8.GetBytes(csv));
        return new DataFileReader("warm-up.csv", MetricCatalog.Embedded, geoids, diagnostics).Read(file);
    }

    private DataFileContents Read(SourceFile file)
    {
        try
        {
            if (file.Length > TextFileReader.MaxDataBytes)
            {
                _diagnostics.Add(FileTooLarge.Instance.Create(_path, file.Length, TextFileReader.MaxDataBytes));
                return _contents;
            }
            var headerFields = 0;
            using var reader = CsvReader.Create(file.OpenStream(), CsvSettings.Options(m =>
                _problems.Report((int)m.LineNumber, 1, $"line {m.LineNumber} has {CsvSettings.Describe(m, headerFields)}; the line is ignored")), false);
            _reader = reader;
            var header = CsvSettings.Header(reader);
            headerFields = header.Count;
            var analysis = DataFileHeader.Analyse(header, _catalog, out var columns);
            if (columns is null)
            {
                // A skipped file gets one warning (MAP077), not a second one about its columns.
                _diagnostics.Add(DataFileSkipped.Instance.Create(_path, analysis.SkipReason ?? "it is not in a Mobility Metrics layout"));
                return _contents;
            }
            if (analysis.UnknownMetricColumns.Count > 0)
                _diagnostics.Add(UnknownDataColumn.Instance.Create(_path, analysis.UnknownMetricColumns, "columns"));
            _columns = columns;
            while (reader.Read()) ReadRow();
        }
        catch (CsvFormatException ex)
        {
            _problems.Report((int)ex.LineNumber, 1, $"the file cannot be read past line {ex.LineNumber}: {ex.Message.TrimEnd('.')}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Add(UnreadableFile.Instance.Create(_path, SystemErrors.Reason(ex)));
        }
        if (_unknownMetricNames.Count > 0)
            _diagnostics.Add(UnknownDataColumn.Instance.Create(_path, _unknownMetricNames, "metrics"));
        _problems.Finish();
        return _contents;
    }

    private int Line => (int)_reader.LineNumber;

    private string Cell(int index) => index < 0 || index >= _reader.FieldCount ? "" : _reader.GetString(index) ?? "";

    private void Problem(int column, string message) => _problems.Report(Line, CsvSettings.ColumnOf(_reader, column), message);

    private void ReadRow()
    {
        if (ReadGeoid() is not { } geoid) return;
        _contents.AllGeographies.Add(geoid);
        if (!_contents.HasSubgroupRows && IsSubgroupRow()) _contents.HasSubgroupRows = true;
        if (!_geoids.Contains(geoid)) return;
        _contents.Geographies.Add(geoid);
        RecordName(geoid);
        if (_columns.HasNamesOnly) return;
        if (!CellValues.TryParseYear(Cell(_columns.Year), out var year))
        {
            Problem(_columns.Year, $"'{Cell(_columns.Year)}' in column '{_columns.Header[_columns.Year]}' is not a year; write four digits, e.g. 2021");
            return;
        }
        if (ReadSubgroup() is not { } subgroup) return;
        var (type, label) = subgroup;
        if (_columns.Tidy is { } tidy)
        {
            ReadTidy(tidy, geoid, year, type, label);
            return;
        }
        foreach (var metric in _columns.Metrics)
        {
            if (ReadObservation(metric.Metric, geoid, year, type, label, metric.Value, metric.Lower, metric.Upper, metric.Quality, -1) is { } o)
                _contents.Observations.Add(o);
        }
    }

    private string? ReadGeoid()
    {
        var g = _columns.Geography;
        string? geoid;
        // A file with a place column is a city file even if it also names the county.
        if (g.Geoid >= 0) geoid = Geoids.Normalise(Cell(g.Geoid));
        else if (g.Place >= 0) geoid = Geoids.Combine(Cell(g.State), Cell(g.Place), 5);
        else geoid = Geoids.Combine(Cell(g.State), Cell(g.County), 3);
        if (geoid is null)
        {
            var shown = g.Geoid >= 0 ? $"'{Cell(g.Geoid)}'" : $"state '{Cell(g.State)}' and {(g.Place >= 0 ? "place" : "county")} '{Cell(g.Place >= 0 ? g.Place : g.County)}'";
            Problem(g.First, $"{shown} is not a FIPS code; write digits, e.g. state 06 and county 001 (Alameda County, CA)");
        }
        return geoid;
    }

    private void RecordName(string geoid)
    {
        if (_columns.AreaName < 0 || _contents.Names.ContainsKey(geoid)) return;
        var area = Cell(_columns.AreaName);
        if (CellValues.IsMissing(area)) return;
        var state = _columns.StateName >= 0 ? Cell(_columns.StateName) : "";
        _contents.Names[geoid] = CellValues.IsMissing(state) ? area : $"{area}, {state}";
    }

    /// <summary>A row whose subgroup columns name a group, i.e. not everyone: not 'all', not 'All', not both NA or empty.</summary>
    private bool IsSubgroupRow()
    {
        if (_columns.SubgroupType < 0 && _columns.Subgroup < 0) return false;
        var rawType = Cell(_columns.SubgroupType);
        var label = Cell(_columns.Subgroup);
        var type = CellValues.IsMissing(rawType) ? "" : SubgroupNames.NormaliseType(rawType);
        return !SubgroupNames.IsAll(type, label) && !(type.Length == 0 && CellValues.IsMissing(label));
    }

    private (string Type, string Label)? ReadSubgroup()
    {
        if (_columns.SubgroupType < 0 && _columns.Subgroup < 0) return (SubgroupNames.AllType, SubgroupNames.AllLabel);
        var rawType = Cell(_columns.SubgroupType);
        var type = CellValues.IsMissing(rawType) ? "" : SubgroupNames.NormaliseType(rawType);
        var label = _columns.Subgroup >= 0 ? Cell(_columns.Subgroup) : "";
        // Urban's everyone files leak the subgroup columns of an input: 'tenure,All', or 'NA,NA' where the input had no row.
        if (SubgroupNames.IsAll(type, label) || (type.Length == 0 && CellValues.IsMissing(label)))
            return (SubgroupNames.AllType, SubgroupNames.AllLabel);
        if (type.Length == 0 || CellValues.IsMissing(label))
        {
            var at = type.Length == 0 ? Math.Max(_columns.SubgroupType, _columns.Subgroup) : _columns.Subgroup;
            Problem(Math.Max(at, 0), type.Length == 0
                ? $"subgroup '{label}' has no subgroup_type; write e.g. race-ethnicity, or 'all' with subgroup 'All' for everyone"
                : $"subgroup_type is '{rawType}' but the subgroup is empty; name the group, e.g. 'Hispanic', or write 'All'");
            return null;
        }
        return (type, label);
    }

    private void ReadTidy(TidyColumns tidy, string geoid, int year, string type, string label)
    {
        var name = Cell(tidy.Metric);
        if (!_catalog.TryResolve(name, out var metric))
        {
            if (!CellValues.IsMissing(name)) _unknownMetricNames.Add(name);
            return;
        }
        var quality = tidy.Quality >= 0 && !CellValues.IsMissing(Cell(tidy.Quality)) ? tidy.Quality : tidy.QualityLabel;
        if (ReadObservation(metric, geoid, year, type, label, tidy.Value, tidy.Lower, tidy.Upper, quality, tidy.Metric) is { } o)
            _contents.Observations.Add(o);
    }

    private Observation? ReadObservation(MetricDefinition metric, string geoid, int year, string type, string label,
        int valueColumn, int lowerColumn, int upperColumn, int qualityColumn, int metricColumn)
    {
        var raw = Cell(valueColumn);
        double? value = null;
        string? text = null;
        var valid = true;
        var where = metricColumn >= 0 ? $"the value of {metric.Variable}" : $"column '{_columns.Header[valueColumn]}'";
        if (CellValues.IsMissing(raw)) { }
        else if (metric.Format == ValueFormat.Text) text = raw;
        else if (CellValues.TryParseMeasure(raw, out var number)) value = number;
        else
        {
            Problem(valueColumn, $"'{raw}' in {where} is not a number; write a plain number such as 0.0252, or NA when there is no value");
            valid = false;
        }
        var lower = Bound(lowerColumn);
        var upper = Bound(upperColumn);
        if (lower > upper) (lower, upper) = (upper, lower);
        var qualityText = Cell(qualityColumn);
        if (!CellValues.TryParseQuality(qualityText, out var quality))
            Problem(qualityColumn, $"'{qualityText}' in column '{_columns.Header[qualityColumn]}' is not a data quality; Urban writes 1, 2 or 3 (or Strong, Marginal or Weak)");
        // A value that is not a number is left out rather than shown as "not available": the file is wrong, not the estimate missing.
        if (!valid) return null;
        return new Observation(geoid, metric.Variable, year, type, label, value, text, lower, upper, quality, _path);
    }

    private double? Bound(int column)
    {
        var raw = Cell(column);
        if (CellValues.IsMissing(raw)) return null;
        if (CellValues.TryParseNumber(raw, out var bound)) return bound;
        Problem(column, $"'{raw}' in column '{_columns.Header[column]}' is not a number; write a plain number, or NA when there is no bound");
        return null;
    }
}
