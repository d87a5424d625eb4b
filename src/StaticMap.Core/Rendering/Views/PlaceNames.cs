namespace StaticMap.Core.Rendering.Views;

/// <summary>
/// Places named as a reader names them. Urban's place files carry the Census name of a place with its legal/statistical
/// area description (LSAD) at the end: "Pittsburgh city", "Urban Honolulu CDP", "Nashville-Davidson metropolitan
/// government (balance)", "Lexington-Fayette urban county". A page drops that suffix ("Pittsburgh"), and drops the
/// "City of" of an official title where a sentence uses the name as a name.
/// </summary>
public static class PlaceNames
{
    /// <summary>The LSAD words the Census puts after a place's name, longest first so "city and borough" wins over "borough".</summary>
    private static readonly string[] Suffixes =
    [
        "consolidated government", "metropolitan government", "metro government", "unified government", "urban county",
        "city and borough", "municipality", "corporation", "plantation", "comunidad", "zona urbana", "borough", "village",
        "city", "town", "CDP",
    ];

    private static readonly string[] Titles = ["City and County of ", "City of ", "Town of ", "Village of ", "Borough of ", "Ciudad de ", "Pueblo de "];

    /// <summary>"Philadelphia city" → "Philadelphia", "Indianapolis city (balance)" → "Indianapolis", "Boise City city" →
    /// "Boise City"; a name that is only a suffix ("Town") stays as it is.</summary>
    public static string WithoutSuffix(string name)
    {
        var n = name.Trim();
        if (n.EndsWith("(balance)", StringComparison.OrdinalIgnoreCase)) n = n[..^"(balance)".Length].TrimEnd();
        foreach (var suffix in Suffixes)
        {
            // Lower-case words only, as the Census writes them ("Boise City city", not "Jersey City"); "CDP" as written.
            if (n.Length > suffix.Length + 1 && n.EndsWith(" " + suffix, StringComparison.Ordinal))
            {
                n = n[..^(suffix.Length + 1)].TrimEnd();
                break;
            }
        }
        return n;
    }

    /// <summary>"City of Pittsburgh" → "Pittsburgh", "Ciudad de Pittsburgh" → "Pittsburgh"; any other name as written.</summary>
    public static string WithoutTitle(string name)
    {
        var n = name.Trim();
        foreach (var title in Titles)
            if (n.Length > title.Length && n.StartsWith(title, StringComparison.OrdinalIgnoreCase))
                return n[title.Length..].TrimStart();
        return n;
    }
}
