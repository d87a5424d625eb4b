using CsvHelper;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;
using StaticMap.Core.Metrics.Reading;
using StaticMap.Core.Numbers;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Metrics;

/// <summary>
/// Reads a plan's own data file (plans/&lt;id&gt;/data/*.csv): columns year and value, optionally subgroup_type, subgroup,
/// lb, ub and quality, in any order and case; other columns are ignored. Every problem has its line and column: the layout
/// of the file is MAP074, a year that is not a year MAP013, a value or bound that is not a plain number MAP042 (the same
/// <see cref="StrictNumber"/> as in YAML), a value outside its bounds MAP043 (a warning), a file too long to chart MAP045.
/// </summary>
public static class LocalMetricReader
{
    public static readonly IReadOnlyList<string> Columns = ["year", "value", "subgroup_type", "subgroup", "lb", "ub", "quality"];

    /// <summary>Reads and checks the file; returns its observations for <paramref name="geoid"/>, ordered by year, or none when it cannot be read.</summary>
    /// <param name="repositoryRelativePath">E.g. "plans/alameda-county/data/jobs.csv".</param>
    /// <param name="metric">The key the observations are filed under, e.g. the file name without extension.</param>
    public static IReadOnlyList<Observation> Read(RepositoryLayout layout, string repositoryRelativePath, string geoid, string metric, DiagnosticBag diagnostics)
    {
        if (RepositoryPaths.Resolve(layout, repositoryRelativePath) is null)
        {
            diagnostics.Add(UnreadableFile.Instance.Create(repositoryRelativePath, "it is outside the repository"));
            return [];
        }
        var text = TextFileReader.Read(layout, repositoryRelativePath, TextFileReader.MaxDataBytes, diagnostics);
        return text is null ? [] : Parse(text.Path, text.Text, geoid, metric, diagnostics);
    }

    /// <summary>Checks CSV text already read; <paramref name="path"/> is the repository-relative path for diagnostics.</summary>
    public static IReadOnlyList<Observation> Parse(string path, string csv, string geoid, string metric, DiagnosticBag diagnostics) =>
        new LocalFileParser(path, geoid, metric, diagnostics).Parse(csv);

    private sealed class LocalFileParser(string path, string geoid, string metric, DiagnosticBag diagnostics)
    {
        // Errors of every kind share one limit of 20 per file; warnings have their own, so that a summary of
        // warnings past the limit stays a warning.
        private ProblemReporter _problems = null!;
        private readonly ProblemReporter _warnings = new(path, diagnostics, ValueOutsideInterval.Instance.Create);
        private Func<SourceSpan, string, Diagnostic> _rule = InvalidLocalData.Instance.Create;
        private readonly Dictionary<(int, string, string), int> _lineOf = [];
        private readonly List<Observation> _observations = [];
        private CsvReader _reader = null!;
        private int _year, _value, _type, _subgroup, _lower, _upper, _quality;
        private IReadOnlyList<string> _header = [];

        public IReadOnlyList<Observation> Parse(string csv)
        {
            _problems = new ProblemReporter(path, diagnostics, (at, message) => _rule(at, message));
            try
            {
                var headerFields = 0;
                using var reader = CsvReader.FromText(csv, CsvSettings.Options(m =>
                    _problems.Report((int)m.LineNumber, 1, $"line {m.LineNumber} has {CsvSettings.Describe(m, headerFields)}")));
                _reader = reader;
                _header = CsvSettings.Header(reader);
                headerFields = _header.Count;
                if (!ReadHeader(HeaderColumnStarts(csv))) return [];
                var rows = 0;
                while (reader.Read())
                {
                    if (++rows > LocalDataTooLarge.MaxRows)
                    {
                        // Refused whole: a partial chart would look complete.
                        _problems.Finish();
                        _warnings.Finish();
                        diagnostics.Add(LocalDataTooLarge.Instance.Create(new SourceSpan(path, Line, 1), path));
                        return [];
                    }
                    ReadRow();
                }
                if (rows == 0 && _problems.Count == 0)
                    _problems.Report(1, 1, $"{path} has a header but no rows; add one row per year, e.g. '2021,0.72'");
            }
            catch (CsvFormatException ex)
            {
                _problems.Report((int)ex.LineNumber, 1, $"the file cannot be read past line {ex.LineNumber}: {ex.Message.TrimEnd('.')}");
            }
            _rule = InvalidLocalData.Instance.Create;
            _problems.Finish();
            _warnings.Finish();
            return _observations.Order(ObservationOrder.Instance).ToList();
        }

