using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using StaticMap.Cli.Output;
using StaticMap.Cli.Printing;
using StaticMap.Core;
using StaticMap.Core.Diagnostics;
using StaticMap.Core.Rendering;

namespace StaticMap.Cli.Commands;

/// <summary>
/// <c>staticmap pdf &lt;plan-id&gt; [--year YYYY | --summary] [--language es] [--output file.pdf] [--timeout SECONDS]</c>: a tagged PDF of the whole plan
/// (its print view) or of one progress report. The site is built into a temporary folder and served on 127.0.0.1; Chromium,
/// driven through its protocol (<see cref="ChromiumPrinter"/>), prints the page once its charts are drawn. One deadline
/// covers the whole command: when it passes, the browser's processes are killed and nothing is written.
/// </summary>
/// <remarks>This class names no Playwright type, so Microsoft.Playwright is loaded only when a PDF is printed.</remarks>
public static partial class PdfCommand
{
    /// <summary>Where Chromium is looked for when STATICMAP_CHROMIUM is not set.</summary>
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    public const int DefaultTimeoutSeconds = 120;

    public static Command Create(StaticMapRegistry registry)
    {
        var plan = new Argument<string>("plan-id") { Description = "The plan's folder name under plans/, e.g. alameda-county" };
        var year = new Option<int?>("--year") { Description = "Print this year's progress report instead of the whole plan" };
        var summary = new Option<bool>("--summary") { Description = "Print the plan at a glance, on one sheet of US Letter, instead of the whole plan" };
        var language = new Option<string?>("--language", "--lang") { Description = "Print the plan's translation in this language (e.g. es) instead of its main language" };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "The PDF to write [default: <plan-id>.pdf, <plan-id>-summary.pdf or <plan-id>-progress-<year>.pdf, with -<lang> for a translation, none for the main language]" };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Give up after this many seconds, building and printing together, and write nothing",
            DefaultValueFactory = _ => DefaultTimeoutSeconds,
        };
        var root = CommonOptions.Root();
        var drafts = CommonOptions.Drafts();
        var command = new Command("pdf", "Print the whole plan, or one progress report, to a tagged PDF with headless Chromium")
        {
            plan, year, summary, language, output, timeout, root, drafts,
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
            var seconds = result.GetValue(timeout);
            if (seconds is < 1 or > 3600)
                return CommonOptions.Usage($"--timeout {seconds} is not a number of seconds from 1 to 3600 (default {DefaultTimeoutSeconds})");
            var reportYear = result.GetValue(year);
            var isSummary = result.GetValue(summary);
            if (isSummary && reportYear is not null)
                return CommonOptions.Usage("--summary and --year print different pages: give one of them");
            var lang = result.GetValue(language);
            if (lang is not null && (lang.Length is < 2 or > 3 || !lang.All(char.IsAsciiLetterLower)))
                return CommonOptions.Usage($"--language '{lang}' is not a language code: give the code of one of the plan's translations, e.g. es");
            string DefaultPath(string? language)
            {
                var suffix = language is null ? "" : "-" + language;
                return Path.Combine(Environment.CurrentDirectory, reportYear is { } y ? $"{id}-progress-{y}{suffix}.pdf" : isSummary ? $"{id}-summary{suffix}.pdf" : $"{id}{suffix}.pdf");
            }
            var givenPath = result.GetValue(output)?.FullName;
            var pdfPath = givenPath ?? DefaultPath(lang);

            var chromium = FindChromium(out var why);
            if (chromium is null)
            {
                Console.Error.WriteLine($"staticmap: cannot make a PDF: {why}");
                Console.Error.WriteLine("Install Chromium (Debian/Ubuntu: sudo apt-get install chromium) or set STATICMAP_CHROMIUM to a Chromium or Chrome executable.");
                return CommonOptions.ProblemsFound;
            }
            var prefix = lang is null ? "" : "/" + lang;
            var pagePath = prefix + (reportYear is { } ry ? $"/{id}/progress/{ry}/" : isSummary ? $"/{id}/at-a-glance/" : $"/{id}/print/");
            var job = new PdfJob(registry, rootPath, result.GetValue(drafts), id, reportYear, pagePath, pdfPath, chromium) { Language = lang, Summary = isSummary, MainLanguagePath = givenPath is null && lang is not null ? DefaultPath(null) : null };
            return job.Run(TimeSpan.FromSeconds(seconds));
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

    /// <summary>
    /// One run of the command under one deadline: the build and the printing run on a worker; when the deadline passes
    /// first, the command kills every process it started (Chromium and Playwright's driver), says which step did not
    /// finish, and returns 1. The PDF is written to a temporary file beside the output and moved into place, under a lock
    /// the deadline also takes, so the output path holds either the whole PDF or what it held before.
    /// </summary>
    private sealed partial class PdfJob(StaticMapRegistry registry, string root, bool drafts, string id, int? reportYear, string pagePath, string pdfPath, string chromium)
    {
        private readonly Lock _gate = new();
        private volatile PrintStep _step = PrintStep.Building;
        private bool _gaveUp;
        private bool _written;
        private string? _temp;
        private volatile string? _partial;

        /// <summary>The translation printed (--language), or null for the plan's main language.</summary>
        public string? Language { get; init; }

        /// <summary>The default file name without the language's suffix (<c>&lt;plan&gt;.pdf</c>), written instead when --language
        /// names the plan's main language and no --output was given: the main language's PDF is named as without --language.</summary>
        public string? MainLanguagePath { get; init; }

        /// <summary>Whether the plan at a glance is printed (--summary).</summary>
        public bool Summary { get; init; }

        public int Run(TimeSpan limit)
        {
            var work = Task.Run(Work);
            if (work.Wait(limit)) return work.Result;
            lock (_gate)
            {
                if (!_written) _gaveUp = true;
            }
            if (!_gaveUp) return work.GetAwaiter().GetResult();
            ProcessTree.KillDescendants();
            var seconds = (int)limit.TotalSeconds;
            Console.Error.WriteLine("staticmap: " + _step switch
            {
                PrintStep.Building => $"the site was not built within {seconds} s; nothing was written.",
                PrintStep.Starting => $"Chromium did not start within {seconds} s; nothing was written.",
                PrintStep.WaitingForCharts => $"Chromium did not finish printing {pagePath} within {seconds} s; nothing was written. " +
                    "The page never said its charts were drawn (charts.js sets data-charts-ready on the page's html element: see docs/theme.md).",
                _ => $"Chromium did not finish printing {pagePath} within {seconds} s; nothing was written.",
            });
            TryDelete(_temp);
            if (_partial is { } partial) try { File.Delete(partial); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            return CommonOptions.ProblemsFound;
        }

        /// <summary>The <c>lang</c> of a built page's <c>html</c> element, or null when there is no such page.</summary>
        private static string? PageLanguage(string file)
        {
            if (!File.Exists(file)) return null;
            using var reader = new StreamReader(file);
            var buffer = new char[4096];
            var head = new string(buffer, 0, reader.ReadBlock(buffer, 0, buffer.Length));
            return HtmlLang().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
        }

        [GeneratedRegex("<html[^>]*\\slang=\"([^\"]+)\"")]
        private static partial Regex HtmlLang();

        private int Work()
        {
            DirectoryInfo temp;
            try
            {
                temp = Directory.CreateTempSubdirectory("staticmap-pdf-");
            }
            catch (Exception ex) when (SystemErrors.IsEnvironment(ex))
            {
                return Fail($"cannot make a PDF: no temporary folder could be made in {Path.GetTempPath()}: {SystemErrors.Reason(ex)}.");
            }
            _temp = temp.FullName;
            try
            {
                var site = Path.Combine(temp.FullName, "site");
                var build = Progress.Run("Building the site", () => SiteBuilder.Build(
                    new BuildRequest(root, site, new SiteOptions(drafts, null, true, ReportingOptions.FromEnvironment(TimeProvider.System)) { Registry = registry }, Search: false)));
                DiagnosticFormatter.Write(Console.Out, build, DiagnosticFormat.Text);
                if (!build.Succeeded)
                {
                    Console.Out.WriteLine("No PDF was made: fix the errors above and try again.");
                    return CommonOptions.ProblemsFound;
                }
                // --language naming the plan's main language (en for an English plan) prints its main pages, which are not
                // under /en/: the page there says it is in that language (<html lang>).
                if (Language is not null && !File.Exists(Path.Combine(site, pagePath.Trim('/'), "index.html"))
                    && pagePath[(Language.Length + 1)..] is var mainPath
                    && PageLanguage(Path.Combine(site, mainPath.Trim('/'), "index.html")) == Language)
                {
                    pagePath = mainPath;
                    if (MainLanguagePath is { } main) pdfPath = main;
                }
                if (!File.Exists(Path.Combine(site, pagePath.Trim('/'), "index.html")))
                    return CommonOptions.Usage(Language is not null
                        ? $"the plan '{id}' has no {(Summary ? "summary" : reportYear is null ? "print view" : $"progress report for {reportYear}")} in '{Language}' (is '{Language}' one of its translations? is it a draft? add --drafts)"
                        : reportYear is null
                        ? $"the plan '{id}' has no {(Summary ? "summary" : "print view")} (is it a draft? add --drafts)"
                        : $"the plan '{id}' has no progress report for {reportYear} (or it is a draft: add --drafts)");
                var printed = ChromiumPrinter.Print(chromium, site, pagePath, step => _step = step);
                if (printed.Problem is { } problem) return Fail(problem);
                _step = PrintStep.Writing;
                return Write(printed.Pdf!, printed.Blocked);
            }
            catch (FileNotFoundException ex) when (ex.FileName?.StartsWith("Microsoft.Playwright", StringComparison.Ordinal) == true)
            {
                return Fail($"cannot make a PDF: Microsoft.Playwright.dll is missing beside {typeof(PdfCommand).Assembly.Location}; install StaticMap again.");
            }
            catch (Exception ex) when (SystemErrors.IsEnvironment(ex) && _step == PrintStep.Writing)
            {
                return Fail($"cannot write {pdfPath}: {SystemErrors.Reason(ex)}; nothing was written.");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Chromium or its driver gone (crashed, or killed by the deadline), or any other surprise: a sentence, no trace.
                if (Environment.GetEnvironmentVariable("STATICMAP_DEBUG") == "1") Console.Error.WriteLine(ex);
                return Fail(_step == PrintStep.Building
                    ? $"the site could not be built: {FirstLine(ex.Message)}; nothing was written."
                    : $"Chromium stopped while printing {pagePath} ({FirstLine(ex.Message)}); nothing was written.");
            }
            finally
            {
                lock (_gate)
                {
                    if (!_gaveUp) TryDelete(temp.FullName);
                }
            }
        }

        /// <summary>Says what went wrong, unless the deadline has already said it.</summary>
        private int Fail(string problem)
        {
            lock (_gate)
            {
                if (!_gaveUp) Console.Error.WriteLine($"staticmap: {problem}");
            }
            return CommonOptions.ProblemsFound;
        }

        private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');

        /// <summary>The PDF into a temporary file in the output's folder, then moved over the output path.</summary>
        private int Write(byte[] pdf, IReadOnlyList<string> blocked)
        {
            var folder = Path.GetDirectoryName(pdfPath)!;
            Directory.CreateDirectory(folder);
            var partial = Path.Combine(folder, $".{Path.GetFileName(pdfPath)}.{Guid.NewGuid():N}.partial");
            _partial = partial;
            try
            {
                File.WriteAllBytes(partial, pdf);
                lock (_gate)
                {
                    if (_gaveUp) return CommonOptions.ProblemsFound;
                    File.Move(partial, pdfPath, overwrite: true);
                    _written = true;
                }
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
            if (blocked.Count > 0)
                Console.Out.WriteLine($"Left out of the PDF: {Count(blocked.Count, "file")} from outside the site, not fetched: {string.Join(", ", blocked.Take(3))}" +
                    (blocked.Count > 3 ? ", …" : ""));
            Console.Out.WriteLine($"PDF written to {Path.GetRelativePath(Environment.CurrentDirectory, pdfPath)} ({pagePath}, {(pdf.Length / 1024).ToString("N0", CultureInfo.InvariantCulture)} KB)");
            return CommonOptions.Success;
        }

        private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}s";

        private static void TryDelete(string? folder)
        {
            if (folder is null) return;
            try { Directory.Delete(folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
