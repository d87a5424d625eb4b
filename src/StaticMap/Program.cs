using System.CommandLine;
using StaticMap.Cli.Commands;
using StaticMap.Core.Pipeline;

namespace StaticMap.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        StartupTimings.Mark("main");
        StartupWarmUp.Start(args);
        // What a build is made of, registered once for every command (docs/architecture.md, Seams).
        var registry = StaticMapBuilder.Default().Build();
        StartupTimings.Mark("registry");
        var root = new RootCommand("StaticMap: builds an accessible public website from Mobility Action Plans.")
        {
            BuildCommand.Create(registry),
            CheckCommand.Create(registry),
            RulesCommand.Create(registry),
            NewCommand.Create(registry),
            ServeCommand.Create(registry),
            PdfCommand.Create(registry),
            ProgressCommand.Create(),
            DiffCommand.Create(registry),
        };
        StartupTimings.Mark("commands");
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"staticmap: {CommonOptions.Friendly(error.Message)}");
            Console.Error.WriteLine("Run 'staticmap --help' for usage.");
            return CommonOptions.UsageError;
        }
        StartupTimings.Mark("command line parsed");
        var code = parsed.Invoke();
        StartupTimings.Mark("exit");
        return code;
    }
}