        private bool ReadHeader(IReadOnlyList<int> starts)
        {
            if (_header.Count == 0 || _header.All(h => h.Length == 0))
            {
                _problems.Report(1, 1, $"{path} is empty; the first line names the columns, e.g. 'year,value', and each following line gives one year");
                return false;
            }
            var names = _header.Select(h => h.ToLowerInvariant()).ToList();
            int ColumnAt(int i) => i < starts.Count ? starts[i] : 1;
            for (var i = 0; i < names.Count; i++)
            {
                if (names.IndexOf(names[i]) != i && Columns.Contains(names[i]))
                    _problems.Report(1, ColumnAt(i), $"the column '{_header[i]}' appears twice in the header; keep one");
            }
            _year = names.IndexOf("year");
            _value = names.IndexOf("value");
            _type = names.IndexOf("subgroup_type");
            _subgroup = names.IndexOf("subgroup");
            _lower = names.IndexOf("lb");
            _upper = names.IndexOf("ub");
            _quality = names.IndexOf("quality");
            var ok = true;
            foreach (var (required, index) in new[] { ("year", _year), ("value", _value) })
            {
                if (index >= 0) continue;
                ok = false;
                var unknown = names.Where(n => !Columns.Contains(n)).ToList();
                var closest = Spelling.Closest(required, unknown);
                var at = closest is null ? 1 : ColumnAt(names.IndexOf(closest));
                _problems.Report(1, at, closest is not null
                    ? $"the header has no '{required}' column; did you mean '{required}' instead of '{closest}'?"
                    : $"the header has no '{required}' column; the first line must name the columns, e.g. 'year,value' (columns: {string.Join(", ", Columns)})");
            }
            if ((_type >= 0) != (_subgroup >= 0))
            {
                ok = false;
                var (has, lacks) = _type >= 0 ? ("subgroup_type", "subgroup") : ("subgroup", "subgroup_type");
                _problems.Report(1, ColumnAt(Math.Max(_type, _subgroup)),
                    $"the header has '{has}' but no '{lacks}'; subgroups need both columns, e.g. 'race-ethnicity' and 'Hispanic'");
            }
            return ok;
        }

        private string Cell(int index) => index < 0 || index >= _reader.FieldCount ? "" : _reader.GetString(index) ?? "";

        private int Line => (int)_reader.LineNumber;

        private void Problem(int column, string message) => Report(InvalidLocalData.Instance.Create, column, message);

        private void Report(Func<SourceSpan, string, Diagnostic> rule, int column, string message)
        {
            _rule = rule;
            _problems.Report(Line, CsvSettings.ColumnOf(_reader, column), message);
            _rule = InvalidLocalData.Instance.Create;
        }


        private void ReadRow()
        {
            var yearText = Cell(_year);
            if (StrictNumber.ParseYear(yearText, out var year) is { } yearFault)
            {
                Report((at, message) => InvalidDate.Instance.CreateYearCell(at, yearText, yearFault), _year, "");
                return;
            }
            if (Subgroup() is not { } subgroup) return;
            var (type, label) = subgroup;
            if (_lineOf.TryGetValue((year, type, label), out var first))
            {
                Problem(_year, $"{year}{(type == SubgroupNames.AllType ? "" : $" ({label})")} is already given on line {first}; keep one row per year and subgroup");
                return;
            }
            var ok = Number(_value, "value", out var value);
            ok &= Number(_lower, "lb", out var lower);
            ok &= Number(_upper, "ub", out var upper);
            var qualityText = Cell(_quality);
            if (!CellValues.TryParseQuality(qualityText, out var quality))
            {
                Problem(_quality, $"'{qualityText}' in column 'quality' is not a data quality; write 1, 2 or 3 (or Strong, Marginal or Weak), or leave it empty");
                ok = false;
            }
            if (!ok) return;
            (lower, upper) = Interval(value, lower, upper);
            _lineOf[(year, type, label)] = Line;
            _observations.Add(new Observation(geoid, metric, year, type, label, value, null, lower, upper, quality, path));
        }

