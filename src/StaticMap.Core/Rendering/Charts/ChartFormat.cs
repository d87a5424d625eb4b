using System.Globalization;
using StaticMap.Core.Metrics;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>How a chart's numbers are written: on axes (by charts.js, from <see cref="Kind"/>), in tables and in summaries.</summary>
/// <param name="Kind">proportion, dollars, rate, count, ratio or number.</param>
/// <param name="Unit">For "number": the unit written after values, e.g. "%" or "students".</param>
public sealed record ChartFormat(string Kind, string Unit = "")
{
    private static readonly CultureInfo Us = CultureInfo.InvariantCulture;

    public static ChartFormat From(ValueFormat format) => format switch
    {
        ValueFormat.Proportion => new("proportion"),
        ValueFormat.Dollars => new("dollars"),
        ValueFormat.Rate => new("rate"),
        ValueFormat.Count => new("count"),
        _ => new("ratio"),
    };

    /// <summary>For indicators and local data: "percent" values are already in percent (72 → "72%").</summary>
    public static ChartFormat FromUnit(string? unit) => unit?.Trim().ToLowerInvariant() switch
    {
        "percent" or "%" or "percentage" => new("number", "%"),
        "dollars" or "usd" or "$" => new("dollars"),
        "proportion" or "share" => new("proportion"),
        null or "" => new("number"),
        var other => new("number", " " + other),
    };

    public string Format(double value) => Kind switch
    {
        "proportion" => (value * 100).ToString("0.0", Us) + "%",
        "dollars" => "$" + value.ToString("N0", Us),
        "rate" => value.ToString("N1", Us),
        "count" => value.ToString("N0", Us),
        "ratio" => value.ToString("0.00", Us),
        _ => Number(value) + Unit,
    };

    /// <summary>A difference between two values: "12.7 percentage points", "$5,210", "3.1".</summary>
    public string Difference(double difference)
    {
        var d = Math.Abs(difference);
        return Kind switch
        {
            "proportion" => (d * 100).ToString("0.0", Us) + " percentage points",
            "number" when Unit == "%" => Number(d) + " percentage points",
            _ => Format(d),
        };
    }

    private static string Number(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("N0", Us)
        : Math.Abs(value - Math.Round(value)) < 1e-9 ? value.ToString("0", Us)
        : value.ToString("0.0##", Us);
}
