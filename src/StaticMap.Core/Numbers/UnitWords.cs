namespace StaticMap.Core.Numbers;

/// <summary>How an indicator's or local metric's values are written, as its <c>unit</c> says.</summary>
public enum UnitKind
{
    /// <summary>No unit: a number alone.</summary>
    None,

    /// <summary>Already in percent: 72 is "72%".</summary>
    Percent,

    /// <summary>US dollars: 41000 is "$41,000" (on Spanish pages too, as Urban's dollar metrics are).</summary>
    Dollars,

    /// <summary>A share from 0 to 1, written in percent: 0.725 is "72.5%".</summary>
    Proportion,

    /// <summary>Urban's affordable-housing ratio (units per household), read per 100 households: 0.81 is "81 per 100 households".</summary>
    PerHousehold,

    /// <summary>A noun written after the number ("people", "personas").</summary>
    Noun,
}

/// <summary>
/// The one reading of the unit words authors write: which ones are a sign the site writes ("percent" → %, "dollars" → $)
/// rather than a noun after the number. English and Spanish words alike, since a translated measurement plan or findings
/// translates its 'unit' ("dólares", "por ciento"): a value reads one way on every page of a language, so an indicator in
/// "dólares" is written "$24,203" beside Urban's dollar metrics, never "24,203 dólares" (docs/authoring.md, "Numbers and dates").
/// </summary>
public static class UnitWords
{
    public static UnitKind Kind(string? unit)
    {
        var u = unit?.Trim().ToLowerInvariant();
        return u switch
        {
            null or "" => UnitKind.None,
            "percent" or "%" or "percentage" or "por ciento" or "porcentaje" => UnitKind.Percent,
            "dollars" or "usd" or "$" or "us dollars" or "us$" or "dólares" or "dolares" or "dólares estadounidenses"
                or "dolares estadounidenses" => UnitKind.Dollars,
            "proportion" or "share" or "proporción" or "proporcion" => UnitKind.Proportion,
            _ when u.EndsWith(" per household", StringComparison.Ordinal) || u.EndsWith(" por hogar", StringComparison.Ordinal) => UnitKind.PerHousehold,
            _ => UnitKind.Noun,
        };
    }

    public static bool IsPercent(string? unit) => Kind(unit) == UnitKind.Percent;

    public static bool IsDollars(string? unit) => Kind(unit) == UnitKind.Dollars;
}
