using System.Text;
using StaticMap.Core.Localization;
using StaticMap.Core.Model;

namespace StaticMap.Core.Rendering.Views;

/// <summary>
/// How a sentence names an indicator that follows one group's values of a Mobility Metric ('subgroup'), so that the group is
/// said once (review11, 2026-12-07: "Employment rate of Black residents aged 25 to 54, for Black, non-Hispanic residents"):
/// <list type="bullet">
/// <item>a name that does not name the group gets it: "Employment rate, for Black, non-Hispanic residents" (the caller's
/// template, <c>charts.indicator_name_group</c> or <c>changes.name_group</c>);</item>
/// <item>a name that names it as Urban does, qualifiers and all ("… of Black, non-Hispanic residents"), is said alone;</item>
/// <item>a name that names it with fewer words ("… of Black residents …") keeps its words, and Urban's group follows where it
/// adds to them: "Employment rate of Black residents aged 25 to 54 (Urban's group: Black, non-Hispanic residents)"
/// (<c>group_words.urban_group</c>).</item>
/// </list>
/// A name names the group when it has, as a whole word, the first part of Urban's label ("Black" of "Black, Non-Hispanic",
/// for a name in English on any page) or one of the words the page's strings list for it (<c>group_words.&lt;label key&gt;</c>,
/// keyed as <c>people</c>: "Black, African American"; "negro, negra, afroamericano, …"). It names it whole when it has the
/// whole label, or the group as the page's language names it (<c>subgroups.names</c>, <c>people</c>).
/// </summary>
public static class GroupInName
{
    /// <summary><paramref name="name"/> (the indicator's name as the sentence writes it: plain, or marked for its language)
    /// with the indicator's group said once; an indicator without a metric and a subgroup is its name.</summary>
    public static string Name(Indicator indicator, string name, string groupKey, UiStrings t)
    {
        if (indicator is not { Metric: not null, Subgroup: { } group }) return name;
        var people = Formatting.SubgroupPeople(group.Value, t);
        return Of(indicator.Name, group.Value, t) switch
        {
            Naming.Whole => name,
            Naming.Partly => t.Text("group_words.urban_group", ("name", name), ("group", people)),
            _ => t.Text(groupKey, ("name", name), ("group", people)),
        };
    }

    /// <summary>How much of its group <paramref name="indicatorName"/> says.</summary>
    public static Naming Of(string indicatorName, string label, UiStrings t)
    {
        var name = $" {Words(indicatorName)} ";
        bool Has(string phrase) => Words(phrase) is { Length: > 0 } words && name.Contains($" {words} ", StringComparison.Ordinal);
        if (Has(label) || Has(Formatting.Subgroup(label, t)) || Has(Formatting.SubgroupPeople(label, t))) return Naming.Whole;
        var comma = label.IndexOf(',');
        var key = "group_words." + Key(label);
        var mentions = (t.TextOrNull(key) ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Prepend(comma < 0 ? label : label[..comma]);
        return mentions.Any(Has) ? Naming.Partly : Naming.None;
    }

    /// <summary>A group label as a strings key, as <c>people</c> keys it: "Black, Non-Hispanic" → black_non_hispanic.</summary>
    private static string Key(string label)
    {
        var key = Formatting.Key(label.Trim()).Trim('_');
        while (key.Contains("__", StringComparison.Ordinal)) key = key.Replace("__", "_");
        return key;
    }

    /// <summary>Lower-case words separated by one space, punctuation dropped: "Black, non-Hispanic" → "black non hispanic".</summary>
    private static string Words(string text)
    {
        var words = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) words.Append(char.ToLowerInvariant(c));
            else if (words.Length > 0 && words[^1] != ' ') words.Append(' ');
        }
        return words.ToString().Trim();
    }
}

/// <summary>How much of its group an indicator's name says (<see cref="GroupInName.Of"/>).</summary>
public enum Naming
{
    None,
    Partly,
    Whole,
}
