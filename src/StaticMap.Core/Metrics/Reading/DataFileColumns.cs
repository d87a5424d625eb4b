namespace StaticMap.Core.Metrics.Reading;

/// <summary>Where a file keeps its geography: a whole FIPS code, or state plus county or place. -1 marks an absent column.</summary>
internal sealed record GeographyColumns(int Geoid, int State, int County, int Place)
{
    public bool IsComplete => Geoid >= 0 || (State >= 0 && (County >= 0 || Place >= 0));

    /// <summary>The column to point at when the code is not valid.</summary>
    public int First => Geoid >= 0 ? Geoid : State;
}

/// <summary>The columns of one metric in a wide file: its value, bounds and quality. -1 marks an absent column.</summary>
internal sealed record MetricColumns(MetricDefinition Metric, int Value, int Lower, int Upper, int Quality);

/// <summary>The columns of a tidy (long) file: one row per metric, named in the 'metric' column. -1 marks an absent column.</summary>
internal sealed record TidyColumns(int Metric, int Value, int Lower, int Upper, int Quality, int QualityLabel);

/// <summary>What each column of a Mobility Metrics file holds, worked out from its header.</summary>
internal sealed record DataFileColumns(
    IReadOnlyList<string> Header,
    GeographyColumns Geography,
    int Year,
    int SubgroupType,
    int Subgroup,
    int StateName,
    int AreaName,
    IReadOnlyList<MetricColumns> Metrics,
    TidyColumns? Tidy)
{
    /// <summary>A file of names only, such as Urban's county population file: read for the geography names.</summary>
    public bool HasNamesOnly => Tidy is null && Metrics.Count == 0;
}
