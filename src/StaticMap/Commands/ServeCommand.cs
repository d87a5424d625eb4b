using System.CommandLine;
using StaticMap.Cli.Output;
using StaticMap.Cli.Serving;
using StaticMap.Core.Preview;
using StaticMap.Core.Rendering;

namespace StaticMap.Cli.Commands;

public static class ServeCommand
{
    public static Command Create(StaticMapRegistry registry)
    {
        var root = CommonOptions.Root();
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        var theme = CommonOptions.Theme();
        var admin = new Option<bool>("--admin")
        {
            Description = "Also serve the browser editor at /admin/, saving to this working copy through decap-server (needs Node.js; docs/coalition-workflow.md)",
        };
        var command = new Command("serve",
            "Preview the site at http://127.0.0.1:<port>/ with drafts, rebuilding and reloading open pages when plans, input or theme change")
        {
            root, port, theme, admin,
        };
        var reporting = new ReportingOptions();
        reporting.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            if (!CommonOptions.TryRoot(result, root, out var rootPath)) return CommonOptions.UsageError;
            if (!CommonOptions.TryTheme(result, theme, out _)) return CommonOptions.UsageError;
            var portNumber = result.GetValue(port);
            if (portNumber is < 1 or > 65535) return CommonOptions.Usage($"--port {portNumber} is not a port number; use one from 1 to 65535, e.g. --port 5080");

            if (reporting.Resolve(result, out var dateProblem) is not { } calendar) return CommonOptions.Usage(dateProblem!);

            // The browser editor's local backend, stopped with its process tree when serve stops (or when serve's process is gone).
            string? adminProblem = null;
            // decap-server's pin is in the theme's admin/ folder: the --theme given, else the repository's, else StaticMap's own.
            var themeFolder = result.GetValue(theme)?.FullName
                ?? new[] { Path.Combine(rootPath, "theme"), StaticMap.Core.Rendering.Templates.Theme.DefaultFolder }
                    .First(f => File.Exists(Path.Combine(f, "admin", "package-lock.json")) || f == StaticMap.Core.Rendering.Templates.Theme.DefaultFolder);
            using var decap = result.GetValue(admin) ? DecapServer.Start(rootPath, themeFolder, portNumber, Console.Error, out adminProblem) : null;
            if (result.GetValue(admin) && decap is null) return CommonOptions.Usage(adminProblem!);
            using var stopDecap = decap is null ? null : new ProcessExitHook(decap.Dispose);

            // The preview's own address is its base URL, so it has what a build with --base-url has (sitemap.xml among them).
            var site = new PreviewSite(rootPath, result.GetValue(theme)?.FullName, baseUrl: $"http://127.0.0.1:{portNumber}/", calendar: calendar, registry: registry,
                adminBackend: decap?.ApiUrl);
            Report(site.Rebuild());
            var server = new PreviewServer(site, portNumber);
            using var rebuilds = new PreviewRebuilds(rootPath, site, PreviewRebuilds.QuietPeriod, server.Notify, Report,
                warning => Console.Error.WriteLine($"warning: {warning}"));
            Console.Out.WriteLine($"Previewing at {server.Address} (drafts included). Press Ctrl+C to stop.");
            if (decap is not null) Console.Out.WriteLine($"The editor is at {server.Address}admin/ and saves to this working copy.");
            try
            {
                await server.RunAsync(cancel);
            }
            catch (IOException ex)
            {
                return CommonOptions.Usage($"cannot listen on {server.Address}: {ex.Message}; choose another --port");
            }
            return CommonOptions.Success;
        });
        return command;
    }

    private static readonly RebuildReport Reports = new();

    private static void Report(PreviewUpdate update) => Console.Out.Write(Reports.Text(update));
}
