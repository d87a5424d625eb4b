using System.Text.Json;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Cli.Output;

public enum DiagnosticFormat { Text, Github, Json }

/// <summary>Writes diagnostics for people (MSBuild form), for GitHub pull-request annotations, or as JSON for tools.</summary>
public static class DiagnosticFormatter
{
    public static void Write(TextWriter writer, BuildResult result, DiagnosticFormat format, string? pathPrefix = null)
    {
        switch (format)
        {
            case DiagnosticFormat.Github:
                foreach (var d in result.Diagnostics) writer.WriteLine(Github(d, pathPrefix));
                break;
            case DiagnosticFormat.Json:
                writer.WriteLine(Json(result));
                break;
            default:
                foreach (var d in result.Diagnostics) writer.WriteLine(OneLine(d.ToString()));
                break;
        }
    }

    /// <summary><c>::error file=plans/x/plan.yml,line=3,col=7,title=MAP012::message</c>, escaped as GitHub requires.</summary>
    public static string Github(Diagnostic d, string? pathPrefix = null)
    {
        var level = d.IsError ? "error" : "warning";
        var file = (pathPrefix ?? "") + d.Span.Path;
        return $"::{level} file={Property(file)},line={d.Span.Line},col={d.Span.Column},title={Property(d.Code)}::{Data($"{d.Code}: {d.Message}")}";
    }

    /// <summary>A diagnostic is one line: control characters in a path or message (a folder named with a newline)
    /// could otherwise forge lines in a CI log.</summary>
    public static string OneLine(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsControl(source[i]) ? ' ' : source[i];
        });

    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");

    public static string Json(BuildResult result) => JsonSerializer.Serialize(new
    {
        diagnostics = result.Diagnostics.Select(d => new
        {
            file = d.Span.Path,
            line = d.Span.Line,
            column = d.Span.Column,
            severity = d.IsError ? "error" : "warning",
            code = d.Code,
            message = d.Message,
        }),
        summary = new
        {
            plans = result.Plans,
            pages = result.Pages,
            errors = result.Errors,
            warnings = result.Warnings,
            seconds = Math.Round(result.Elapsed.TotalSeconds, 3),
        },
    }, new JsonSerializerOptions { WriteIndented = true });

    /// <summary>"2 plans, 14 pages, 0 errors, 1 warning in 0.8 s".</summary>
    public static string Summary(BuildResult result, bool includePages = true)
    {
        static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
        var parts = new List<string> { Count(result.Plans, "plan") };
        if (includePages) parts.Add(Count(result.Pages, "page"));
        parts.Add(Count(result.Errors, "error"));
        parts.Add(Count(result.Warnings, "warning"));
        return $"{string.Join(", ", parts)} in {result.Elapsed.TotalSeconds:0.0} s";
    }
}
