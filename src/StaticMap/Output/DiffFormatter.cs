using System.Text;
using System.Text.Json;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Pipeline;

namespace StaticMap.Cli.Output;

public enum DiffFormat { Markdown, Text, Json }

/// <summary>What the diff compared with: a revision and its commit, or a built site's folder; and, when it is not the
/// working tree, what it compared.</summary>
public sealed record DiffBase(string Name, string? Commit)
{
    public DiffBase? Head { get; init; }

    /// <summary>"Compared with HEAD~1 (3f2c1ab)", "HEAD (9e8d7c6) compared with HEAD~2 (3f2c1ab)".</summary>
    public string Plain => Phrase(code: false);

    public string Markdown => Phrase(code: true);

    private string Phrase(bool code) =>
        (Head is { } h ? One(h.Name, h.Commit, code) + " compared with " : "Compared with ") + One(Name, Commit, code);

    private static string One(string name, string? commit, bool code)
    {
        var shown = code ? $"`{name.Replace("`", "")}`" : name;
        return commit is not null ? $"{shown} ({commit})" : name == "the working tree" ? name : $"the built site in {shown}";
    }
}

/// <summary>Writes a <see cref="SiteDiff"/>: Markdown for a pull request's job summary, plain text for a terminal, JSON for tools.</summary>
public static class DiffFormatter
{
    public static string Format(SiteDiff diff, DiffFormat format, DiffBase against) => format switch
    {
        DiffFormat.Json => Json(diff, against),
        DiffFormat.Text => Text(diff, against),
        _ => Markdown(diff, against),
    };

    public static string Markdown(SiteDiff diff, DiffBase against)
    {
        var s = new StringBuilder();
        s.Append("## What this change does to the site\n\n");
        s.Append($"{against.Markdown}. {(diff.AnyChange || diff.Pages is null ? "" : "Nothing a reader sees changes.")}".TrimEnd()).Append("\n\n");
        if (diff.Errors.Count > 0)
        {
            s.Append($"### Errors ({diff.Errors.Count})\n\nThe site cannot be built until they are fixed ('staticmap check' lists them); what follows is read from the plans as far as they could be read.\n\n");
            foreach (var d in diff.Errors) s.Append("- ").Append(Diagnostic(d)).Append('\n');
            s.Append('\n');
        }
        if (diff.Indicators.Count > 0)
        {
            s.Append($"### Indicators ({diff.Indicators.Count})\n\n");
            foreach (var c in diff.Indicators) s.Append("- ").Append(Escape(c.Sentence)).Append('\n');
            s.Append('\n');
        }
        if (diff.NewWarnings.Count > 0)
        {
            s.Append(diff.BaseHasDiagnostics ? $"### New warnings ({diff.NewWarnings.Count})\n\n"
                : $"### Warnings ({diff.NewWarnings.Count})\n\nA built folder keeps no warnings to compare with, so these are all of them.\n\n");
            foreach (var d in diff.NewWarnings) s.Append("- ").Append(Diagnostic(d)).Append('\n');
            s.Append('\n');
        }
        if (diff.PlansAdded.Count + diff.PlansRemoved.Count + diff.Reports.Count > 0)
        {
            s.Append("### Plans and progress reports\n\n");
            foreach (var p in diff.PlansAdded) s.Append($"- Plan added: {Escape(p.Place)} (`{p.Id}`)\n");
            foreach (var p in diff.PlansRemoved) s.Append($"- Plan removed: {Escape(p.Place)} (`{p.Id}`)\n");
            foreach (var r in diff.Reports) s.Append("- ").Append(Escape(r.Sentence)).Append('\n');
            s.Append('\n');
        }
        s.Append("### Pages\n\n");
        if (diff.Pages is not { } pages)
        {
            s.Append("Not compared: a side with errors has no pages.\n");
            return s.ToString();
        }
        s.Append(PageCounts(pages)).Append('\n');
        PageList(s, "Added", pages.Added);
        PageList(s, "Removed", pages.Removed);
        PageList(s, "Changed", pages.Changed);
        return s.ToString();
    }

