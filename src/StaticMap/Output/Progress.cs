using Spectre.Console;

namespace StaticMap.Cli.Output;

/// <summary>A spinner on interactive terminals while a long step runs; silent in CI logs and pipes.</summary>
public static class Progress
{
    public static T Run<T>(string label, Func<T> work)
    {
        if (Console.IsOutputRedirected || Console.IsErrorRedirected || Environment.GetEnvironmentVariable("CI") is not null)
            return work();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status().Spinner(Spinner.Known.Dots).Start(label + "…", _ => work());
    }
}
