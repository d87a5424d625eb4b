namespace StaticMap.Core.Parsing;

/// <summary>Turns paths written by authors into plan-relative paths, refusing anything that leaves the plan folder.</summary>
public static class PlanPaths
{
    /// <summary>"employment.csv" and "data/employment.csv" both mean data/employment.csv.</summary>
    public static bool TryNormaliseDataFile(string value, out string normalised)
    {
        if (!TryNormalise(value, out normalised)) return false;
        if (!normalised.StartsWith("data/", StringComparison.Ordinal)) normalised = "data/" + normalised;
        return true;
    }

    /// <summary>
    /// Resolves '.' and '..' inside the plan folder. False for absolute paths, URLs, home-relative paths, NUL bytes,
    /// backslashes, and any path that climbs above the plan folder.
    /// </summary>
    public static bool TryNormalise(string value, out string normalised)
    {
        normalised = "";
        var v = value.Trim();
        if (v.Length == 0 || v.Length > 500 || v.Contains('\0') || v.Contains('\\') || v.Contains(':')
            || v.StartsWith('/') || v.StartsWith('~'))
            return false;
        var parts = new List<string>();
        foreach (var part in v.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return false;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        if (parts.Count == 0) return false;
        normalised = string.Join('/', parts);
        return true;
    }
}
