using System.CommandLine;
using StaticMap.Cli.Output;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;

namespace StaticMap.Cli.Commands;

/// <summary>
/// <c>staticmap diff &lt;base&gt;</c>: what the working tree does to the public site compared with a git revision or a built
/// site's folder. Both sides are rendered in memory by the build's own run (nothing is written; a revision is read into
/// memory by <see cref="GitRevision"/>); the comparison is Core's <see cref="SiteDiff"/>. A base or head that cannot be
/// read is a usage error (exit 2) that says why, never a stack trace.
/// </summary>
public static class DiffCommand
{
    public static Command Create(StaticMapRegistry registry)
    {
        var against = new Argument<string>("base")
        {
            Description = "What to compare with: a git revision (origin/main, HEAD~1, a commit) or a folder holding a built site",
        };
        var root = CommonOptions.Root();
        var format = new Option<DiffFormat>("--format", "-f")
        {
            Description = "markdown: for a pull request's job summary; text: for a terminal; json: for tools",
            DefaultValueFactory = _ => DiffFormat.Markdown,
        };
        var headArgument = new Argument<string?>("head")
        {
            Description = "What to compare: another git revision or built folder [default: the working tree at --root]",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var published = new Option<bool>("--published")
        {
            Description = "Compare only released plans, as the public site shows them (by default drafts too, as check, serve and the pull-request preview)",
        };
        var baseUrl = CommonOptions.BaseUrl();
        baseUrl.Description = "The site's public address, as the base folder was built with, so pages compare alike";
        var command = new Command("diff",
            "List what a change does to the site: pages added, removed and changed, indicators whose status or value changed, new warnings")
        {
            against, headArgument, root, format, published, baseUrl,
        };
        var reporting = new ReportingOptions();
        reporting.AddTo(command);
        command.SetAction(result =>
        {
            if (!CommonOptions.TryRoot(result, root, out var rootPath)) return CommonOptions.UsageError;
            if (reporting.Resolve(result, out var dateProblem) is not { } calendar) return CommonOptions.Usage(dateProblem!);
            var url = result.GetValue(baseUrl);
            if (url is not null && CommonOptions.BaseUrlProblem(url) is { } urlProblem) return CommonOptions.Usage(urlProblem);
            var options = new SiteOptions(IncludeDrafts: !result.GetValue(published), BaseUrl: url, Calendar: calendar) { Registry = registry };

            if (Side(result.GetValue(against)!, rootPath, options, out var problem) is not { } baseSide) return CommonOptions.Usage(problem!);
            (SiteSnapshot Snapshot, DiffBase Name)? headSide = result.GetValue(headArgument) is { } headName
                ? Side(headName, rootPath, options, out problem)
                : (SiteSnapshot.Render(rootPath, options), new DiffBase("the working tree", null));
            if (headSide is not { } head) return CommonOptions.Usage(problem!);
            var diff = SiteDiff.Compare(baseSide.Snapshot, head.Snapshot);
            var label = result.GetValue(headArgument) is null ? baseSide.Name : baseSide.Name with { Head = head.Name };
            Console.Out.Write(DiffFormatter.Format(diff, result.GetValue(format), label));
            if (result.GetValue(format) == DiffFormat.Json) Console.Out.WriteLine();
            return diff.HasErrors ? CommonOptions.ProblemsFound : CommonOptions.Success;
        });
        return command;
    }

    /// <summary>One side: a built site's folder (when the folder exists) or a git revision of the repository at <paramref name="root"/>.</summary>
    private static (SiteSnapshot Snapshot, DiffBase Name)? Side(string name, string root, SiteOptions options, out string? problem)
    {
        if (Directory.Exists(name))
        {
            try
            {
                return SiteSnapshot.ReadBuilt(name, out problem) is { } built ? (built, new DiffBase(name, null)) : null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A file of the folder that cannot be read: a link out of it, a named pipe, a refused permission.
                problem = $"{name} cannot be read as a built site: {ex.Message}";
                return null;
            }
        }
        using var revision = GitRevision.Read(root, name, out problem);
        if (revision is null) return null;
        return (SiteSnapshot.Render(revision.Root, options), new DiffBase(name, revision.Commit[..7]));
    }
}
