using System.CommandLine;
using StaticMap.Cli.Commands;

namespace StaticMap.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
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
        return parsed.Invoke();
    }
}