        private (string Type, string Label)? Subgroup()
        {
            if (_type < 0) return (SubgroupNames.AllType, SubgroupNames.AllLabel);
            var rawType = Cell(_type);
            var type = CellValues.IsMissing(rawType) ? "" : SubgroupNames.NormaliseType(rawType);
            var label = CellValues.IsMissing(Cell(_subgroup)) ? "" : Cell(_subgroup);
            if ((type.Length == 0 && label.Length == 0) || SubgroupNames.IsAll(type, label))
                return (SubgroupNames.AllType, SubgroupNames.AllLabel);
            if (type.Length == 0)
            {
                Problem(_type, $"subgroup '{label}' has no subgroup_type; write its type, e.g. race-ethnicity");
                return null;
            }
            if (label.Length == 0)
            {
                Problem(_subgroup, $"subgroup_type is '{rawType}' but subgroup is empty; name the group, e.g. 'Hispanic', or write 'All' for everyone");
                return null;
            }
            return (type, label);
        }

        private bool Number(int column, string name, out double? number)
        {
            number = null;
            var raw = Cell(column);
            if (column < 0 || CellValues.IsMissing(raw)) return true;
            if (StrictNumber.Parse(raw, out var n, "leave the cell empty (or write NA)") is not { } fault)
            {
                number = n;
                return true;
            }
            Report((at, _) => NotAPlainNumber.Instance.CreateCell(at, name, raw, fault), column, "");
            return false;
        }

        /// <summary>
        /// The bounds as written, with MAP043 when the value lies outside them. Bounds the wrong way round are not swapped
        /// (which one is wrong?): the row keeps its value and loses its interval.
        /// </summary>
        private (double? Lower, double? Upper) Interval(double? value, double? lower, double? upper)
        {
            string F(double x) => StrictNumber.Format(x);
            if (lower is { } lb && upper is { } ub && lb > ub)
            {
                _warnings.Report(Line, CsvSettings.ColumnOf(_reader, _lower),
                    $"lb {F(lb)} is above ub {F(ub)}; the row is shown without its interval. Swap them if they are the wrong way round");
                return (null, null);
            }
            if (value is not { } v) return (lower, upper);
            if (lower is { } low && v < low)
                _warnings.Report(Line, CsvSettings.ColumnOf(_reader, _value),
                    $"value {F(v)} is below its lower bound lb {F(low)}" + (upper is { } u1 ? $" (interval {F(low)} to {F(u1)})" : "") +
                    "; check the value and the bounds, which must be in the same unit");
            else if (upper is { } high && v > high)
                _warnings.Report(Line, CsvSettings.ColumnOf(_reader, _value),
                    $"value {F(v)} is above its upper bound ub {F(high)}" + (lower is { } l1 ? $" (interval {F(l1)} to {F(high)})" : "") +
                    "; check the value and the bounds, which must be in the same unit");
            return (lower, upper);
        }

        /// <summary>The 1-based column where each field of the first line starts, for header diagnostics.</summary>
        private static IReadOnlyList<int> HeaderColumnStarts(string csv)
        {
            var starts = new List<int> { 1 };
            var offset = csv.StartsWith('\uFEFF') ? 1 : 0;
            var quoted = false;
            for (var i = offset; i < csv.Length && csv[i] is not ('\n' or '\r'); i++)
            {
                if (csv[i] == '"') quoted = !quoted;
                else if (csv[i] == ',' && !quoted) starts.Add(i - offset + 2);
            }
            return starts;
        }
    }
}
