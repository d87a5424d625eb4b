using System.CommandLine;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;

namespace StaticMap.Cli.Commands;

public static class RulesCommand
{
    public static Command Create(StaticMapRegistry registry)
    {
        var command = new Command("rules", "Print the rule reference (every MAP code) as Markdown; docs/rules.md is this output");
        command.SetAction(_ =>
        {
            Console.Out.Write(RuleCatalog.ToMarkdown(registry.Rules.All));
            return CommonOptions.Success;
        });
        return command;
    }
}
