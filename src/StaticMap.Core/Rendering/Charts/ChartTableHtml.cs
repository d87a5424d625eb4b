using System.Net;
using System.Text;
using StaticMap.Core.Rendering.Html;

namespace StaticMap.Core.Rendering.Charts;

/// <summary>
/// The body rows of a chart's data table as HTML, for <c>{{ chart.table_rows }}</c> in <c>partials/chart.sbn-html</c>.
/// </summary>
/// <remarks>
/// A findings page and the print view hold about 200 table rows each; written by the template, every cell was a
/// round of Scriban's interpreter, and the chart partial, mostly these rows, took 40% of all template time. A theme
/// that wants other row markup can still loop over <c>chart.rows</c>.
/// </remarks>
public static class ChartTableHtml
{
    /// <summary>One <c>&lt;tr&gt;</c> per row, a line each: the series as a row header, year, estimate (with its raw number in
    /// <c>data-value</c>), then the interval and quality columns when the chart has them.</summary>
    public static RawHtml Rows(ChartSpec chart)
    {
        var html = new StringBuilder(chart.Rows.Count * 160);
        foreach (var row in chart.Rows)
        {
            if (html.Length > 0) html.Append('\n');
            html.Append("<tr><th scope=\"row\">").Append(Encode(row.Series)).Append("</th>");
            html.Append("<td>").Append(row.Year).Append("</td>");
            html.Append("<td class=\"number\" data-value=\"").Append(Encode(row.RawValue)).Append("\">").Append(row.ValueHtml ?? Encode(row.Value)).Append("</td>");
            if (chart.HasIntervals) html.Append("<td>").Append(Encode(row.Interval)).Append("</td>");
            if (chart.HasQuality)
            {
                html.Append("<td class=\"quality quality-").Append(Encode(row.QualitySlug)).Append("\">");
                // The symbol repeats the word for sighted readers; screen readers hear the word once.
                if (row.QualitySlug == "weak") html.Append("<span aria-hidden=\"true\">⚠ </span>");
                html.Append(Encode(row.Quality)).Append("</td>");
            }
            html.Append("</tr>");
        }
        return new RawHtml(html.ToString());
    }

    private static string Encode(string text) => Localization.HtmlText.Escape(text);
}
