using System.Globalization;
using StaticMap.Core.Model;
using StaticMap.Core.Parsing;

namespace StaticMap.Core.Rendering.Views;

/// <summary>How dates, statuses and enumerations read on a page. One place, so every page says it the same way.</summary>
public static class Formatting
{
    public static string Date(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

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

    public static string Measurement(Measurement? m, string? unit) =>
        m is null ? "" : $"{WithUnit(m.Value.Text, unit)} ({m.Year})";

    public static string WithUnit(string value, string? unit) => unit switch
    {
        null or "" => value,
        "percent" or "%" => value.EndsWith('%') ? value : value + "%",
        "dollars" or "USD" or "$" => value.StartsWith('$') ? value : "$" + value,
        _ => $"{value} {unit}",
    };

    public static string Jurisdiction(Jurisdiction j) =>
        UsStates.NameOf(j.State) is { } state && !j.Name.Contains(state, StringComparison.Ordinal) ? $"{j.Name}, {state}" : j.Name;
}
