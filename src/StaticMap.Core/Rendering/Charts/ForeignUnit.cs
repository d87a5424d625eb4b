using System.Text.RegularExpressions;
using StaticMap.Core.Localization;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>
/// A findings metric's unit in words left in another language than the page's (a local CSV's <c>unit</c> a translation left
/// out or copied: "people" on a Spanish page): wherever a chart writes it after a number, in the sentence under the chart and
/// in its data table, it is marked with its language ("98,500 <span lang="en">people</span> en 2021"), as an indicator's
/// unit is (<see cref="Views.Formatting.ValueHtml"/>). Plain text (the canvas's accessible name, CSV, alt text) keeps the words.
/// </summary>
public sealed class ForeignUnit
{
    private readonly Regex _words;

    private ForeignUnit(string language, Regex words) => (Language, _words) = (language, words);

    /// <summary>The language the unit is written in ("en").</summary>
    public string Language { get; }

    /// <param name="unit">The unit as the author wrote it ("people").</param>
    /// <param name="language">Its language.</param>
    /// <param name="t">The page's strings: the forms a chart writes after a number (the unit, and its singular for 1).</param>
    public static ForeignUnit Of(string unit, string language, UiStrings t)
    {
        var forms = new[] { unit, ChartFormat.Noun(unit, 1, t.Language), ChartFormat.Noun(unit, 1, language) }
            .Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)
            .Select(f => Regex.Escape(HtmlText.Escape(f)));
        // After a number and its space (a regular or a no-break one), never inside another word.
        return new ForeignUnit(language, new Regex($@"(?<=\d[ \u00A0\u202F])(?:{string.Join("|", forms)})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant));
    }

    /// <summary><paramref name="text"/> escaped, the unit's words after each number marked with their language.</summary>
    public RawHtml Html(string text) =>
        new(_words.Replace(HtmlText.Escape(text), m => $"<span lang=\"{HtmlText.Escape(Language)}\">{m.Value}</span>"));

    /// <summary>The chart with its summary's and its table's values marked; its plain text unchanged.</summary>
    public ChartSpec Mark(ChartSpec chart) => chart with
    {
        SummaryHtml = chart.SummaryHtml ?? Html(chart.Summary),
        Rows = [.. chart.Rows.Select(r => r.ValueHtml is null && Html(r.Value).Value is var html && html != HtmlText.Escape(r.Value) ? r with { ValueHtml = html } : r)],
    };
}
