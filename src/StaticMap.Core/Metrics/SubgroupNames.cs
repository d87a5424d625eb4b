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

    /// <summary>Words of a subgroup label that keep their capital inside a label: peoples and languages.</summary>
    private static readonly HashSet<string> ProperWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Hispanic", "Latino", "Latina", "Latinx", "Black", "White", "Asian", "American", "Indian", "Alaska", "Alaskan", "Native",
        "Pacific", "Islander", "Islanders", "Hawaiian", "African", "English", "GED",
    };

    /// <summary>
    /// A subgroup label in the site's one style, sentence case: "White, Non-Hispanic" → "White, non-Hispanic", "Other Races and
    /// Ethnicities" → "Other races and ethnicities", "Less than High School" → "Less than high school". Used by chart legends,
    /// tables and sentences alike; the data keep Urban's label (subgroups in plans are matched against it).
    /// </summary>
    public static string Display(string label)
    {
        var words = label.Trim().Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length == 0 || w.All(c => !char.IsLetter(c) || char.IsUpper(c))) continue; // "AIAN", "(GED)"
            if (w.StartsWith("Non-", StringComparison.Ordinal) && ProperWords.Contains(w[4..].TrimEnd(',', ')')))
                words[i] = "non-" + w[4..];
            else if (!ProperWords.Contains(w.Trim(',', '(', ')')))
                words[i] = w.ToLowerInvariant();
        }
        var result = string.Join(' ', words);
        return result.Length > 0 && char.IsLower(result[0]) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }
}
