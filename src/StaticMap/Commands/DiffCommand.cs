using System.CommandLine;
using StaticMap.Cli.Output;
using StaticMap.Core.Pipeline;
using StaticMap.Core.Rendering;

namespace StaticMap.Cli.Commands;

/// <summary>
/// <c>staticmap diff &lt;base&gt;</c>: what the working tree does to the public site compared with a git revision or a built
/// site's folder. Both sides are rendered in memory (nothing is written); the comparison is Core's <see cref="SiteDiff"/>.
/// </summary>
public static class DiffCommand
{
    public static Command Create()
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
        var drafts = CommonOptions.Drafts();
        drafts.Description = "Also compare draft plans (by default only what the public site shows)";
        var baseUrl = CommonOptions.BaseUrl();
        baseUrl.Description = "The site's public address, as the base folder was built with, so pages compare alike";
        var command = new Command("diff",
            "List what a change does to the site: pages added, removed and changed, indicators whose status or value changed, new warnings")
        {
            against, root, format, drafts, baseUrl,
        };
        var reporting = new ReportingOptions();
        reporting.AddTo(command);
        command.SetAction(result =>
        {
            if (!CommonOptions.TryRoot(result, root, out var rootPath)) return CommonOptions.UsageError;
            if (reporting.Resolve(result, out var dateProblem) is not { } calendar) return CommonOptions.Usage(dateProblem!);
            var url = result.GetValue(baseUrl);
            if (url is not null && CommonOptions.BaseUrlProblem(url) is { } urlProblem) return CommonOptions.Usage(urlProblem);
            var options = new SiteOptions(IncludeDrafts: result.GetValue(drafts), BaseUrl: url, Calendar: calendar);
            var baseName = result.GetValue(against)!;

            SiteSnapshot baseSide;
            DiffBase label;
            if (Directory.Exists(baseName))
            {
                if (SiteSnapshot.ReadBuilt(baseName, out var problem) is not { } built) return CommonOptions.Usage(problem!);
                baseSide = built;
                label = new DiffBase(baseName, null);
            }
            else
            {
                using var revision = GitRevision.Extract(rootPath, baseName, out var problem);
                if (revision is null) return CommonOptions.Usage(problem!);
                baseSide = SiteSnapshot.Render(revision.Root, options);
                label = new DiffBase(baseName, revision.Commit[..7]);
            }
            var head = SiteSnapshot.Render(rootPath, options);
            var diff = SiteDiff.Compare(baseSide, head);
            Console.Out.Write(DiffFormatter.Format(diff, result.GetValue(format), label));
            if (result.GetValue(format) == DiffFormat.Json) Console.Out.WriteLine();
            return diff.HasErrors ? CommonOptions.ProblemsFound : CommonOptions.Success;
        });
        return command;
    }
}
