using System.CommandLine;
using StaticMap.Core;
using StaticMap.Core.Scaffolding;
using StaticMap.Core.Validation.Rules;

namespace StaticMap.Cli.Commands;

public static class ProgressCommand
{
    public static Command Create()
    {
        var planId = new Argument<string>("plan-id") { Description = "The plan's folder under plans/, e.g. ramsey-county" };
        var year = new Argument<int>("year") { Description = "The year the report is for, e.g. 2026" };
        var root = CommonOptions.Root();
        var command = new Command("progress",
            "Write plans/<plan-id>/progress/<year>.md, the year's report to fill in (and its translations' drafts): every indicator, last year's values as comments, values from the data left to the build; never overwrites")
        {
            planId, year, root,
        };
        command.SetAction(result =>
        {
            var rootPath = result.GetValue(root)!.FullName;
            if (!Directory.Exists(rootPath)) return CommonOptions.Usage($"--root {rootPath} does not exist");
            var created = SiteBuilder.Progress(rootPath, result.GetValue(planId)!, result.GetValue(year));
            if (created.Outcome != ScaffoldOutcome.Created)
            {
                // A refusal is a diagnostic (MAP066 at the linked path), printed as check prints one.
                foreach (var problem in created.Problems)
                    Console.Error.WriteLine(created.Outcome == ScaffoldOutcome.Refused ? problem : $"staticmap: {problem}");
                return created.Outcome is ScaffoldOutcome.WriteFailed or ScaffoldOutcome.Refused ? CommonOptions.ProblemsFound : CommonOptions.UsageError;
            }
            foreach (var file in created.Files) Console.Out.WriteLine($"Created {file}");
            Console.Out.WriteLine($"Next: replace every '{PlaceholderText.Marker}' text, add this year's values and set the statuses you judge (those left out are computed from the numbers). 'staticmap check' lists the placeholders left (warning MAP090).");
            return CommonOptions.Success;
        });
        return command;
    }
}
