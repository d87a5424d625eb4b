namespace StaticMap.Core.Metrics;

/// <summary>One published estimate: a metric for a geography, a year and a subgroup.</summary>
/// <param name="Geoid">5-digit county or 7-digit place FIPS.</param>
/// <param name="SubgroupType">"all" for everyone, else e.g. "race-ethnicity" (normalised from Urban's misspellings).</param>
/// <param name="Subgroup">"All", or the group label as published, e.g. "Black, Non-Hispanic".</param>
/// <param name="Value">The estimate; null when suppressed or not available (NA).</param>
/// <param name="Text">The value as text for text-valued metrics (e.g. "0.057:0.130"), else null.</param>
/// <param name="Source">Repository-relative path of the file it came from.</param>
public sealed record Observation(
    string Geoid,
    string Metric,
    int Year,
    string SubgroupType,
    string Subgroup,
    double? Value,
    string? Text,
    double? Lower,
    double? Upper,
    DataQuality Quality,
    string Source);
