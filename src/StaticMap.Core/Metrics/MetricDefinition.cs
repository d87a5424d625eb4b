namespace StaticMap.Core.Metrics;

/// <summary>One Urban Institute Mobility Metrics variable, as described in metric-catalog.csv.</summary>
/// <param name="Variable">The variable name in Urban's files, e.g. "share_employed".</param>
/// <param name="Name">A short human name for charts and tables, e.g. "Employment rate (ages 25–54)".</param>
/// <param name="UrbanMetricId">Urban's metric number (1–25) grouping related variables.</param>
/// <param name="HigherIsBetter">True when a rise is an improvement; null when neither direction is better (e.g. shares of population).</param>
public sealed record MetricDefinition(
    string Variable,
    string Name,
    string Pillar,
    string Predictor,
    string Description,
    string Unit,
    ValueFormat Format,
    bool? HigherIsBetter,
    int UrbanMetricId,
    IReadOnlyList<string> SubgroupTypes)
{
    /// <summary>Older names of the variable in Urban's files, e.g. "lbw" and "rate_low_birth_weight" for share_low_birth_weight.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Quality columns that older releases share between several variables, e.g. "rate_crime_quality"; used when the variable has no own <c>_quality</c> column.</summary>
    public IReadOnlyList<string> SharedQualityColumns { get; init; } = [];
}

/// <summary>How values of a metric are written on a page.</summary>
public enum ValueFormat
{
    /// <summary>0–1 shown as a percentage: 0.725 → "72.5%".</summary>
    Proportion,
    /// <summary>US dollars: 41180.3 → "$41,180".</summary>
    Dollars,
    /// <summary>A rate with one decimal: 53.8 → "53.8".</summary>
    Rate,
    /// <summary>Whole numbers: 3481 → "3,481".</summary>
    Count,
    /// <summary>A ratio or index with two decimals: 0.8557 → "0.86".</summary>
    Ratio,
    /// <summary>Text as published, e.g. "0.057:0.130"; not charted.</summary>
    Text,
}
