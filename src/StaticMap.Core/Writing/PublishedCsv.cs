using System.Text;
using StaticMap.Core.Rendering.Charts;

namespace StaticMap.Core.Writing;

/// <summary>
/// A CSV file the site republishes as written (a plan's data/ and assets/, input/assets/) gets the same protection as the
/// CSVs StaticMap writes: a cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
/// return, and is not a number such as -2) gets a leading apostrophe, as OWASP advises (<see cref="MetricCharts.CsvField"/>).
/// Every other byte is kept: a file without such a cell is copied unchanged.
/// </summary>
public static class PublishedCsv
{
    /// <summary>The file with its formula cells neutralised, or null when it has none (or is not UTF-8 text).</summary>
    public static byte[]? Neutralise(byte[] bytes)
    {
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        var result = new StringBuilder(text.Length + 16);
        var changed = false;
        var i = 0;
        while (i <= text.Length)
        {
            var start = i;
            string value;
            if (i < text.Length && text[i] == '"')
            {
                var cell = new StringBuilder();
                i++;
                while (i < text.Length)
                {
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    cell.Append(text[i++]);
                }
                // Anything after the closing quote belongs to the same cell, as spreadsheets read it.
                while (i < text.Length && text[i] is not (',' or '\n' or '\r')) cell.Append(text[i++]);
                value = cell.ToString();
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\n' or '\r')) i++;
                value = text[start..i];
            }
            if (MetricCharts.IsFormula(value))
            {
                result.Append(MetricCharts.CsvField(value));
                changed = true;
            }
            else
            {
                result.Append(text, start, i - start);
            }
            if (i >= text.Length) break;
            if (text[i] == ',') { result.Append(','); i++; continue; }
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { result.Append("\r\n"); i += 2; }
            else result.Append(text[i++]);
            if (i >= text.Length) break; // a final line break ends the last row; no empty cell after it
        }
        if (!changed) return null;
        var body = Encoding.UTF8.GetBytes(result.ToString());
        return bom == 0 ? body : [0xEF, 0xBB, 0xBF, .. body];
    }
}
