using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using StaticMap.Cli.Commands;
using StaticMap.Tests.Support;
using static StaticMap.Tests.Support.StaticMapProcess;

namespace StaticMap.Tests.Cli;

/// <summary>
/// <c>staticmap pdf</c> with a real Chromium (/usr/bin/chromium or STATICMAP_CHROMIUM), read back with poppler's
/// pdfinfo and pdftotext. Without them the tests are skipped with what to install, and fail with CI=true.
/// </summary>
[Trait("Category", "Slow")]
public class PdfTests
{
    private const string Caption = "Employment rate, ages 25–54, Alameda County, California and peer counties, 2016 to 2021. Higher is better.";

    [SkippableFact]
    public void The_whole_plan_prints_with_its_charts_text_structure_and_outline()
    {
        RequireTools();
        using var site = TestSite.Valid();
        var output = Path.Combine(site.Root, "out", "plan.pdf");
        var (code, stdout, error) = Run(OwnTemp(site), "pdf", "test-county", "--root", site.Root, "--output", output);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{error}");
        Assert.Contains("PDF written to ", stdout);
        // As root (containers, CI runners) Chromium's sandbox cannot start: one line says it runs without, and why.
        Assert.Equal(!OperatingSystem.IsWindows() && System.Environment.IsPrivilegedProcess,
            stdout.Contains("Chromium runs without its sandbox: staticmap runs as root, and Chromium's sandbox cannot run as root.", StringComparison.Ordinal));
        var info = PdfInfo(output);
        Assert.True(int.Parse(info["Pages"]) > 1, $"the whole plan printed on {info["Pages"]} page(s)");
        Assert.Equal("yes", info["Tagged"]);
        Assert.Equal("612 x 792 pts (letter)", info["Page size"]);
        var text = Normalized(PdfText(output));
        Assert.Contains("Test County Mobility Action Plan", text);
        Assert.Contains(Caption, text);
        // The chart itself was drawn and printed: its picture is an image in the PDF, not only the table beside it.
        var raw = Encoding.Latin1.GetString(File.ReadAllBytes(output));
        Assert.Matches(@"/Subtype\s*/Image", raw);
        // The document outline (from the headings) and the structure tree of a tagged PDF.
        Assert.Matches(@"/Outlines\s+\d+\s+0\s+R", raw);
        Assert.Matches(@"/StructTreeRoot\s+\d+\s+0\s+R", raw);
        Assert.Equal([output], Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [SkippableFact]
    public void A_progress_report_prints_on_its_own()
    {
        RequireTools();
        using var site = TestSite.Valid();
        var output = Path.Combine(site.Root, "progress.pdf");
        var (code, stdout, error) = Run(OwnTemp(site), "pdf", "test-county", "--year", "2024", "--root", site.Root, "--output", output);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{error}");
        var info = PdfInfo(output);
        Assert.Equal("yes", info["Tagged"]);
        Assert.Equal("2024 progress report | Test County Mobility Action Plan | Test Mobility Action Plans", info["Title"]);
        // The plan's title first: on paper a report says whose it is (the site header is not printed).
        Assert.StartsWith("Test County Mobility Action Plan 2024 progress report", Normalized(PdfText(output)).Trim());
    }

    /// <summary>--language naming the plan's main language prints its main pages (review, 2026-12-07: `pdf --language en` of
    /// an English plan said it had no print view in 'en'), into the file no --language names: <c>&lt;plan&gt;-progress-&lt;year&gt;.pdf</c>,
    /// not <c>…-en.pdf</c> (reader3, 2026-12-07).</summary>
    [SkippableFact]
    public void The_main_language_given_as_language_prints_the_main_pages_under_the_main_name()
    {
        RequireTools();
        using var site = TestSite.Valid();
        var folder = site.FullPath("pdfs");
        Directory.CreateDirectory(folder);
        var start = StartInfo("pdf", "test-county", "--year", "2024", "--language", "en", "--root", site.Root);
        start.WorkingDirectory = folder;
        start.Environment["CI"] = "1";
        foreach (var (name, value) in OwnTemp(site)) start.Environment[name] = value;
        var (code, stdout, error) = ProcessRunner.Run(start, TimeSpan.FromMinutes(2), "pdf --language en");

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{error}");
        Assert.Contains("PDF written to test-county-progress-2024.pdf (/test-county/progress/2024/, ", stdout);
        Assert.Equal(["test-county-progress-2024.pdf"], Directory.GetFiles(folder).Select(Path.GetFileName));
        // The plan's title first: on paper a report says whose it is (the site header is not printed).
        Assert.StartsWith("Test County Mobility Action Plan 2024 progress report", Normalized(PdfText(Path.Combine(folder, "test-county-progress-2024.pdf"))).Trim());
    }

    /// <summary>The plan at a glance of the sample plans (the longest the repository has) prints on one sheet of US Letter, in
    /// English and in Spanish.</summary>
    [SkippableTheory]
    [InlineData("alameda-county", null, "Alameda County Mobility Action Plan (example)", "Headline figures")]
    [InlineData("alameda-county", "es", "Plan de Acción para la Movilidad del Condado de Alameda (ejemplo)", "Cifras principales")]
    [InlineData("ramsey-county", null, "Ramsey County Mobility Action Plan (example)", "Headline figures")]
    public void The_summary_prints_on_one_sheet_of_letter(string plan, string? language, string title, string heading)
    {
        RequireTools();
        using var site = TestSite.Empty();
        var output = Path.Combine(site.Root, "summary.pdf");
        string[] args = ["pdf", plan, "--summary", "--root", Repository.Root, "--output", output];
        if (language is not null) args = [.. args, "--language", language];
        var (code, stdout, error) = Run(OwnTemp(site), args);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{error}");
        var info = PdfInfo(output);
        Assert.Equal("1", info["Pages"]);
        Assert.Equal("612 x 792 pts (letter)", info["Page size"]);
        var text = Normalized(PdfText(output));
        Assert.StartsWith(title, text.Trim());
        Assert.Contains(heading, text);
    }

    [SkippableFact]
    public void An_image_on_another_host_is_not_fetched()
    {
        RequireTools();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var address = $"http://127.0.0.1:{port}/tracker.png";
        using var site = TestSite.Valid();
        File.AppendAllText(site.FullPath(TestSite.Plan + "/findings.md"), $"\n\n![The county map]({address})\n");
        var output = Path.Combine(site.Root, "plan.pdf");
        var (code, stdout, error) = Run(OwnTemp(site), "pdf", "test-county", "--root", site.Root, "--output", output);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{error}");
        Assert.False(listener.Pending(), $"Chromium connected to {address}, outside the site");
        Assert.Contains($"Left out of the PDF: 1 file from outside the site, not fetched: {address}", stdout);
        Assert.True(File.Exists(output));
    }

    [SkippableFact]
    public void The_deadline_kills_Chromium_says_what_it_was_doing_and_writes_nothing()
    {
        RequireTools();
        using var site = TestSite.Valid();
        // The repository's own theme, whose charts.js never says the charts are drawn: the page is never ready to print.
        CopyTheme(site.FullPath("theme"));
        File.WriteAllText(site.FullPath("theme/static/js/charts.js"), "/* never ready */\n");
        var output = Path.Combine(site.Root, "plan.pdf");
        File.WriteAllText(output, "the PDF from before");
        var (code, stdout, error) = Run(OwnTemp(site), "pdf", "test-county", "--root", site.Root, "--output", output, "--timeout", "30");

        Assert.True(code == 1, $"exit {code}\n{stdout}\n{error}");
        // On a busy machine the deadline may find the page still loading, so the hint that follows (the page never said
        // its charts were drawn) is not asserted.
        Assert.Contains("staticmap: Chromium did not finish printing /test-county/print/ within 30 s; nothing was written.", error);
        Assert.Equal("the PDF from before", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(site.Root));
        MissingTool.Require(OperatingSystem.IsLinux(), "The processes the command left behind are found in /proc, which only Linux has.");
        Assert.Empty(ProcessesUnder(Temp(site)));
    }

    [Fact]
    public void A_timeout_that_is_not_a_number_of_seconds_is_a_usage_error()
    {
        using var site = TestSite.Valid();
        var (code, _, error) = Run("pdf", "test-county", "--root", site.Root, "--timeout", "0");
        Assert.Equal(2, code);
        Assert.Contains("--timeout 0 is not a number of seconds from 1 to 3600 (default 120)", error);
    }

    private static void RequireTools()
    {
        var chromium = PdfCommand.FindChromium(out var why);
        MissingTool.Require(chromium is not null,
            $"{why}. Install it with 'sudo apt-get install chromium' (Debian/Ubuntu), or set STATICMAP_CHROMIUM to a Chromium or Chrome executable.");
        MissingTool.Require(MissingTool.OnPath("pdftotext") is not null && MissingTool.OnPath("pdfinfo") is not null,
            "pdftotext and pdfinfo were not found on PATH; the PDF tests read the PDF back with them. " +
            "Install them with 'sudo apt-get install poppler-utils' (Debian/Ubuntu).");
    }

    /// <summary>A temporary folder of the test's own, so the processes the command started can be found by it.</summary>
    private static Dictionary<string, string?> OwnTemp(TestSite site)
    {
        Directory.CreateDirectory(Temp(site));
        return new() { ["TMPDIR"] = Temp(site) };
    }

    private static string Temp(TestSite site) => site.FullPath(".tmp");

    private static Dictionary<string, string> PdfInfo(string pdf)
    {
        var (code, stdout, error) = Tool("pdfinfo", pdf);
        Assert.True(code == 0, $"pdfinfo {pdf}: {error}");
        return stdout.Split('\n').Where(l => l.Contains(':'))
            .ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].Trim());
    }

    private static string PdfText(string pdf)
    {
        var (code, stdout, error) = Tool("pdftotext", pdf, "-");
        Assert.True(code == 0, $"pdftotext {pdf}: {error}");
        return stdout;
    }

    private static (int, string, string) Tool(string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        return ProcessRunner.Run(start, TimeSpan.FromMinutes(1), program);
    }

    /// <summary>Lines joined: a caption breaks where the page ends its line.</summary>
    private static string Normalized(string text) => Regex.Replace(text, @"\s+", " ");

    private static void CopyTheme(string target)
    {
        var source = TestSite.ThemeFolder;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("node_modules", StringComparison.Ordinal) || relative.StartsWith(Path.Combine("static", "vendor"), StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }

    /// <summary>Running processes whose command line names <paramref name="folder"/> (Chromium's profile is in TMPDIR).</summary>
    private static List<string> ProcessesUnder(string folder)
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(folder, StringComparison.Ordinal)) found.Add($"{Path.GetFileName(dir)}: {commandLine}");
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }
}
