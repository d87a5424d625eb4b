using System.CommandLine;
using StaticMap.Cli.Output;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;
using StaticMap.Core.Validation.Release;

namespace StaticMap.Cli.Commands;

public static class CheckCommand
{
    public static Command Create(StaticMapRegistry registry)
    {
        var root = CommonOptions.Root();
        var format = new Option<DiagnosticFormat>("--format", "-f")
        {
            Description = "text: path(line,col): error MAP012: message; github: pull-request annotations; json: for tools",
            DefaultValueFactory = _ => DiagnosticFormat.Text,
        };
        var theme = CommonOptions.Theme();
        var release = new Option<bool>("--release")
        {
            Description = "Also list what each plan still lacks before 'status: released' (placeholders, translations, alt text, contact, " +
                "release date, the site's address, warnings left); exit 1 while anything is missing",
        };
        var baseUrl = new Option<string?>("--base-url") { Description = "With --release: the address the site is published at (as given to build)" };
        var command = new Command("check", "Validate every plan and the theme, as build does, and report every problem, without writing anything") { root, format, theme, release, baseUrl };
        var reporting = new ReportingOptions();
        reporting.AddTo(command);
        command.SetAction(result =>
        {
            if (!CommonOptions.TryRoot(result, root, out var rootPath)) return CommonOptions.UsageError;
            if (!CommonOptions.TryTheme(result, theme, out var themePath)) return CommonOptions.UsageError;
            var chosen = result.GetValue(format);
            if (reporting.Resolve(result, out var dateProblem) is not { } calendar) return CommonOptions.Usage(dateProblem!);
            var (site, check) = SiteBuilder.Check(rootPath, new SiteOptions(IncludeDrafts: true, Calendar: calendar) { Registry = registry }, themePath);
            if (result.GetValue(release))
            {
                var url = result.GetValue(baseUrl);
                if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "https" or "http"))
                    return CommonOptions.Usage($"--base-url '{url}' is not an http or https address, e.g. https://plans.example.org/");
                return Release(rootPath, site, check, chosen, url is not null);
            }
            DiagnosticFormatter.Write(Console.Out, check, chosen, chosen == DiagnosticFormat.Github ? GithubPrefix(rootPath) : null);
            if (chosen != DiagnosticFormat.Json) Console.Out.WriteLine(DiagnosticFormatter.Summary(check, includePages: false));
            return check.Succeeded ? CommonOptions.Success : CommonOptions.ProblemsFound;
        });
        return command;
    }

    /// <summary>
    /// <c>check --release</c>: the check's diagnostics with the checklist's own (MAP091–MAP093), then, in the text and github
    /// formats, the checklist in plain words; exit 0 only when nothing is missing.
    /// </summary>
    private static int Release(string root, ValidatedSite? site, BuildResult check, DiagnosticFormat format, bool baseUrlGiven)
    {
        if (site is null)
        {
            DiagnosticFormatter.Write(Console.Out, check, format);
            if (format != DiagnosticFormat.Json) Console.Out.WriteLine("The release checklist needs a site that can be read: fix the errors above first.");
            return CommonOptions.ProblemsFound;
        }
        var report = ReleaseChecklist.Evaluate(site.Site, check.Diagnostics, NetlifyBaseUrl(root, baseUrlGiven));
        var all = check with { Diagnostics = [.. check.Diagnostics, .. report.Added] };
        DiagnosticFormatter.Write(Console.Out, all, format, format == DiagnosticFormat.Github ? GithubPrefix(root) : null);
        if (format == DiagnosticFormat.Json) return report.Ready ? CommonOptions.Success : CommonOptions.ProblemsFound;
        Console.Out.WriteLine(DiagnosticFormatter.Summary(all, includePages: false));
        Console.Out.WriteLine();
        Console.Out.WriteLine("Release checklist:");
        foreach (var section in report.Sections)
        {
            Console.Out.WriteLine(section.Items.Count == 0 ? $"{section.Heading}: ready." : $"{section.Heading}: still to do:");
            foreach (var item in section.Items) Console.Out.WriteLine($"  - {item}");
            foreach (var note in section.Notes) Console.Out.WriteLine($"  Note: {note}");
        }
        Console.Out.WriteLine(report.Ready
            ? "Ready to release: nothing is missing."
            : $"Not ready to release: {report.Missing} {(report.Missing == 1 ? "thing" : "things")} still to do.");
        return report.Ready ? CommonOptions.Success : CommonOptions.ProblemsFound;
    }

    /// <summary>Whether the site's address is known: --base-url given, or netlify.toml's production (else [build]) command passes one.</summary>
    private static BaseUrlSource NetlifyBaseUrl(string root, bool given)
    {
        var path = Path.Combine(root, "netlify.toml");
        if (given || !File.Exists(path)) return new BaseUrlSource(given);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (SystemErrors.IsEnvironment(ex))
        {
            return new BaseUrlSource(false);
        }
        (int Line, string Text)? build = null, production = null;
        var table = "";
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith('[')) { table = line.Trim('[', ']', ' '); continue; }
            if (!line.StartsWith("command", StringComparison.Ordinal) || !line[7..].TrimStart().StartsWith('=')) continue;
            if (table == "build") build = (i + 1, line);
            else if (table == "context.production") production = (i + 1, line);
        }
        if ((production ?? build) is not { } command) return new BaseUrlSource(false);
        var column = lines[command.Line - 1].Length - lines[command.Line - 1].TrimStart().Length + 1;
        return new BaseUrlSource(false, new SourceSpan("netlify.toml", command.Line, column), command.Text.Contains("--base-url", StringComparison.Ordinal));
    }

    /// <summary>Annotations name files relative to the checkout; --root may be a folder inside it.</summary>
    private static string? GithubPrefix(string root)
    {
        var workspace = Environment.GetEnvironmentVariable("GITHUB_WORKSPACE");
        if (string.IsNullOrEmpty(workspace)) return null;
        var relative = Path.GetRelativePath(workspace, root).Replace(Path.DirectorySeparatorChar, '/');
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) ? null : relative + "/";
    }
}
