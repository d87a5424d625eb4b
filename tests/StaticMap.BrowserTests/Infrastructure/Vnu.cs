using System.Diagnostics;
using System.Text.Json;

namespace StaticMap.BrowserTests.Infrastructure;

public sealed record VnuMessage(string File, int Line, int Column, string Message, string Extract);

/// <param name="Messages">Every error the checker reported.</param>
/// <param name="Output">What vnu printed, for when its output cannot be read.</param>
public sealed record VnuReport(IReadOnlyList<VnuMessage> Messages, string Output);

/// <summary>The Nu Html Checker (vnu.jar from tests/tools), run once over every page.</summary>
public static class Vnu
{
    public static VnuReport Check(IReadOnlyList<string> files)
    {
        if (files.Count == 0) return new VnuReport([], "");
        var java = Prerequisites.Java();
        var jar = Prerequisites.VnuJar();
        var start = new ProcessStartInfo(java);
        foreach (var arg in new[] { "-Xss1m", "-jar", jar, "--errors-only", "--format", "json" }) start.ArgumentList.Add(arg);
        foreach (var file in files) start.ArgumentList.Add(file);
        var (_, stdout, stderr) = ProcessRunner.Run(start, TimeSpan.FromMinutes(5), "The Nu Html Checker took more than 5 minutes.");
        // vnu writes its JSON report to standard error.
        var output = stderr.Trim().Length > 0 ? stderr : stdout;
        return new VnuReport(Parse(output), output);
    }

    private static List<VnuMessage> Parse(string output)
    {
        var start = output.IndexOf('{');
        if (start < 0) throw new InvalidOperationException("The Nu Html Checker printed no report:\n" + output);
        using var json = JsonDocument.Parse(output[start..]);
        var messages = new List<VnuMessage>();
        foreach (var message in json.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = message.TryGetProperty("type", out var t) ? t.GetString() : null;
            var subType = message.TryGetProperty("subType", out var s) ? s.GetString() : null;
            if (type == "info" && subType != "warning") continue;
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            // vnu names files "file:/tmp/…", which System.Uri does not read.
            var file = url.StartsWith("file:", StringComparison.Ordinal) ? "/" + Uri.UnescapeDataString(url["file:".Length..]).TrimStart('/') : url;
            messages.Add(new VnuMessage(
                file,
                message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                message.TryGetProperty("firstColumn", out var column) ? column.GetInt32()
                    : message.TryGetProperty("lastColumn", out var last) ? last.GetInt32() : 0,
                (type == "non-document-error" ? "could not check: " : "") + (message.TryGetProperty("message", out var m) ? m.GetString() ?? "" : ""),
                message.TryGetProperty("extract", out var e) ? e.GetString() ?? "" : ""));
        }
        return messages;
    }
}
