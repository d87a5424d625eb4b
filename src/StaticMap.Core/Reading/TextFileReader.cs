using System.Text;
using System.Text.Unicode;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Diagnostics.Codes;

namespace StaticMap.Core.Reading;

/// <summary>Reads text files strictly: size-limited, UTF-8 only (a byte-order mark is allowed), never throwing.</summary>
public static class TextFileReader
{
    /// <summary>Limit for plan.yml and Markdown files. No narrative comes near it.</summary>
    public const long MaxPlanTextBytes = 5L * 1024 * 1024;

    /// <summary>Limit for CSV data files. Urban's full county file for all years is about 40 MB.</summary>
    public const long MaxDataBytes = 256L * 1024 * 1024;

    public static SourceText? Read(RepositoryLayout layout, string relativePath, long maxBytes, DiagnosticBag diagnostics)
    {
        using var file = new RepositoryFiles(layout.Root, diagnostics).Open(layout.FullPath(relativePath));
        if (file is null) return null;
        byte[] bytes;
        try
        {
            if (file.Length > maxBytes)
            {
                diagnostics.Add(FileTooLarge.Instance.Create(relativePath, file.Length, maxBytes));
                return null;
            }
            bytes = file.ReadAllBytes();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(UnreadableFile.Instance.Create(relativePath, SystemErrors.Reason(ex)));
            return null;
        }
        return Decode(relativePath, bytes, diagnostics);
    }

    public static SourceText? Decode(string relativePath, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (!Utf8.IsValid(bytes))
        {
            diagnostics.Add(InvalidUtf8.Instance.Create(FirstInvalidByte(relativePath, bytes, out var bad), bad));
            return null;
        }
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Contains('\0'))
        {
            diagnostics.Add(UnreadableFile.Instance.Create(relativePath, "it contains NUL characters, so it is not a text file"));
            return null;
        }
        return new SourceText(relativePath, text);
    }

    private static SourceSpan FirstInvalidByte(string path, ReadOnlySpan<byte> bytes, out byte bad)
    {
        int line = 1, column = 1, i = 0;
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done) break;
            if (rune.Value == '\n') { line++; column = 1; } else { column++; }
            i += consumed;
        }
        bad = i < bytes.Length ? bytes[i] : (byte)0;
        return new SourceSpan(path, line, column);
    }
}
