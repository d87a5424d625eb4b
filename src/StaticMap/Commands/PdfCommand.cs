using System.CommandLine;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using StaticMap.Cli.Output;
using StaticMap.Core;
using StaticMap.Core.Rendering;

namespace StaticMap.Cli.Commands;

/// <summary>
/// <c>staticmap pdf &lt;plan-id&gt; [--year YYYY] [--output file.pdf]</c>: a tagged PDF of the whole plan (its print view) or of
/// one progress report, printed by headless Chromium from the site built into a temporary folder and served on 127.0.0.1.
/// </summary>
public static class PdfCommand
{
    /// <summary>Where Chromium is looked for when STATICMAP_CHROMIUM is not set.</summary>
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    public static Command Create()
    {
        var plan = new Argument<string>("plan-id") { Description = "The plan's folder name under plans/, e.g. alameda-county" };
        var year = new Option<int?>("--year") { Description = "Print this year's progress report instead of the whole plan" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The PDF to write [default: <plan-id>.pdf or <plan-id>-progress-<year>.pdf]" };
        var root = CommonOptions.Root();
        var drafts = CommonOptions.Drafts();
        var command = new Command("pdf", "Print the whole plan, or one progress report, to a tagged PDF with headless Chromium")
        {
            plan, year, output, root, drafts,
        };
        command.SetAction(result =>
        {
            var rootPath = result.GetValue(root)!.FullName;
            if (!Directory.Exists(rootPath)) return CommonOptions.Usage($"--root {rootPath} does not exist");
            var id = result.GetValue(plan)!;
            if (id.Length == 0 || id.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
                return CommonOptions.Usage($"'{id}' is not a plan id: use the plan's folder name, e.g. alameda-county");
            if (!Directory.Exists(Path.Combine(rootPath, "plans", id)))
                return CommonOptions.Usage($"there is no plan '{id}' in {Path.Combine(rootPath, "plans")}");
            var reportYear = result.GetValue(year);
            var pdfPath = result.GetValue(output)?.FullName
                ?? Path.Combine(Environment.CurrentDirectory, reportYear is { } y ? $"{id}-progress-{y}.pdf" : $"{id}.pdf");

            var chromium = FindChromium(out var why);
            if (chromium is null)
            {
                Console.Error.WriteLine($"staticmap: cannot make a PDF: {why}");
                Console.Error.WriteLine("Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set STATICMAP_CHROMIUM to a Chromium or Chrome executable.");
                return CommonOptions.ProblemsFound;
            }

            var temp = Directory.CreateTempSubdirectory("staticmap-pdf-");
            try
            {
                var site = Path.Combine(temp.FullName, "site");
                var build = Progress.Run("Building the site", () => SiteBuilder.Build(
                    new BuildRequest(rootPath, site, new SiteOptions(result.GetValue(drafts), null, true), Search: false)));
                DiagnosticFormatter.Write(Console.Out, build, DiagnosticFormat.Text);
                if (!build.Succeeded)
                {
                    Console.Out.WriteLine("No PDF was made: fix the errors above and try again.");
                    return CommonOptions.ProblemsFound;
                }
                var pagePath = reportYear is { } ry ? $"/{id}/progress/{ry}/" : $"/{id}/print/";
                if (!File.Exists(Path.Combine(site, pagePath.Trim('/'), "index.html")))
                    return CommonOptions.Usage(reportYear is null
                        ? $"the plan '{id}' has no print view (is it a draft? add --drafts)"
                        : $"the plan '{id}' has no progress report for {reportYear} (or it is a draft: add --drafts)");
                return Print(chromium, site, pagePath, pdfPath, temp.FullName);
            }
            finally
            {
                try { temp.Delete(true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        });
        return command;
    }

    /// <summary>STATICMAP_CHROMIUM when set (and then only it), else the first of the usual places that exists.</summary>
    public static string? FindChromium(out string why)
    {
        var configured = Environment.GetEnvironmentVariable("STATICMAP_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            why = $"Chromium was not found at {configured} (STATICMAP_CHROMIUM)";
            return File.Exists(configured) ? configured : null;
        }
        why = $"Chromium was not found (looked at {string.Join(", ", Candidates)})";
        return Candidates.FirstOrDefault(File.Exists);
    }

    private static int Print(string chromium, string site, string pagePath, string pdfPath, string temp)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(site);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".pagefind"] = "application/octet-stream";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types, ServeUnknownFileTypes = true });
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            var address = app.Urls.First();
            Directory.CreateDirectory(Path.GetDirectoryName(pdfPath)!);
            if (File.Exists(pdfPath)) File.Delete(pdfPath);
            var start = new ProcessStartInfo(chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", $"--user-data-dir={Path.Combine(temp, "chromium")}",
                // Charts draw without animation there (prefers-reduced-motion) and get the time to do it.
                "--force-prefers-reduced-motion", "--virtual-time-budget=15000", "--run-all-compositor-stages-before-draw",
                "--no-pdf-header-footer", "--generate-pdf-document-outline", $"--print-to-pdf={pdfPath}",
                address.TrimEnd('/') + pagePath])
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(180_000))
            {
                process.Kill(true);
                Console.Error.WriteLine("staticmap: Chromium did not finish printing within 3 minutes.");
                return CommonOptions.ProblemsFound;
            }
            if (process.ExitCode != 0 || !File.Exists(pdfPath) || new FileInfo(pdfPath).Length == 0)
            {
                Console.Error.WriteLine($"staticmap: Chromium ({chromium}) exited with code {process.ExitCode} and wrote no PDF:");
                Console.Error.WriteLine(error.Result.Trim());
                return CommonOptions.ProblemsFound;
            }
            Console.Out.WriteLine($"PDF written to {Path.GetRelativePath(Environment.CurrentDirectory, pdfPath)} ({pagePath}, {new FileInfo(pdfPath).Length / 1024} KB)");
            return CommonOptions.Success;
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
            app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
