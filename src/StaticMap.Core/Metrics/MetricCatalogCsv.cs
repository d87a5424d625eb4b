using System.Globalization;
using CsvHelper;

namespace StaticMap.Core.Metrics;

/// <summary>Reads the rows of metric-catalog.csv into definitions. The file ships with StaticMap, so a bad row is a bug and throws.</summary>
internal static class MetricCatalogCsv
{
    public static IReadOnlyList<MetricDefinition> Read(TextReader text)
    {
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        var metrics = new List<MetricDefinition>();
        while (csv.Read())
        {
            var variable = Required(csv, "variable");
            metrics.Add(new MetricDefinition(
                variable,
                Required(csv, "name"),
                Required(csv, "pillar"),
                Optional(csv, "predictor"),
                Optional(csv, "description"),
                Required(csv, "unit"),
                ParseFormat(variable, Required(csv, "format")),
                ParseDirection(variable, Optional(csv, "higher_is_better")),
                int.Parse(Required(csv, "urban_metric_id"), NumberStyles.None, CultureInfo.InvariantCulture),
                List(Optional(csv, "subgroup_types")))
            {
                Aliases = List(Optional(csv, "aliases")),
                SharedQualityColumns = List(Optional(csv, "shared_quality")),
            });
        }
        return metrics;
    }

    private static string Required(CsvReader csv, string column)
    {
        var value = Optional(csv, column);
        return value.Length > 0
            ? value
            : throw new InvalidDataException($"metric-catalog.csv line {csv.LineNumber}: '{column}' is empty.");
    }

    private static string Optional(CsvReader csv, string column) =>
        csv.TryGetFieldIndex(column, out var index) ? csv.GetString(index)?.Trim() ?? "" : "";

    private static IReadOnlyList<string> List(string value) =>
        value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static ValueFormat ParseFormat(string variable, string value) =>
        !value.All(char.IsDigit) && Enum.TryParse<ValueFormat>(value, ignoreCase: true, out var format)
            ? format
            : throw new InvalidDataException($"metric-catalog.csv: {variable} has format '{value}'.");

    private static bool? ParseDirection(string variable, string value) => value.ToLowerInvariant() switch
    {
        "yes" => true,
        "no" => false,
        "" => null,
        _ => throw new InvalidDataException($"metric-catalog.csv: {variable} has higher_is_better '{value}'; use yes, no or leave it blank."),
    };
}
