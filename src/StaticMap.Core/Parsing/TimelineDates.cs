using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticMap.Core.Parsing;

/// <summary>
/// Timeline dates are written as the author wants them to appear ("Spring 2021", "June 2021"); those written as
/// 2021, 2021-06 or 2021-06-15 are also machine-readable, and so must be real dates.
/// </summary>
public static partial class TimelineDates
{
    /// <summary>
    /// Four digits, then up to two dash-separated groups of one or two digits: "2024", "2024-13", "2024-02-30",
    /// "2024-2". A range of years such as "1990-2000" is not date-like; "2019-20" is (write it "2019–20" or in words).
    /// </summary>
    [GeneratedRegex(@"^\d{4}(-\d{1,2}){1,2}$|^\d{4}$")]
    private static partial Regex DateLike();

    /// <summary>Whether the value is written like a date (digits and dashes), so that it must be a real one.</summary>
    public static bool IsDateLike(string value) => DateLike().IsMatch(value);

    /// <summary>The value as a &lt;time datetime&gt; value when it is a real year, month or day; else null.</summary>
    public static string? Iso(string value)
    {
        if (!IsDateLike(value)) return null;
        var parts = value.Split('-');
        if (parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)) return null;
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1) return null;
        if (parts.Length == 1) return value;
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (parts.Length == 2) return value;
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? value : null;
    }
}
