using System.Diagnostics;

namespace StaticMap.Tests.Support;

/// <summary>
/// Runs a program to its end and captures what it printed. One file for both test projects: tests/StaticMap.BrowserTests
/// compiles this file too (a link in its project file) for the Nu Html Checker.
/// </summary>
public static class ProcessRunner
{
    /// <summary>
    /// Starts <paramref name="start"/> with its output redirected, and returns its exit code, standard output and error.
    /// When it runs longer than <paramref name="limit"/> it is killed with its children and <paramref name="timeout"/> is thrown.
    /// </summary>
    public static (int ExitCode, string Out, string Error) Run(ProcessStartInfo start, TimeSpan limit, string timeout)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(timeout);
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
