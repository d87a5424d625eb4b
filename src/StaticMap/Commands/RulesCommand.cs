using System.CommandLine;
using StaticMap.Core.Diagnostics;

namespace StaticMap.Cli.Commands;

public static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules", "Print the rule reference (every MAP code) as Markdown; docs/rules.md is this output");
        command.SetAction(_ =>
        {
            Console.Out.Write(RuleCatalog.ToMarkdown());
            return CommonOptions.Success;
        });
        return command;
    }
}
