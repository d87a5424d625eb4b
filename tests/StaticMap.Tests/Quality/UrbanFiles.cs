using System.Globalization;
using StaticMap.Tests.Conformance;
using StaticMap.Tests.Support;

namespace StaticMap.Tests.Quality;

/// <summary>A data file as Urban publishes it: its name, where it goes below input/data/, and its text, byte for byte.</summary>
public sealed record UrbanFile(string Name, string Text);

/// <summary>
/// Urban's Mobility Metrics files as published (copies of /work/shared/data/mobility-metrics kept in the repository:
/// input/data/ for the counties, Conformance/Data for the cities), and what they say for one place: the years a
/// metric has a value, overall or for a race/ethnicity group.
/// </summary>
public sealed class UrbanFiles
{
    private readonly List<(string[] Header, string[][] Rows, bool Race)> _tables = [];

    public UrbanFiles(bool cities)
    {
        Cities = cities;
        Files = cities
            ?
            [
                Read(Path.Combine(MobilityDataSet.DataFolder, "61_mobility-metrics_place_longitudinal.csv")),
                Read(Path.Combine(MobilityDataSet.DataFolder, "06_mobility-metrics_place_race-ethnicity_longitudinal.csv")),
            ]
            : Directory.GetFiles(Path.Combine(Repository.Root, "input", "data"), "*.csv").Order(StringComparer.Ordinal).Select(Read).ToList();
        foreach (var file in Files)
        {
            var lines = file.Text.Replace("\r", "").TrimEnd('\n').Split('\n');
            var header = MobilityDataSet.Split(lines[0]);
            var rows = lines.Skip(1).Select(MobilityDataSet.Split).ToArray();
            _tables.Add((header, rows, Array.IndexOf(header, "subgroup_type") >= 0 && rows.Any(r => r[Array.IndexOf(header, "subgroup_type")].StartsWith("race", StringComparison.Ordinal))));
        }
    }

    public bool Cities { get; }
    public IReadOnlyList<UrbanFile> Files { get; }

    private static UrbanFile Read(string path) => new(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>Every (year, value) of a metric for a place: overall (<paramref name="group"/> null) or one race/ethnicity group
    /// (compared ignoring case and spacing, as StaticMap does). Values as published (shares are 0 to 1).</summary>
    public SortedDictionary<int, double> Values(string fips, string metric, string? group = null)
    {
        var result = new SortedDictionary<int, double>();
        foreach (var (header, rows, race) in _tables)
        {
            if (group is not null && !race) continue;
            var col = Array.IndexOf(header, metric);
            if (col < 0) continue;
            int year = Array.IndexOf(header, "year"), state = Array.IndexOf(header, "state"),
                geo = Array.IndexOf(header, Cities ? "place" : "county"), type = Array.IndexOf(header, "subgroup_type"),
                sub = Array.IndexOf(header, "subgroup");
            foreach (var r in rows)
            {
                if (r.Length <= col || r[state].PadLeft(2, '0') + r[geo].PadLeft(Cities ? 5 : 3, '0') != fips) continue;
                var isRace = type >= 0 && r[type].StartsWith("race", StringComparison.Ordinal);
                if (group is null && isRace) continue;
                if (group is not null && (!isRace || Normal(r[sub]) != Normal(group))) continue;
                if (group is null && race) continue; // overall values come from the everyone files
                if (!double.TryParse(r[col], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) continue;
                if (int.TryParse(r[year], out var y)) result[y] = v;
            }
        }
        return result;
    }

    public static string Normal(string group) => string.Concat(group.Where(char.IsLetter)).ToLowerInvariant();
}
