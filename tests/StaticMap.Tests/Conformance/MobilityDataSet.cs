using System.Globalization;
using System.Text;

namespace StaticMap.Tests.Conformance;

public sealed record Place(string Fips, string Name, string State, bool IsCity)
{
    public string Type => IsCity ? "city" : "county";
}

/// <summary>One of Urban's files as published (verbatim rows for the five counties or the five cities), with where the
/// generator may put it below input/data/ (Urban's repository path) and which metrics each place has values of.</summary>
public sealed record DataFileSource(string FileName, string UrbanFolder, bool ForCities, string[] Lines)
{
    /// <summary>The rows as published, header included.</summary>
    public string[] Rows() => Lines;
}

/// <summary>The real Urban Institute data the generated plans chart (bundled in Conformance/Data, copied from
/// /work/shared/data/mobility-metrics: the county file, two county race/ethnicity files, and the city files).</summary>
public static class MobilityDataSet
{
    public static readonly Place[] Counties =
    [
        new("06001", "Alameda County", "CA", false),
        new("42003", "Allegheny County", "PA", false),
        new("29019", "Boone County", "MO", false),
        new("42101", "Philadelphia County", "PA", false),
        new("27123", "Ramsey County", "MN", false),
    ];

    public static readonly Place[] Cities =
    [
        new("0653000", "Oakland", "CA", true),
        new("4261000", "Pittsburgh", "PA", true),
        new("2915670", "Columbia", "MO", true),
        new("4260000", "Philadelphia", "PA", true),
        new("2758000", "St. Paul", "MN", true),
    ];

    public static readonly IReadOnlyList<DataFileSource> Files = Load();

    /// <summary>Every variable of StaticMap's metric catalog (the same 47 as Urban's metric_catalog.csv).</summary>
    public static readonly string[] Catalog = File.ReadAllLines(Path.Combine(DataFolder, "metric_catalog.csv"))
        .Skip(1).Where(l => l.Length > 0).Select(l => Split(l)[1]).ToArray();


    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "Conformance", "Data");

    private static List<DataFileSource> Load() =>
    [
        Source("11_mobility-metrics_county_longitudinal.csv", "data", false),
        Source("metrics_employment_county_race-ethnicity_longitudinal.csv", "09_employment/data/final", false),
        Source("metrics_income_county_race-ethnicity_longitudinal.csv", "01_financial-well-being/final", false),
        Source("61_mobility-metrics_place_longitudinal.csv", "data", true),
        Source("06_mobility-metrics_place_race-ethnicity_longitudinal.csv", "data", true),
    ];

    private static DataFileSource Source(string name, string folder, bool cities) =>
        new(name, folder, cities, File.ReadAllText(Path.Combine(DataFolder, name)).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd('\r')).ToArray());

    /// <summary>For each FIPS code, the metrics with at least one numeric value in the rows of these files
    /// (with <paramref name="raceOnly"/>, in their race/ethnicity rows).</summary>
    public static Dictionary<string, string[]> Index(IEnumerable<(DataFileSource File, string[] Lines)> written, bool raceOnly)
    {
        var found = new Dictionary<string, HashSet<string>>();
        var subgroupOnly = raceOnly;
        foreach (var (file, lines) in written)
        {
            if (subgroupOnly && !file.FileName.Contains("race-ethnicity")) continue;
            var header = Split(lines[0]);
            var state = Array.IndexOf(header, "state");
            var geo = Array.IndexOf(header, file.ForCities ? "place" : "county");
            var type = Array.IndexOf(header, "subgroup_type");
            var columns = Catalog.Select(m => (Metric: m, Index: Array.IndexOf(header, m))).Where(c => c.Index >= 0).ToArray();
            foreach (var line in lines.Skip(1))
            {
                var cells = Split(line);
                var isRace = type >= 0 && cells[type] == "race-ethnicity";
                if (subgroupOnly != isRace) continue;
                var fips = cells[state] + cells[geo];
                var set = found.TryGetValue(fips, out var s) ? s : found[fips] = [];
                foreach (var (metric, index) in columns)
                {
                    if (index < cells.Length && double.TryParse(cells[index], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                        set.Add(metric);
                }
            }
        }
        return found.ToDictionary(kv => kv.Key, kv => kv.Value.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    public static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(ch);
        }
        cells.Add(cell.ToString());
        return cells.ToArray();
    }
}
