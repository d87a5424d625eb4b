using System.Globalization;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Core.Rendering.Views;

/// <summary>How dates, statuses and enumerations read on a page. One place, so every page says it the same way.</summary>
public static class Formatting
{
    private static CultureInfo EnUs => ChartFormat.EnUs;

    /// <summary>The one date style of a page: "May 14, 2024" in en-US.</summary>
    public static string Date(DateOnly date, CultureInfo? culture = null) => date.ToString("MMMM d, yyyy", culture ?? EnUs);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Sector(Sector sector) => sector switch
    {
        Model.Sector.Government => "Government",
        Model.Sector.Community => "Community members",
        Model.Sector.Nonprofit => "Nonprofit or community-based organization",
        Model.Sector.Advocacy => "Advocacy group",
        Model.Sector.Philanthropy => "Philanthropy",
        Model.Sector.Research => "Research organization",
        Model.Sector.Anchor => "Anchor institution",
        _ => "Private sector",
    };

    public static string Frequency(Frequency frequency) => Vocabularies.Frequency.WordOf[frequency] switch
    {
        "annual" => "Annual",
        "biennial" => "Every two years",
        var w => char.ToUpperInvariant(w[0]) + w[1..],
    };

    public static string Direction(Direction? direction) => direction switch
    {
        Model.Direction.Increase => "Increase",
        Model.Direction.Decrease => "Decrease",
        Model.Direction.Maintain => "Maintain",
        _ => "",
    };

    /// <summary>Status as words; pages pair it with an icon and never rely on colour alone.</summary>
    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "Not started",
        ProgressStatus.OnTrack => "On track",
        ProgressStatus.AtRisk => "At risk",
        ProgressStatus.OffTrack => "Off track",
        _ => "Achieved",
    };

    /// <summary>The CSS modifier and icon name of a status: "on-track".</summary>
    public static string StatusSlug(ProgressStatus status) => Vocabularies.ProgressStatus.WordOf[status];

    /// <summary>An indicator's baseline or target: "$2,500,000 (2024)", "5,000 households (2027)"; empty when there is none (templates then write <see cref="NotSet"/>).</summary>
    public static string Measurement(Measurement? m, string? unit) =>
        m is null ? "" : $"{WithUnit(m.Value.Number, unit)} ({m.Year})";

    /// <summary>What every page shows for an empty baseline or target.</summary>
    public const string NotSet = "Not set";

    /// <summary>A value in an indicator's unit, through the one formatter (<see cref="ChartFormat"/>): "$4,800,000", "72%", "1 household".</summary>
    public static string WithUnit(double value, string? unit, CultureInfo? culture = null) => ChartFormat.FromUnit(unit, culture).Format(value);

    /// <summary>A year and month: "April 2021".</summary>
    public static string YearMonth(int year, int month, CultureInfo? culture = null) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", culture ?? EnUs);

    /// <summary>A machine-readable year, month or day written in the page's date style: "2021", "April 2021", "May 14, 2024".</summary>
    public static string IsoAsWords(string iso, CultureInfo? culture = null)
    {
        var parts = iso.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => parts[0].ToString(CultureInfo.InvariantCulture),
            2 => YearMonth(parts[0], parts[1], culture),
            _ => Date(new DateOnly(parts[0], parts[1], parts[2]), culture),
        };
    }

    /// <summary>A subgroup type as words: "race-ethnicity" → "race and ethnicity".</summary>
    public static string SubgroupType(string type) => type switch
    {
        "race-ethnicity" => "race and ethnicity",
        "race-share" => "the racial makeup of the neighborhood",
        "mothers-education" => "mother's education",
        var other => other.Replace('-', ' '),
    };

    public static string Jurisdiction(Jurisdiction j) =>
        UsStates.NameOf(j.State) is { } state && !j.Name.Contains(state, StringComparison.Ordinal) ? $"{j.Name}, {state}" : j.Name;

    /// <summary>The jurisdiction with its kind only when its name does not already say it: "Alameda County, California",
    /// "Oakland city, California", but "Boston, Massachusetts (city)".</summary>
    public static string JurisdictionWithType(Jurisdiction j)
    {
        var type = j.Type == JurisdictionType.City ? "city" : "county";
        var alsoSays = j.Type == JurisdictionType.City ? new[] { "city", "town", "village" } : ["county", "parish", "borough"];
        return alsoSays.Any(w => j.Name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? Jurisdiction(j) : $"{Jurisdiction(j)} ({type})";
    }
}
