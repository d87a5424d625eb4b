using System.Text;
using CsvHelper;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Metrics.Reading;

/// <summary>How StaticMap reads CSV: comma-separated, trimmed, one record per line, malformed records skipped and reported.</summary>
internal static class CsvSettings
{
    /// <param name="onMalformed">Told about every record with bad quoting or the wrong number of fields; those records are skipped.</param>
    public static CsvReaderOptions Options(Action<CsvMalformedRecord> onMalformed) => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        TrimWhitespace = true,
        // Urban's values never span lines; refusing line breaks in quotes keeps one stray quote from swallowing the rest of the file.
        AllowLineBreaksInQuotes = false,
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        MissingField = CsvMissingFieldHandling.ReturnEmpty,
        OnMalformedRecord = onMalformed,
        IncludeValuesInExceptions = true,
    };

    /// <summary>The 1-based character column where field <paramref name="index"/> of the current record starts.</summary>
    /// <remarks>Counts separators outside quotes in the raw record, so empty fields have a position too.</remarks>
    public static int ColumnOf(CsvReader reader, int index)
    {
        var record = reader.RawRecord;
        var field = 0;
        var quoted = false;
        var offset = 0;
        while (offset < record.Length && field < index)
        {
            var b = record[offset++];
            if (b == (byte)'"') quoted = !quoted;
            else if (b == (byte)',' && !quoted) field++;
        }
        return Encoding.UTF8.GetCharCount(record[..offset]) + 1;
    }

    /// <summary>The header names, trimmed and without a byte-order mark.</summary>
    public static IReadOnlyList<string> Header(CsvReader reader) =>
        reader.Headers.Select(h => h.Trim().TrimStart('\uFEFF').Trim()).ToList();

    /// <summary>Describes a malformed record in words an author understands.</summary>
    public static string Describe(CsvMalformedRecord record, int headerFields) => record.Reason switch
    {
        CsvMalformedReason.StrayQuote => "a quote (\") inside a value that does not start with one; put the whole value in quotes and double the inner quote (\"\")",
        CsvMalformedReason.TextAfterClosingQuote => "text after a closing quote; put the whole value in quotes and double any inner quote (\"\")",
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "a quote that is never closed on this line; close it or remove it",
        CsvMalformedReason.FieldCountMismatch => FieldCount(record.RawRecord) is var count && count > headerFields
            ? $"{count} values where the header has {headerFields}; every row needs one value per column (a number written with a thousands separator, such as 1,200, counts as two: write 1200)"
            : $"{FieldCount(record.RawRecord)} values where the header has {headerFields}; every row needs one value per column (leave a value empty rather than dropping it)",
        _ => "a malformed record",
    };

    private static int FieldCount(string raw)
    {
        int count = 1;
        var quoted = false;
        foreach (var c in raw)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) count++;
        }
        return count;
    }
}
