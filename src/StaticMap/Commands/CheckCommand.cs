using System.CommandLine;
using StaticMap.Cli.Output;
using StaticMap.Core;
using StaticMap.Core.Rendering;

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
        var command = new Command("check", "Validate every plan and the theme, as build does, and report every problem, without writing anything") { root, format, theme };
        var reporting = new ReportingOptions();
        reporting.AddTo(command);
        command.SetAction(result =>
        {
            if (!CommonOptions.TryRoot(result, root, out var rootPath)) return CommonOptions.UsageError;
            if (!CommonOptions.TryTheme(result, theme, out var themePath)) return CommonOptions.UsageError;
            var chosen = result.GetValue(format);
            if (reporting.Resolve(result, out var dateProblem) is not { } calendar) return CommonOptions.Usage(dateProblem!);
            var (_, check) = SiteBuilder.Check(rootPath, new SiteOptions(IncludeDrafts: true, Calendar: calendar) { Registry = registry }, themePath);
            DiagnosticFormatter.Write(Console.Out, check, chosen, chosen == DiagnosticFormat.Github ? GithubPrefix(rootPath) : null);
            if (chosen != DiagnosticFormat.Json) Console.Out.WriteLine(DiagnosticFormatter.Summary(check, includePages: false));
            return check.Succeeded ? CommonOptions.Success : CommonOptions.ProblemsFound;
        });
        return command;
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
