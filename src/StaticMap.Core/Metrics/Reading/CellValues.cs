using System.Globalization;

namespace StaticMap.Core.Metrics.Reading;

/// <summary>Reads the cells of Urban's files: numbers written as ".0252", "NA" for not available, quality as 1/2/3 or words.</summary>
internal static class CellValues
{
    /// <summary>Empty, NA and the like: the estimate was suppressed or not computed.</summary>
    public static bool IsMissing(ReadOnlySpan<char> cell)
    {
        cell = cell.Trim();
        return cell.IsEmpty
               || cell.Equals("NA", StringComparison.OrdinalIgnoreCase)
               || cell.Equals("N/A", StringComparison.OrdinalIgnoreCase)
               || cell.Equals("NaN", StringComparison.OrdinalIgnoreCase)
               || cell.Equals("NULL", StringComparison.OrdinalIgnoreCase)
               || cell.Equals(".", StringComparison.Ordinal);
    }

    /// <summary>A plain number in invariant culture (".0252", "1e-3", "-4"); infinities and NaN are not numbers here.</summary>
    public static bool TryParseNumber(ReadOnlySpan<char> cell, out double value) =>
        double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>A number, or a count written as a ratio to one ("2235:1", Urban's 2024 population-per-physician).</summary>
    public static bool TryParseMeasure(ReadOnlySpan<char> cell, out double value)
    {
        cell = cell.Trim();
        if (TryParseNumber(cell, out value)) return true;
        var colon = cell.IndexOf(':');
        return colon > 0 && cell[(colon + 1)..].Trim() is "1" && TryParseNumber(cell[..colon], out value);
    }

    /// <summary>1/2/3 or Strong/Marginal/Weak, in any case; missing cells are NotRated.</summary>
    public static bool TryParseQuality(ReadOnlySpan<char> cell, out DataQuality quality)
    {
        cell = cell.Trim();
        quality = DataQuality.NotRated;
        if (IsMissing(cell)) return true;
        if (cell.Equals("Strong", StringComparison.OrdinalIgnoreCase)) quality = DataQuality.Strong;
        else if (cell.Equals("Marginal", StringComparison.OrdinalIgnoreCase)) quality = DataQuality.Marginal;
        else if (cell.Equals("Weak", StringComparison.OrdinalIgnoreCase)) quality = DataQuality.Weak;
        else if (TryParseNumber(cell, out var n) && n is 1 or 2 or 3) quality = (DataQuality)(int)n;
        else return false;
        return true;
    }

    /// <summary>A data year: four digits between 1900 and 2100 (Urban writes "2014"; "2014.0" from spreadsheets is accepted).</summary>
    public static bool TryParseYear(ReadOnlySpan<char> cell, out int year)
    {
        year = 0;
        if (!TryParseNumber(cell, out var n) || n != Math.Floor(n) || n is < 1900 or > 2100) return false;
        year = (int)n;
        return true;
    }
}
