using System.Text;
using System.Text.RegularExpressions;

namespace StaticMap.Core.Parsing;

/// <summary>The id rule of the contract: lowercase kebab-case.</summary>
public static partial class Ids
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    public static bool IsKebabCase(string value) => value.Length <= 100 && KebabCase().IsMatch(value);

    /// <summary>"Alameda County" → "alameda-county", for suggestions in messages.</summary>
    public static string Suggest(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-' && (c is ' ' or '-' or '_' or '.' or '/')) sb.Append('-');
        }
        var s = sb.ToString().Trim('-');
        if (s.Length > 60) s = s[..60].Trim('-');
        return s.Length == 0 ? "my-id" : s;
    }
}