    private static void PageList(StringBuilder s, string title, IReadOnlyList<string> urls)
    {
        if (urls.Count == 0) return;
        s.Append($"\n<details><summary>{title} ({urls.Count})</summary>\n\n");
        foreach (var u in urls) s.Append($"- `{u.Replace("`", "")}`\n");
        s.Append("\n</details>\n");
    }

    public static string Text(SiteDiff diff, DiffBase against)
    {
        var s = new StringBuilder();
        s.Append($"{DiagnosticFormatter.OneLine(against.Plain)}{(diff.AnyChange || diff.Pages is null ? "" : ": nothing a reader sees changes")}\n");
        Section(s, "Errors", diff.Errors.Select(d => DiagnosticFormatter.OneLine(d.ToString())), "the site cannot be built until they are fixed");
        Section(s, "Indicators", diff.Indicators.Select(c => c.Sentence));
        Section(s, diff.BaseHasDiagnostics ? "New warnings" : "Warnings", diff.NewWarnings.Select(d => DiagnosticFormatter.OneLine(d.ToString())),
            diff.BaseHasDiagnostics ? null : "all of them: a built folder keeps none to compare with");
        Section(s, "Plans and progress reports", diff.PlansAdded.Select(p => $"plan added: {p.Place} ({p.Id})")
            .Concat(diff.PlansRemoved.Select(p => $"plan removed: {p.Place} ({p.Id})"))
            .Concat(diff.Reports.Select(r => r.Sentence)));
        if (diff.Pages is not { } pages) s.Append("Pages: not compared, a side with errors has no pages\n");
        else
        {
            s.Append("Pages: ").Append(PageCounts(pages)).Append('\n');
            foreach (var u in pages.Added) s.Append("  added   ").Append(u).Append('\n');
            foreach (var u in pages.Removed) s.Append("  removed ").Append(u).Append('\n');
            foreach (var u in pages.Changed) s.Append("  changed ").Append(u).Append('\n');
        }
        return s.ToString();
    }

    private static void Section(StringBuilder s, string title, IEnumerable<string> lines, string? note = null)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        s.Append($"{title} ({list.Count}{(note is null ? "" : "; " + note)}):\n");
        foreach (var line in list) s.Append("  ").Append(DiagnosticFormatter.OneLine(line)).Append('\n');
    }

    /// <summary>"2 changed, 1 added, 0 removed, 23 unchanged".</summary>
    private static string PageCounts(PageChanges p) =>
        $"{p.Changed.Count} changed, {p.Added.Count} added, {p.Removed.Count} removed, {p.Unchanged} unchanged";

    public static string Json(SiteDiff diff, DiffBase against) => JsonSerializer.Serialize(new
    {
        @base = new { name = against.Name, commit = against.Commit },
        head = against.Head is { } h ? new { name = h.Name, commit = h.Commit } : null,
        changed = diff.AnyChange,
        indicators = diff.Indicators.Select(c => new
        {
            plan = c.PlanId, place = c.Place, indicator = c.Indicator, name = c.Name, year = c.Year,
            status_before = c.StatusBefore, status_after = c.StatusAfter,
            value_before = c.ValueBefore, value_after = c.ValueAfter,
            value_source_before = c.SourceBefore, value_source_after = c.SourceAfter,
            status_by_numbers_before = c.ComputedBefore, status_by_numbers_after = c.ComputedAfter,
            added = c.Added, removed = c.Removed, sentence = c.Sentence,
        }),
        plans_added = diff.PlansAdded.Select(p => new { id = p.Id, place = p.Place }),
        plans_removed = diff.PlansRemoved.Select(p => new { id = p.Id, place = p.Place }),
        progress_reports = diff.Reports.Select(r => new { plan = r.PlanId, year = r.Year, added = r.Added }),
        pages = diff.Pages is not { } p ? null : new { added = p.Added, removed = p.Removed, changed = p.Changed, unchanged = p.Unchanged },
        new_warnings = diff.NewWarnings.Select(JsonDiagnostic),
        base_has_diagnostics = diff.BaseHasDiagnostics,
        errors = diff.Errors.Select(JsonDiagnostic),
    }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static object JsonDiagnostic(Diagnostic d) => new
    {
        file = d.Span.Path, line = d.Span.Line, column = d.Span.Column, severity = d.IsError ? "error" : "warning", code = d.Code, message = d.Message,
    };

    /// <summary>`path(line,col)`: warning MAP036: message, the message escaped.</summary>
    private static string Diagnostic(Diagnostic d) =>
        $"`{d.Span.Path.Replace("`", "")}({d.Span.Line},{d.Span.Column})`: {(d.IsError ? "error" : "warning")} {d.Code}: {Escape(d.Message)}";

    /// <summary>Text as Markdown shows it literally: the characters that would start emphasis, links, HTML or tables are
    /// escaped, and control characters (a forged line) become spaces.</summary>
    public static string Escape(string text)
    {
        var s = new StringBuilder(text.Length + 8);
        foreach (var c in DiagnosticFormatter.OneLine(text))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '!') s.Append('\\');
            s.Append(c);
        }
        return s.ToString();
    }
}
