using System.CommandLine;
using StaticMap.Cli.Commands;
using StaticMap.Core.Pipeline;

namespace StaticMap.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        StartupTimings.Mark("main");
        var root = new RootCommand("StaticMap: builds an accessible public website from Mobility Action Plans.")
        {
            BuildCommand.Create(),
            CheckCommand.Create(),
            RulesCommand.Create(),
            NewCommand.Create(),
            ServeCommand.Create(),
            PdfCommand.Create(),
            ProgressCommand.Create(),
            DiffCommand.Create(),
        };
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
