using StaticMap.Core.Diagnostics;

namespace StaticMap.Core.Metrics;

/// <summary>Normalises Urban's subgroup types, which are spelled differently from file to file ("race-ethncity", "race_ethnicity").</summary>
public static class SubgroupNames
{
    public const string AllType = "all";
    public const string AllLabel = "All";

    /// <summary>The subgroup types Urban publishes for counties and cities.</summary>
    public static readonly IReadOnlyList<string> KnownTypes =
    [
        "race-ethnicity", "gender", "disability", "income", "age", "tenure", "mothers-education", "race-share", "industry", "poverty",
    ];

    /// <summary>Lower case, '-' as separator, and one-letter slips of a known type corrected: "Race_Ethncity" → "race-ethnicity".</summary>
    public static string NormaliseType(string value)
    {
        var type = value.Trim().ToLowerInvariant().Replace('_', '-').Replace(' ', '-').Replace("'", "");
        if (type.Length == 0 || type == AllType || KnownTypes.Contains(type)) return type;
        // Only long names are corrected, so that short unknown types ("race") are never turned into another one ("age").
        foreach (var known in KnownTypes)
            if (known.Length >= 6 && Spelling.Distance(type, known) <= 1) return known;
        return type;
    }

    /// <summary>True for Urban's everyone rows: subgroup_type "all", or subgroup "All" under any type (e.g. "tenure, All").</summary>
    public static bool IsAll(string type, string label) =>
        type == AllType || label.Equals(AllLabel, StringComparison.OrdinalIgnoreCase);
}
