using System.CommandLine;
using StaticMap.Core.Scaffolding;
using StaticMap.Core.Validation.Rules;
using StaticMap.Core.Rendering;

namespace StaticMap.Cli.Commands;

public static class NewCommand
{
    public static Command Create(StaticMapRegistry registry)
    {
        var planId = new Argument<string>("plan-id")
        {
            Description = "The new plan's folder under plans/, lowercase kebab-case; it becomes the plan's web address, e.g. alameda-county",
        };
        var name = new Option<string>("--name") { Description = "The jurisdiction's name, e.g. \"Alameda County\"", Required = true };
        var state = new Option<string>("--state") { Description = "The two-letter USPS state code, e.g. CA", Required = true };
        var fips = new Option<string>("--fips")
        {
            Description = "The FIPS code: 5 digits for a county (06001), 7 for a city (0644000)",
            Required = true,
        };
        var type = new Option<string>("--type")
        {
            Description = "county or city",
            DefaultValueFactory = _ => "county",
        };
        var translations = new Option<string[]>("--translations")
        {
            Description = "Other languages to scaffold translation files for (plan.<lang>.yml, <component>.<lang>.md), e.g. es",
            AllowMultipleArgumentsPerToken = true,
        };
        var root = CommonOptions.Root();
        var command = new Command("new", "Create plans/<plan-id>/ with plan.yml and the five components, ready to fill in; never overwrites a plan")
        {
            planId, name, state, fips, type, translations, root,
        };
        command.SetAction(result =>
        {
            if (!CommonOptions.TryRoot(result, root, out var rootPath)) return CommonOptions.UsageError;
            var request = new ScaffoldRequest(result.GetValue(planId)!, result.GetValue(name)!, result.GetValue(state)!,
                result.GetValue(fips)!, result.GetValue(type)!) { Translations = result.GetValue(translations) ?? [] };
            var created = PlanScaffold.Create(rootPath, request, registry.Components);
            if (created.Outcome != ScaffoldOutcome.Created)
            {
                // A refusal is a diagnostic (MAP066 at the linked path), printed as check prints one.
                foreach (var problem in created.Problems)
                    Console.Error.WriteLine(created.Outcome == ScaffoldOutcome.Refused ? problem : $"staticmap: {problem}");
                return created.Outcome is ScaffoldOutcome.WriteFailed or ScaffoldOutcome.Refused ? CommonOptions.ProblemsFound : CommonOptions.UsageError;
            }
            Console.Out.WriteLine($"Created {created.Folder}/:");
            foreach (var file in created.Files) Console.Out.WriteLine($"  {file}");
            if (created.GitIgnore is { } ignore) Console.Out.WriteLine(ignore);
            Console.Out.WriteLine($"Next: replace every '{PlaceholderText.Marker}' text with your plan's own words. 'staticmap check' lists the ones left (warning MAP090).");
            return CommonOptions.Success;
        });
        return command;
    }
}
