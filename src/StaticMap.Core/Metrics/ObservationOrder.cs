namespace StaticMap.Core.Metrics;

/// <summary>Orders observations by year, then the all-people row, then subgroups by type and label, so tables and charts are stable.</summary>
public sealed class ObservationOrder : IComparer<Observation>
{
    public static readonly ObservationOrder Instance = new();

    public int Compare(Observation? x, Observation? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var c = x.Year.CompareTo(y.Year);
        if (c != 0) return c;
        c = IsAll(y).CompareTo(IsAll(x));
        if (c != 0) return c;
        c = string.CompareOrdinal(x.SubgroupType, y.SubgroupType);
        return c != 0 ? c : string.CompareOrdinal(x.Subgroup, y.Subgroup);
    }

    private static bool IsAll(Observation o) => o.SubgroupType == SubgroupNames.AllType;
}
