using System.Collections.Immutable;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Reading;

namespace StaticMap.Core.Metrics;

/// <summary>One entry of a plan's findings 'metrics' list, with its position in the list for messages ("metrics[2].metric").</summary>
internal readonly record struct FindingsMetric(MetricReference Reference, int Number)
{
    public string PathOf(string key) => $"metrics[{Number}].{key}";
}

/// <summary>What the metric rules (MAP070–MAP076) need to know about a plan's metrics and the data behind them.</summary>
internal static class PlanMetrics
{
    public static IEnumerable<FindingsMetric> Findings(Plan plan) =>
        (plan.Findings?.Metrics ?? ImmutableArray<MetricReference>.Empty).Select((m, i) => new FindingsMetric(m, i + 1));

    /// <summary>Entries naming a catalog variable (not a local file); unknown names are MAP070's business.</summary>
    public static IEnumerable<(FindingsMetric Entry, Located<string> Metric, MetricDefinition Definition)> UrbanMetrics(Plan plan, MetricCatalog catalog)
    {
        foreach (var entry in Findings(plan))
        {
            if (entry.Reference.IsLocal || entry.Reference.Metric is not { } metric) continue;
            if (catalog.TryGet(metric.Value, out var definition)) yield return (entry, metric, definition);
        }
    }

    /// <summary>The plan's FIPS code, or null when plan.yml had errors there (those are reported already).</summary>
    public static string? Fips(Plan plan) =>
        plan.Metadata.Jurisdiction.Fips is { Length: 5 or 7 } fips && fips.All(char.IsAsciiDigit) ? fips : null;

    /// <summary>The peers that are well-formed FIPS codes other than the plan's own, each once; MAP016 reports the others.</summary>
    public static IReadOnlyList<Located<string>> Peers(Plan plan, string fips) => plan.Metadata.Peers
        .Where(p => PlanFileParser.IsFips(p.Value, out _) && p.Value != fips)
        .DistinctBy(p => p.Value)
        .ToList();

    public static bool HasValue(Observation o) => o.Value is not null || o.Text is not null;

    /// <summary>"06001 (Alameda County, California)", or the bare code when no file names it.</summary>
    public static string Describe(MobilityData data, string geoid) =>
        data.NameOf(geoid) is { } name ? $"{geoid} ({name})" : geoid;

    /// <summary>
    /// What was searched, for "no data" messages: the folders, how many CSV files were read, and which FIPS codes they
    /// have rows for, e.g. "searched 5 CSV files in input/data/mobility-metrics/; they have rows for 5 places (0653000, …) and no county".
    /// </summary>
    public static string Searched(MobilityData data)
    {
        if (data.Files.Count == 0) return "input/data/ and the folders below it have no CSV files";
        var folders = data.Folders;
        var where = folders.Count <= 3
            ? Prose.Either(folders.ToList(), "and")
            : $"{string.Join(", ", folders.Take(2))} and {folders.Count - 2} more folders below input/data/";
        var files = data.Files.Count == 1 ? $"the CSV file {data.Files[0]}" : $"{data.Files.Count} CSV files in {where}";
        var counties = data.AllGeographies.Where(g => g.Length == 5).Order(StringComparer.Ordinal).ToList();
        var places = data.AllGeographies.Where(g => g.Length == 7).Order(StringComparer.Ordinal).ToList();
        if (counties.Count == 0 && places.Count == 0)
            return $"searched {files}; {(data.Files.Count == 1 ? "it has" : "they have")} no rows with a FIPS code";
        return $"searched {files}; {(data.Files.Count == 1 ? "it has" : "they have")} rows for {Count(counties, "county", "counties")} and {Count(places, "place", "places")}";
    }

    private static string Count(IReadOnlyList<string> codes, string one, string many)
    {
        const int shown = 5;
        if (codes.Count == 0) return $"no {one}";
        var list = string.Join(", ", codes.Take(shown)) + (codes.Count > shown ? $" and {codes.Count - shown} more" : "");
        return $"{codes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(codes.Count == 1 ? one : many)} ({list})";
    }

    /// <summary>Years as short prose: "2021", "2021 and 2023", "2014–2016 and 2018".</summary>
    public static string Years(IEnumerable<int> years) => Prose.Either(YearRuns(years), "and");

    /// <summary>Years in order as runs: three or more in a row as a range ("2014–2016"), the others one by one.</summary>
    public static List<string> YearRuns(IEnumerable<int> years)
    {
        var sorted = years.Distinct().Order().ToList();
        var runs = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            runs.Add(j - i >= 2 ? $"{sorted[i]}–{sorted[j]}" : sorted[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (j - i == 1) runs.Add(sorted[j].ToString(System.Globalization.CultureInfo.InvariantCulture));
            i = j + 1;
        }
        return runs;
    }

    /// <summary>The subgroup types asked for in 'subgroups', normalised as the data files are ("race_ethnicity" → "race-ethnicity").</summary>
    public static IReadOnlyList<string> RequestedSubgroupTypes(MetricReference reference) => reference.Subgroups
        .Select(SubgroupNames.NormaliseType)
        .Where(t => t.Length > 0 && t != SubgroupNames.AllType)
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>The repository-relative path of a local data file; the parser has already made it plan-relative and safe.</summary>
    public static string LocalPath(Plan plan, string planRelative) => $"{plan.Folder.TrimEnd('/')}/{planRelative}";

    /// <summary>The observations behind an entry, from the data loaded once for the build.</summary>
    public static IReadOnlyList<Observation> Observations(Plan plan, MetricReference reference, string fips, MetricsContext metrics)
    {
        if (reference.File is { } file)
            return metrics.Local.TryGetValue(LocalPath(plan, file.Value), out var local) ? local : [];
        return reference.Metric is { } metric ? metrics.Data.Get(fips, metric.Value) : [];
    }
}
